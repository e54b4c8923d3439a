// "insisted that" can assert a fact as well as demand an act (issue 7, precision): "Putin insisted the children had
// been moved out of the combat zone", "Kyiv insisted that the incursion is not an attempt to seize land" defend or
// deny a reading of what happened; only a clause with a mandative verb ("insisted that Yerevan withdraw", "insisted
// that any truce must come first") or "insist on" states what the party wants, and so does the aim a party says it came for ("insisted it had come for a truce"). Word lists: lexicon/data/rules.json.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const insistedFact: MatchRule = defineRule({
  id: 'trigger/insisted-fact', stage: 'trigger',
  reason: '"Baku insisted the shelled villages had been evacuated", "Pristina insists that the raid was not aimed at Serbs", "Tel Aviv insisted that the operation is not an attempt to annex the strip": a verb of insisting whose clause is a finite statement of fact (a past or perfect verb, or a denied description, "is not an attempt") asserts what happened, not what the party wants (spec §1: facts about the war are no claims). A clause with a modal or "to" ("insisted that Armenia must withdraw", "had to mean …") or a mandative bare verb ("insisted that Kyiv withdraw") and "insist on" stay demands.',
  apply(t, { doc, s }) {
    if (t.type !== 'DEMAND' || t.cue?.id !== 'insist') return;
    const { tokens } = doc;
    const w = (list: string) => doc.index.words(this.id, list);
    const keep = w('keep'), past = w('past'), perfect = w('perfect'), copulas = w('copulas'), described = w('described'), aims = w('aims'), stances = w('stances');
    // ("insisted on …", "insistent on …": a nominal object, what the party wants.)
    const last = tokens[t.end - 1]?.lower ?? '';
    if (last === 'on' || last === 'upon' || tokens[t.end]?.lower === 'on' || tokens[t.end]?.lower === 'upon') return;
    // The clause's subject, from after the verb (and "that") to the copula at `k`, is the insisting party itself: a
    // pronoun for it, or a mention of the same party as the one right before the verb.
    const actors = doc.actorsBySentence.get(s.index) ?? [];
    const selfSubject = (k: number): boolean => {
      const from = tokens[t.end]?.lower === 'that' ? t.end + 1 : t.end;
      if (k - from === 1 && w('selfPronouns').has(tokens[from].lower)) return true;
      const inner = actors.find((a) => a.start === from && a.end === k && !a.possessive);
      const outer = [...actors].reverse().find((a) => a.end <= t.start && a.end >= t.start - 3 && !a.possessive);
      return !!inner && !!outer && inner.codes.length > 0 && inner.codes.every((c) => outer.codes.includes(c));
    };
    // The clause after the verb up to its first break: the first finite verb decides.
    for (let k = t.end; k < Math.min(s.tEnd, t.end + 16); k++) {
      const x = tokens[k].lower, next = tokens[k + 1]?.lower ?? '';
      if (x === ',' || x === ';' || x === ':' || x === '—' || x === '(') return;
      if (keep.has(x)) return;
      // ("had to", "was to", "were to" oblige: a demand.)
      if (next === 'to') continue;
      // ("insisting that it had come for a ceasefire and nothing else": the aim it came for, a demand.)
      if ((past.has(x) || perfect.has(x)) && aims.has(next) && tokens[k + 2]?.lower === 'for') return;
      // ("insisted Belgrade was sincere about the talks", "was ready to sign": a stance of its own, read by its cue.)
      if (copulas.has(x) && (stances.has(next) || (next === 'not' && stances.has(tokens[k + 2]?.lower ?? '')))) return;
      if (past.has(x)) return { drop: `"${x}": a statement of what happened, not a demand` };
      if (perfect.has(x) && (next === 'been' || /[a-z]ed$/.test(next))) return { drop: `"${x} ${next}": a statement of what happened, not a demand` };
      if (copulas.has(x) && next === 'not' && described.has(tokens[k + 2]?.lower ?? '')) return { drop: `"${x} not ${tokens[k + 2].lower}": a reading denied, not a demand` };
      // ("Pretoria has insisted that South Africa is non-aligned in the conflict", "Budapest insists it is not a party
      // to the war": the party describing itself in the present, 'selfCopulas' after its own name or a pronoun for it.)
      if (w('selfCopulas').has(x) && selfSubject(k)) return { drop: `"${x}" after the party's own name: a description of itself, not a demand` };
    }
  },
});
