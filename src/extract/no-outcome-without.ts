// "there could be no lasting settlement unless the territorial issue is resolved", "there will be no peace process
// without Russia", "there can be no lasting peace in Europe while the peninsula remains occupied": a flat "there can
// be no" whose object is the outcome of the whole process (a settlement, peace, a peace deal), followed by a condition
// or by nothing more, does not refuse the settlement: it says what the settlement needs (the condition, read by
// candidate/not-without, claim/if-condition, claim/durative-refusal as the speaker's demand) or predicts. The refusal
// of a step stays: "there could be no talks as long as Kyiv refuses", "there will be no Minsk-3", "there can be no
// peace talks while …", "there can be no peace agreement that cedes Crimea" (a relative after the noun says what kind
// of settlement is refused). Words: rules.json trigger/no-outcome-without.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const noOutcomeWithout = defineRule({
  id: 'claim/no-outcome-without', stage: 'claim',
  reason: '"there could be no lasting settlement unless the territorial issue was resolved", "there will be no peace process without Russia", "there can be no lasting peace in Europe while Crimea remains occupied": the refusal cue no-more ending in "no" (\'cueEnds\'), past \'skips\' ("hope of a", "talk of a") and \'adjectives\' ("lasting", "long-term"), before an outcome noun (\'outcomes\': settlement, peace, solution; with "peace" a following \'compounds\' noun: "peace process", "peace deal") that is followed, within \'reach\' words and no relative pronoun or verb, by a condition word (\'conditions\': without, unless, while, until, as long as) or the end of the clause, says what the settlement needs or predicts it: no refusal. The refusal\'s claims go after its condition has been read, so the condition stays the speaker\'s demand. Not a step: "there could be no talks as long as …", "there will be no Minsk-3", "no peace talks while …" refuse; nor an outcome with a relative clause after it ("no peace deal that cedes Crimea").',
});

/** Why a "there can be no" refusal is about the outcome of the whole process and refuses nothing, else null (claim/no-outcome-without). */
export function noOutcomeRefusal(doc: Doc, s: Sentence, t: Trigger): string | null {
    if (t.cue?.id !== 'no-more' || t.type !== 'REJECT') return null;
    const id = noOutcomeWithout.id;
    const w = (list: string) => doc.index.words(id, list);
    const lower = (i: number) => doc.tokens[i]?.lower ?? '';
    if (!w('cueEnds').has(lower(t.end - 1))) return null;
    let k = t.end;
    while (k < s.tEnd && (w('skips').has(lower(k)) || w('adjectives').has(lower(k)) || /^["“”'‘’-]$/.test(doc.tokens[k].text))) k++;
    if (k >= s.tEnd || !w('outcomes').has(lower(k))) return null;
    const head = k;
    if (lower(k) === 'peace' && w('compounds').has(lower(k + 1))) k++;
    else if (lower(k) === 'peace' && /^[a-z]/.test(doc.tokens[k + 1]?.text ?? '') && !w('conditions').has(lower(k + 1)) && !w('prepositions').has(lower(k + 1))) return null;
    // What follows the outcome: the end of the clause, or a condition, past a short prepositional phrase ("in Europe").
    const reach = Number(doc.index.vocab.rules[id].reach);
    for (let q = k + 1; q <= Math.min(s.tEnd, k + 1 + reach); q++) {
      const x = doc.tokens[q];
      if (q >= s.tEnd || !x || /^[.;:!?,)]$/.test(x.text)) return `no “${doc.tokens[head].text}” at all: a prediction of the outcome, no refusal`;
      if (w('conditions').has(x.lower)) return `no “${doc.tokens[head].text}” ${x.lower} …: what the outcome needs (the condition is the demand), no refusal`;
      if (q === k + 1 ? !w('prepositions').has(x.lower) : !(w('prepositions').has(x.lower) || /^[A-Z]/.test(x.text) || w('phraseWords').has(x.lower))) return null;
    }
    return null;
}
