// The present line named as where the talks on land begin, "- the current line of contact as the starting point for
// talks on territory", "- No recognition of the occupied land; talks on territory to start from the current line",
// "… and proposed that the current line of contact be the starting point for talks on territory", is an arrangement of
// the talks put forward (spec §2 PROPOSE: not chiefly another party's act), not a demand, though the list or the
// sentence it stands in is read as one: every such item of the tuning gold is PROPOSE (or OFFER), own AT, AU, AW, BF.
// content/line-starting-point reads the deontic shape ("the current line should be the starting point"); this reads
// an item on territory that a list's bullet or a verb of proposing inside the item puts forward, with no modal.
// Not an item under a verb of demanding with no proposal in it ("Seoul insisted that the current line must be the
// starting point" stays a demand, as content/line-starting-point keeps it). Words: rules.json content/line-start-item.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const lineStartItem = defineRule({
  id: 'content/line-start-item', stage: 'content',
  reason: 'A demanded item on territory that names a line between the sides (\'lines\') as where the talks begin (\'starts\': "starting point", "start from", "negotiate from") puts that arrangement forward, PROPOSE, when it is a list\'s bullet or a verb of proposing (\'proposing\') stands in the item ("- the current line of contact as the starting point for talks on territory", "proposed that the current line be the starting point for talks on territory"; own AT, AU, AW, BF gold PROPOSE|OFFER). Not under a verb of demanding alone ("insisted that the current line must be the starting point").',
});

/** True when the demanded `item` of `t` puts the present line forward as where the talks on land start. */
export function lineStartItemAt(doc: Doc, s: Sentence, t: Trigger, item: IssueItem): boolean {
  if (item.issue !== 'territory') return false;
  const w = (list: string) => doc.index.words(lineStartItem.id, list);
  const { tokens } = doc;
  const from = Math.max(item.start, s.tStart), to = Math.min(item.end, s.tEnd);
  let line = false, start = false, proposing = false;
  const starts = w('starts');
  for (let k = from; k < to; k++) {
    const x = tokens[k].lower;
    if (w('lines').has(x)) line = true;
    if (starts.has(`${x} ${tokens[k + 1]?.lower ?? ''}`)) start = true;
    if (w('proposing').has(x)) proposing = true;
  }
  return line && start && (!!t.listed || proposing);
}
