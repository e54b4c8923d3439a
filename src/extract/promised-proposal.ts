// A promise, readiness or willingness to put something forward: "Zelensky promised to propose alternatives rather than
// say no outright", "he promised to offer alternatives rather than reject the plan", "Baku is ready to present a new
// draft". What the holder undertakes is to make a proposal, so the stance is that proposal (PROPOSE), not an offer of
// its own concession: trigger/chain had made OFFER + PROPOSE an offer. Read: the offer cue ends in "to" right before
// the second cue, a verb of proposing in the base form ('proposeVerbs', cue propose), or "offer"/"offers" ('offerVerbs')
// with a noun of a plan or alternatives (content/plan-is-talks) within 'maxWords' words and no service of the offerer
// ('services' of claim/offered-plan: "ready to offer its mediation" stays an offer). Not a noun of proposing ("ready
// for a proposal", "open to proposals": the chain keeps its offer). Words: rules.json trigger/promised-proposal.
import type { Doc } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const promisedProposal = defineRule({
  id: 'trigger/promised-proposal', stage: 'trigger',
  reason: 'A promise or readiness "to propose" or "to offer" a plan or alternatives ("promised to propose alternatives rather than say no outright", "promised to offer alternatives rather than reject the plan", "ready to put forward a new draft") undertakes a proposal: the chained stance is PROPOSE, not the offer trigger/chain makes of OFFER + PROPOSE. The first cue ends in "to"; the second is a base-form verb of proposing (\'proposeVerbs\'), or one of \'offerVerbs\' with a plan noun (content/plan-is-talks) within \'maxWords\' words and no service (claim/offered-plan \'services\').',
});

/** Whether the offer `last` ("promised to") and the cue `t` right after it ("propose", "offer alternatives") undertake a proposal. */
export function promisedProposalAt(doc: Doc, last: Trigger, t: Trigger, sentenceEnd: number): boolean {
  const tok = doc.tokens;
  if (last.type !== 'OFFER' || !t.cue || last.negated || t.negated) return false;
  if (tok[t.start - 1]?.lower !== 'to') return false;
  // (Not a proposal whose words name an issue other than talks: "prepared to put forward a proposal on sanctions
  // relief", "ready to put sanctions relief on the table" offer the holder's own concession, as the chain reads it.)
  for (let j = t.start; j < Math.min(sentenceEnd, t.end + 8); j++) for (const v of doc.issueAt.get(j)?.values ?? []) if (v.issue !== 'talks' && v.issue !== '_noise' && !v.weak) return false;
  const w = (list: string) => doc.index.words(promisedProposal.id, list);
  const head = tok[t.start].lower;
  if (t.cue.id === 'propose') return w('proposeVerbs').has(head);
  if (t.cue.id !== 'offer' || !w('offerVerbs').has(head) || tok[t.end]?.lower === 'to') return false;
  const plans = doc.index.words('content/plan-is-talks'), services = doc.index.words('claim/offered-plan', 'services');
  const max = Number(doc.index.vocab.rules[promisedProposal.id]?.maxWords ?? 4);
  for (let j = t.end; j < Math.min(sentenceEnd, t.end + max); j++) {
    if (!tok[j].word && tok[j].text !== '-') return false;
    if (services.has(tok[j].lower)) return false;
    if (plans.has(tok[j].lower)) return true;
  }
  return false;
}
