// "Russia would not discuss Crimea with anyone", "We proposed to discuss Crimea and Sevastopol separately", "Baku is
// ready to negotiate over Nagorno-Karabakh": a region named as what a verb of talking opening the item is about is the
// land talked about (territory, spec §2), as "room for negotiation over the division of the four regions" already was
// when no verb of talking opened the item (issue 7, "talks on X are about X"). Word lists: lexicon/data/rules.json
// under the rule's id.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const discussedRegion = defineRule({
  id: 'content/discussed-region', stage: 'content',
  reason: '"We proposed to discuss Crimea and Sevastopol separately", "would not negotiate over Nagorno-Karabakh", "ready to talk about Kosovo\'s future": in an item opened by a verb of talking (the talk word that makes "talk with Putin" a stance on talks), a region (no town) that the talk is about names the land, so the item is on territory rather than the talks. Not a region of venue or company, after one of \'venuePrepositions\' within the three words before it ("ready to discuss the ceasefire in Crimea", "talks with Donetsk separatists" keep their reading), nor a region after an issue term of the item (its own term wins as before).',
});

/** Whether the region at token i, in an item whose talk verb is before it, is what the talk is about (content/discussed-region). */
export function discussedRegionAt(doc: Doc, itemStart: number, i: number): boolean {
  const { tokens } = doc;
  const venue = doc.index.words(discussedRegion.id, 'venuePrepositions');
  // (Only the words between the talk verb and the region: the "to" of "to discuss" is no venue.)
  for (let k = i - 1; k >= Math.max(itemStart, i - 3); k--) {
    if (doc.index.set.talkVerbs.has(tokens[k].lower)) return true;
    if (venue.has(tokens[k].lower)) return false;
  }
  return true;
}
