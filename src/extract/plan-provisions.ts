// A whole plan taken, signed or put forward is a stance on the talks (spec rule 9) only when nothing says what it holds.
// "Russia signed a memorandum with the UN under which the world body will work to ease obstacles to its grain exports",
// "proposes to return to the principles agreed in 2022, under which Ukraine's security would be guaranteed by the
// permanent members", "put forward a framework in Istanbul, under which Kyiv would accept a neutral status": the
// relative clause after the plan noun ("under which", "whereby", "in which", "by which") states the plan's provisions,
// and the stance is on what they are about (the tuning gold files these under sanctions, security_guarantees, alliance:
// own AV, BD, AQ, C, I). When the clause names no issue, or its own stance ended the signing's scope
// (content/next-stance-ends-scope) and content/plan-is-talks would file it under the talks, the plan stays the talks;
// so does a plan whose clause names two issues or more, a package (spec rule 9: its contents are claims of their own).
// Words: rules.json content/plan-provisions.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { itemsOf, type IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const planProvisions = defineRule({
  id: 'content/plan-provisions', stage: 'content',
  reason: 'A stance whose object is a plan noun (content/plan-is-talks \'words\') within three tokens after it, followed within \'window\' tokens (no stop, semicolon, colon or "but"; a comma only right before the link) by one of \'links\' ("under which", "whereby", "in which", "by which"), is on the one issue that relative clause names, up to the sentence\'s end or a semicolon: "Russia signed a memorandum with the UN under which the world body will work to ease obstacles to its grain exports" (sanctions), "put forward a framework in Istanbul, under which Kyiv would accept a neutral status" (alliance). With no issue named there, or two or more (a package), the plan stays the talks (spec rule 9).',
});

/** The issues the relative clause after the plan noun of `t`'s object names ("signed a memorandum under which …"), else []. */
export function planProvisionItems(doc: Doc, s: Sentence, t: Trigger, plans: Set<string>): IssueItem[] {
  if (t.object === 'before') return [];
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(planProvisions.id, list);
  let noun = -1;
  for (let k = t.end; k < Math.min(t.end + 3, s.tEnd); k++) {
    if (plans.has(tokens[k].lower)) { noun = k; break; }
    if (!tokens[k].word && tokens[k].text !== '-' && tokens[k].text !== '"') return [];
  }
  if (noun < 0) return [];
  const links = w('links'), stops = w('stops');
  const window = Number([...w('window')][0] ?? 16);
  for (let j = noun + 1; j < Math.min(noun + 1 + window, s.tEnd - 1); j++) {
    const x = tokens[j].lower;
    const two = `${x} ${tokens[j + 1]?.lower ?? ''}`;
    const link = links.has(two) ? 2 : links.has(x) ? 1 : 0;
    if (link) {
      let end = j + link;
      while (end < s.tEnd && tokens[end].text !== ';') end++;
      // (One item per issue, its places merged: the clause names what the one plan holds.)
      const out: IssueItem[] = [];
      for (const it of itemsOf(doc, j + link, end, t)) {
        if (it.issue === 'other' || it.issue === 'talks') continue;
        const same = out.find((o) => o.issue === it.issue);
        if (!same) out.push({ ...it, regions: [...it.regions] });
        else { for (const r of it.regions) if (!same.regions.includes(r)) same.regions.push(r); same.end = Math.max(same.end, it.end); }
      }
      // (Provisions on two issues or more are a package, the whole plan: the talks, its contents claims of their own
      // (spec rule 9), as content/terms-answer reads an answer to terms on several issues. "put forward a written
      // proposal under which Ukraine would be neutral, host no bases, in exchange for guarantees" stays PROPOSE talks.)
      return out.length === 1 ? out : [];
    }
    if (stops.has(x)) return [];
    // (A comma only right before the link: "the principles agreed in 2022, under which …".)
    if (x === ',') { const n = tokens[j + 1]?.lower ?? ''; if (!links.has(`${n} ${tokens[j + 2]?.lower ?? ''}`) && !links.has(n)) return []; }
  }
  return [];
}
