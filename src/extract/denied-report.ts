// Stances a party is reported to deny (precision): "The Kremlin denied reports that Moscow had offered to return parts
// of Kharkiv", "Baku dismissed claims that it had agreed to withdraw", "Hamas denied that it had accepted the plan",
// "denied having offered a swap". The stance in the denied clause is the report the party says is false: no claim of
// its (spec §1: the absence of a stance is no claim), nor a refusal of the step, which the party may still hold.
// Word lists: lexicon/data/rules.json 'trigger/denied-report'.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const deniedReport: MatchRule = defineRule({
  id: 'trigger/denied-report', stage: 'trigger',
  reason: 'A stance inside the clause a verb of denial completes ("denied that Kyiv had agreed …", "denied having offered …") or inside the "that" clause of a report noun that a verb of denial or dismissal takes ("denied reports in European media that Moscow had offered …", "dismissed claims that Belgrade had demanded …", "rejected suggestions that …") is a report the party calls false, not its stance (spec §1: the absence of a stance is no claim). It covers its own clause only: "Moscow denied the reports, but said it had offered talks" keeps the offer.',
  apply(t, { doc, s }) {
    const { tokens } = doc;
    const w = (list: string) => doc.index.words(this.id, list);
    const deny = w('denyVerbs'), dismiss = w('dismissVerbs'), reports = w('reportNouns');
    for (let j = t.start - 1; j >= s.tStart && t.start - j < 25; j--) {
      const x = tokens[j].lower;
      if (x === ';' || x === ':' || x === '—' || x === 'but' || x === '.') return;
      // "denied having offered", "denies offering": the stance verb itself is the denied gerund.
      if (j === t.start - 1 && deny.has(x) && /ing$/.test(tokens[t.start].lower)) return { drop: `"${x} ${tokens[t.start].lower}": a stance denied` };
      if (j === t.start - 2 && deny.has(tokens[j].lower) && tokens[j + 1].lower === 'having') return { drop: `"${x} having …": a stance denied` };
      if (x !== 'that') continue;
      const v = tokens[j - 1]?.lower ?? '';
      // "denied that …", "denies that …".
      if (deny.has(v)) return { drop: `inside "${v} that": a stance denied` };
      // "denied reports (in European media) that …", "dismissed claims that …": a report noun, a short phrase
      // after it, and a verb of denial or dismissal before it (a determiner or adjective between).
      for (let n = j - 1; n >= s.tStart && j - n <= 6; n--) {
        if (!reports.has(tokens[n].lower)) continue;
        for (let d = n - 1; d >= s.tStart && n - d <= 3; d--) {
          const y = tokens[d].lower;
          if (deny.has(y) || dismiss.has(y)) return { drop: `inside "${y} … ${tokens[n].lower} … that": a report denied` };
          if (!tokens[d].word) break;
        }
        break;
      }
      return;
    }
  },
});

export const withdrawnStance: MatchRule = defineRule({
  id: 'trigger/withdrawn-stance', stage: 'trigger',
  reason: 'A stance noun whose predicate says it no longer stands ("Russia\'s offer is no longer on the table", "the proposal has been withdrawn", "Belgrade\'s offer has expired", "the Hamas proposal is off the table") reports a stance ended, not one held (spec §1: the absence of a stance is no claim). The words of ending are data (\'predicates\', after a form of "be" or "have been"; \'noLonger\' after "no longer").',
  apply(t, { doc, s }) {
    const { tokens } = doc;
    const w = (list: string) => doc.index.words(this.id, list);
    let k = t.end;
    const be = w('be');
    // ("Seoul's offer of talks was off the table": a short "of" phrase after the noun.)
    if (tokens[k]?.lower === 'of' || tokens[k - 1]?.lower === 'of') for (let e = k + 1; e < Math.min(k + 6, s.tEnd); e++) if (be.has(tokens[e].lower)) { k = e; break; }
    if (!be.has(tokens[k]?.lower ?? '')) return;
    k++;
    if (tokens[k]?.lower === 'been') k++;
    while (k < s.tEnd && /ly$/.test(tokens[k].lower) && k - t.end < 4) k++;
    const x = tokens[k]?.lower ?? '';
    if (k >= s.tEnd) return;
    if (x === 'no' && tokens[k + 1]?.lower === 'longer' && w('noLonger').has(tokens[k + 2]?.lower ?? '')) return { drop: `"${tokens[t.end].lower} no longer ${tokens[k + 2].lower}": a stance ended` };
    if (w('predicates').has(x) || (x === 'off' && tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.lower === 'table')) return { drop: `"${tokens[t.end].lower} … ${x}": a stance ended` };
  },
});
