// "a 28-point plan that would require it to give up territory", "a framework which would require Ukraine to cap its
// army", "a draft, which would require Kyiv to withdraw": a relative clause on a document that says what the document
// would require describes the document, as the reporter reads it; no party near it takes that stance. The nearest
// subject before it is mostly the party pressed to accept the document or a critic of it ("Kyiv and its allies
// objected to a plan that would require Ukraine to give up land"), so the demand would go to the wrong party, or to
// the party asked. What the plan provides for is its authors' proposal where the text says so (candidate/plan-relative,
// candidate/document-provision); a party's own requirement stays ("Russia would require that Ukraine ban …", "lasting
// peace required Ukraine's neutrality, Grushko said": no document heads the clause). Words: rules.json
// trigger/document-requirement.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const documentRequirement: MatchRule = defineRule({
  id: 'trigger/document-requirement', stage: 'trigger',
  reason: '"a 28-point plan that would require it to give up territory", "a framework which would require Ukraine to cap its army": the requirement cue (cues.json require) opening a relative clause (\'relatives\': that, which; past \'modals\' and \'adverbs\') right after a document noun (\'nouns\', past a comma) or a participle phrase on one (\'participles\', within \'reach\' words: "a plan drawn up by Washington and Moscow that would require"), or an "it" subject after one of \'subordinators\' with a document noun before it in the sentence and no party between ("the proposal was not made in good faith because it would require"), describes what the document would require: no party\'s demand. Not when a party heads the clause ("Russia would require that …") nor when no document precedes the relative ("a truce that would require …").',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'require' || t.type !== 'DEMAND') return;
    const w = (list: string) => doc.index.words(this.id, list);
    const lower = (i: number) => doc.tokens[i]?.lower ?? '';
    let k = t.start - 1;
    while (k >= s.tStart && (w('modals').has(lower(k)) || w('adverbs').has(lower(k)))) k--;
    if (k < s.tStart) return;
    // ("the proposal was not made in good faith because it would require Ukraine to give up more land": "it" after a
    // subordinator ('subordinators') with a document noun before it in the sentence and no party between.)
    if (lower(k) === 'it' && w('subordinators').has(lower(k - 1))) {
      const ms = doc.actorsBySentence.get(s.index) ?? [];
      for (let q = k - 2; q >= s.tStart; q--) {
        if (w('nouns').has(lower(q))) return { drop: `what “${doc.tokens[q].text}” would require (“it”): the document described, no party's demand` };
        if (ms.some((m) => m.codes.length > 0 && m.start <= q && q < m.end)) return;
      }
      return;
    }
    if (!w('relatives').has(lower(k))) return;
    let e = k;
    if (doc.tokens[e - 1]?.text === ',') e--;
    // The document noun right before the relative ("a plan that"), or before a participle phrase on it ("a plan drawn
    // up by Washington and Moscow that", "the draft presented to Kyiv last week, which").
    const nouns = w('nouns');
    let noun = nouns.has(lower(e - 1)) ? e - 1 : -1;
    if (noun < 0) {
      for (let q = e - 2; q >= Math.max(s.tStart, e - 1 - Number(doc.index.vocab.rules[this.id].reach)); q--) {
        const x = doc.tokens[q];
        if (!x.word || w('relatives').has(x.lower)) break;
        if (nouns.has(x.lower) && w('participles').has(lower(q + 1))) { noun = q; break; }
      }
    }
    if (noun < 0) return;
    return { drop: `what “${doc.tokens[noun].text}” would require: the document described, no party's demand` };
  },
});
