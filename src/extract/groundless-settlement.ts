// Seeing no basis, grounds or point for a settlement refuses the settlement as a whole, the talks (spec rule 9):
// "Peskov said Russia saw no basis for a settlement at present" = RUS REJECT talks, "Baku sees no grounds for a peace
// deal with Yerevan" = AZE REJECT talks. The cue is the no-ground refusal of cues.json ("no basis for", "no point in");
// what follows it must name an issue (the issue gate), and a settlement, a deal or an agreement named without its
// content names none, so the refusal was dropped. Here a settlement noun (rules.json 'nouns') right after the cue, past
// a determiner and modifiers of a settlement ('determiners', 'modifiers': "a lasting peace agreement", "any negotiated
// settlement"), gives the talks as the default issue: an issue named after it still wins ("no basis for a deal on the
// sanctions" is about the sanctions).
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const groundlessSettlement = defineRule({
  id: 'candidate/groundless-settlement', stage: 'candidate',
  reason: 'Seeing no basis, grounds or point for a settlement refuses the settlement as a whole, a stance on the talks (spec rule 9): "Russia saw no basis for a settlement at present" (gold of own AE, AK: RUS REJECT talks), "Baku sees no grounds for a peace deal with Yerevan". A settlement noun (\'nouns\') right after the no-ground cue, past a determiner and modifiers (\'determiners\', \'modifiers\'), names no issue of the issue gate, so the refusal was dropped; it gives the talks as the default issue, and an issue named after it still wins.',
});

export interface GroundlessSettlementHit { trigger: Trigger; detail: string }

export function groundlessSettlements(doc: Doc, s: Sentence, raw: readonly Trigger[]): GroundlessSettlementHit[] {
  const out: GroundlessSettlementHit[] = [];
  const { tokens } = doc;
  for (const t of raw) {
    if (t.cue?.id !== 'no-ground' || t.type !== 'REJECT' || t.defaultIssue) continue;
    const w = (list: string) => doc.index.words(groundlessSettlement.id, list);
    const determiners = w('determiners'), modifiers = w('modifiers'), nouns = w('nouns');
    let j = t.end;
    if (j < s.tEnd && determiners.has(tokens[j].lower)) j++;
    while (j < s.tEnd && modifiers.has(tokens[j].lower) && !(nouns.has(tokens[j].lower) && !modifiers.has(tokens[j + 1]?.lower ?? '') && !nouns.has(tokens[j + 1]?.lower ?? ''))) j++;
    if (j >= s.tEnd || !nouns.has(tokens[j].lower)) continue;
    t.defaultIssue = 'talks';
    out.push({ trigger: t, detail: `“${tokens[j].text}”: a settlement refused as a whole, talks` });
  }
  return out;
}
