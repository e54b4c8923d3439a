// A proposal to agree: "the United States' proposal to agree to a 30-day ceasefire", "Washington proposed to agree on
// a truce", "Ankara's suggestion to accept international monitors". Chained cues are one stance (trigger/chain), and an
// acceptance after another cue usually gives the chain its type ("ready to accept" accepts); after a proposal it is
// what both sides are asked to agree on: the chain proposes it, it accepts nothing.
import type { Doc } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const proposedAcceptance = defineRule({
  id: 'trigger/proposed-acceptance', stage: 'trigger',
  reason: 'A proposal chained with an acceptance right after it ("the United States\' proposal to agree to a 30-day ceasefire", "proposed to agree on a prisoner swap", "Ankara\'s suggestion to accept international monitors") proposes what is to be agreed: the chain stays a proposal (PROPOSE), where an acceptance after an offer or a readiness ("ready to accept") accepts. The proposer has agreed to nothing.',
});

/**
 * The chain of `last` (a proposal) and `t` (an acceptance right after "to") keeps the proposal's type. Not a passive
 * after the noun ("the proposal was welcomed by Israel": another party's answer, not what is to be agreed).
 */
export function proposalToAgree(doc: Doc, last: Trigger, t: Trigger): boolean {
  if (last.type !== 'PROPOSE' || t.type !== 'ACCEPT' || t.negated || last.negated) return false;
  const to = t.start === last.end ? last.end - 1 : last.end;
  return doc.tokens[to]?.lower === 'to' && t.start - to <= 1;
}
