// "there should be no limits on Ukraine's armed forces", "there must be no foreign troops in the corridor": a deontic
// that says there be none of a thing refuses that thing (spec §2 REJECT: "rules out, opposes"), on the speaker's word
// as an existential's is (holder/existential-speaker). The negation stands after the modal's "be", out of reach of the negation
// before a cue (trigger/negation), so the deontic read as a demand for what follows ("should be no ceasefire" is no
// call for a ceasefire). Only the existential "there" before the modal: "the army should be no smaller than …" compares.
// Word lists: lexicon/data/rules.json under the rule's id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const existentialNone: MatchRule = defineRule({
  id: 'trigger/existential-none', stage: 'trigger',
  reason: 'A deontic modal cue (\'cues\': "should be", "must be") after an existential "there" and before "no" (a scare quote between, \'quotes\'), "there should be no limits on its armed forces", "there must be no foreign troops in the Lachin corridor", "there should be "no limitations" on its army", refuses what follows "no": REJECT, held by the sentence\'s speaker as any existential stance is (the candidate starts at "there": holder/existential-speaker), not a demand (nor, for a mediator, a proposal) of it. Not without "there" ("the army should be no smaller than …", a comparison), nor "no" followed by one of \'notObjects\' ("there should be no doubt that …": a judgement), nor by a harm (\'harmNouns\': "there should be no attack on the plant" wants a ceasefire).',
  apply(t, { doc, s }) {
    if (t.type !== 'DEMAND' || !t.modal || !t.cue) return;
    const w = (k: string) => doc.index.words(this.id, k);
    if (!w('cues').has(t.cue.id)) return;
    const { tokens } = doc;
    // The existential subject right before the modal.
    if (t.start <= s.tStart || tokens[t.start - 1].lower !== 'there') return;
    // "be" ends the cue ("should be") or follows it ("should" + "be").
    let k = t.end;
    if (tokens[k - 1]?.lower !== 'be') { if (tokens[k]?.lower !== 'be') return; k++; }
    while (k < s.tEnd && w('quotes').has(tokens[k].text)) k++;
    if (k >= s.tEnd || tokens[k].lower !== 'no') return;
    if (w('notObjects').has(tokens[k + 1]?.lower ?? '')) return;
    // ("there should be no attack of any kind on the plant": no harm wanted is a ceasefire wanted, the deontic's own reading.)
    const harms = w('harmNouns');
    for (let j = k + 1; j <= k + 3 && j < s.tEnd; j++) if (harms.has(tokens[j].lower)) return;
    const modal = tokens[t.start].lower;
    // (The candidate starts at "there" and is no modal: its holder is the existential's speaker, holder/existential-speaker, not a
    // party the deontic's speaker rule would carry, and the quote is the whole clause.)
    t.start--; t.modal = false;
    t.type = 'REJECT'; t.negated = true; t.negatedAt = k; t.rule += ':existential-none';
    return { change: `there ${modal} be no …: DEMAND → REJECT of what follows "no"` };
  },
});
