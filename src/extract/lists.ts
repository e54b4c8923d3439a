// Lists and several parties (issue 7): a list introducer spreads its holder, type and date over its items
// (bullets, following lines, comma items), one claim per item with its own issue; several parties in one
// statement are one claim per party (spec §3 rule 8). The rules here are small and named; their word lists
// are in lexicon/data/rules.json under each rule's id.
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const typedNounWins = defineRule({
  id: 'sentence/typed-list-noun', stage: 'sentence',
  reason: 'A list whose own noun types it ("The paper sets out these conditions: …", "the draft lists Moscow\'s demands: …") keeps that type: the items are the authors\' demands or offers, not the proposal a plan\'s content otherwise is (sentence/plan-proposes), nor a mediator\'s proposal (claim/mediator-proposes): a condition is demanded whoever sets it.',
});

/** The stance's type comes from a typed list noun ("set out these conditions", "Ukraine's demands are …"). */
export function typedList(t: Trigger): boolean {
  return t.typedAt !== undefined || (t.rule === 'list-noun' && t.type !== 'PROPOSE');
}
