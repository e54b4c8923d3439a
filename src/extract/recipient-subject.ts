// The subject of a verb of receiving takes no stance of its own (issue 7, precision): "Armenia was offered a seat at
// the talks", "Serbia has been promised guarantees" name who would receive an offer, not who makes it; "Kosovo would
// receive more aid only if it agreed to talks" states the giver's terms, not a demand of the receiver on itself.
// Word lists: lexicon/data/rules.json under each rule id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const passiveOffer: MatchRule = defineRule({
  id: 'trigger/passive-offer', stage: 'trigger',
  reason: '"Armenia was offered a seat at the talks", "Serbia has been promised security guarantees", "Moldova would be offered relief from the tariffs": an offer verb in the passive has the one who receives the offer as its subject; with no "by" agent right after it (holder/passive-agent-first), no holder is named.',
  apply(t, { doc, s }) {
    if (t.type !== 'OFFER' || !t.cue || doc.tokens[t.end]?.lower === 'by') return;
    const w = (list: string) => doc.index.words(this.id, list);
    if (!w('participles').has(doc.tokens[t.start].lower)) return;
    let j = t.start - 1;
    // ("was also offered", "has since been promised".)
    while (j > s.tStart && t.start - j <= 2 && (w('adverbs').has(doc.tokens[j].lower) || /^[a-z]{4,}ly$/.test(doc.tokens[j].lower))) j--;
    if (j >= s.tStart && w('auxiliaries').has(doc.tokens[j].lower)) return { drop: `passive "${doc.tokens[j].text} ${doc.tokens[t.start].text}": the subject receives the offer` };
  },
});

export const mandatedCommitment: MatchRule = defineRule({
  id: 'trigger/mandated-commitment', stage: 'trigger',
  reason: '"Qatar proposed that the safety of shipping be guaranteed by both sides", "Baku demanded that the corridor be guaranteed by Moscow": a commitment verb in the passive after a bare "be" (a mandative subjunctive, no modal or "to" before it) is the content of the proposal or demand that governs it; the party after "by" is named for the role, it promises nothing. "The corridor would be guaranteed by Russia, Putin said" (a modal: the agent\'s own commitment, reported) stays.',
  apply(t, { doc, s }) {
    if (t.type !== 'OFFER' || !t.cue || doc.tokens[t.end]?.lower !== 'by') return;
    const w = (list: string) => doc.index.words(this.id, list);
    if (!w('participles').has(doc.tokens[t.start].lower)) return;
    const be = t.start - 1;
    if (be <= s.tStart || doc.tokens[be].lower !== 'be') return;
    const before = doc.tokens[be - 1];
    if (!before.word || w('notSubjunctive').has(before.lower)) return;
    return { drop: `"${before.text} be ${doc.tokens[t.start].text} by": the content of a proposal or demand, no promise of the agent` };
  },
});

export const recipientTerms: MatchRule = defineRule({
  id: 'trigger/recipient-terms', stage: 'trigger',
  reason: '"Kosovo would receive more aid only if it agreed to join talks with Belgrade", "Moldova would be offered relief, but only if it signed the accord": a condition set on the subject of a verb of receiving, acting itself ("it", "they"), is the giver\'s term, not the receiver\'s demand on itself; the receiver holds no claim. "Baku would halt strikes only if it received guarantees" (the holder receives in the condition) stays its demand.',
  apply(t, { doc, s }) {
    if (t.type !== 'DEMAND' || t.exchange) return;
    const { tokens } = doc;
    const w = (list: string) => doc.index.words(this.id, list);
    // "only if"/"only once"/"only when" …, then a pronoun that acts in the condition.
    let k = t.start;
    while (k < t.end && tokens[k].lower !== 'if' && tokens[k].lower !== 'once' && tokens[k].lower !== 'when' && tokens[k].lower !== 'after') k++;
    if (k >= t.end || tokens[k - 1]?.lower !== 'only' || !w('pronouns').has(tokens[k + 1]?.lower ?? '')) return;
    // A verb of receiving before the condition, in its clause ("would receive …", "would be offered …, but").
    for (let j = k - 2; j >= Math.max(s.tStart, k - 16); j--) {
      const x = tokens[j].lower;
      if (x === ';' || x === ':' || x === '"' || x === 'if' || x === 'unless') return;
      if (w('receive').has(x)) return { drop: `the terms set on a receiver ("${tokens[j].text}"), not its own demand` };
      if (w('given').has(x) && w('auxiliaries').has(tokens[j - 1]?.lower ?? '')) return { drop: `the terms set on a receiver ("${tokens[j - 1].text} ${tokens[j].text}"), not its own demand` };
    }
  },
});
