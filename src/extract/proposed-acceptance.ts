// A proposal to agree: "the United States' proposal to agree to a 30-day ceasefire", "Washington proposed to agree on
// a truce", "Ankara's suggestion to accept international monitors". Chained cues are one stance (trigger/chain), and an
// acceptance after another cue usually gives the chain its type ("ready to accept" accepts); after a proposal it is
// what both sides are asked to agree on: the chain proposes it, it accepts nothing.
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const proposedAcceptance = defineRule({
  id: 'trigger/proposed-acceptance', stage: 'trigger',
  reason: 'A proposal chained with an acceptance right after it ("the United States\' proposal to agree to a 30-day ceasefire", "proposed to agree on a prisoner swap", "Ankara\'s suggestion to accept international monitors") proposes what is to be agreed: the chain stays a proposal (PROPOSE), where an acceptance after an offer or a readiness ("ready to accept") accepts. The proposer has agreed to nothing.',
});

/** The chain of `last` (a proposal) and `t` (an acceptance right after it) keeps the proposal's type. */
export function proposalToAgree(last: Trigger, t: Trigger): boolean {
  return last.type === 'PROPOSE' && t.type === 'ACCEPT' && !t.negated && !last.negated;
}
