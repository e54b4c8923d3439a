// A settlement refused for being made without a party: "Kyiv would not recognise any agreement about Ukraine reached
// without its participation", "Baku will not accept any deal on Karabakh negotiated without it". The negation that
// makes the "without" a requirement (candidate/not-without) is the refusal's own: the speaker refuses a deal over
// its head, a refusal on the talks (gold of own AA, AB, AJ, AK, B, F, K, V, Z: UKR REJECT talks), not a second
// stance demanding its seat. "There can be no deal without Ukraine" (no negated verb of refusal) stays a demand, and so does a
// lack that names a thing, not a party ("would not sign any treaty without a full ceasefire" demands the ceasefire,
// content/lacking-document).
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const refusedWithout = defineRule({
  id: 'claim/refused-without', stage: 'claim',
  reason: 'A "without" demand (candidate/not-without) whose negation belongs to a refusal of the same holder before it in its clause ("would not recognise/accept any agreement … reached without its participation"), and whose lack is a party (a party\'s participation or the party required as such: discourse/party-participation, discourse/party-required), is the refusal\'s condition: the holder refuses a settlement made over its head, REJECT talks, not a demand of its own.',
});

/** Whether the not-without trigger `t` is the lack of the refusal `r` before it in sentence `s` (claim/refused-without). */
export function refusedWithoutParty(doc: Doc, s: Sentence, r: Trigger, t: Trigger): boolean {
  if (t.rule !== 'not-without' || r.type !== 'REJECT' || !r.negated || r.nominal || r.exchange || r.end > t.start || t.start - r.end > 10) return false;
  // (In one clause: no clause break between the refusal and the "without".)
  for (let k = r.end; k < t.start; k++) {
    const w = doc.tokens[k].lower;
    if (w === ',' || w === ';' || w === ':' || w === 'but' || w === 'and' || w === 'while') return false;
  }
  // (The lack is a party: a party's participation or the party required, right after "without".)
  for (let k = t.start; k < Math.min(s.tEnd, t.end + 3); k++) {
    const term = doc.issueAt.get(k);
    if (term && term.values.some((v) => v.issue === 'talks' && v.party)) return true;
  }
  // ("without it", "without us": a pronoun standing for the holder, which no party mention covers.)
  const after = doc.tokens[t.end]?.lower ?? '';
  return (after === 'it' || after === 'us' || after === 'them' || after === 'me') && !(doc.tokens[t.end + 1]?.word ?? false);
}
