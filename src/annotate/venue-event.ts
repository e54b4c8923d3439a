// "Going into the first Abu Dhabi round last month, the Kremlin restated that …", "Ahead of a fresh Nairobi meeting,
// Asmara said …": a capital named right before a noun of a meeting or a round of talks names where it is held, not a
// party. Issue 7, holders: with an ordinal or an adjective between the determiner and the capital the name was not read
// as an object, and a deontic's speaker became the venue's state instead of the party that spoke.
// Word lists: lexicon/data/rules.json under the rule's id; they join the talks and documents that already blocked a
// capital in src/annotate/mentions.ts ('summit', 'talks', 'format', 'process', …).
import { defineRule } from '../extract/rules/registry.js';

export const venueEvent = defineRule({
  id: 'discourse/venue-event', stage: 'discourse',
  reason: '"Going into the first Abu Dhabi round, the Kremlin restated that Ukrainian forces must leave …", "Heading into a fresh Nairobi meeting, Asmara said …", "the Geneva negotiations": a capital (a metonym for its state) right before a noun of \'nouns\' (a round, meeting, session or conference of talks) names the venue, so it is no mention of a party: neither a speaker nor a subject nor what a later "it" refers to. Not a country ("the US proposal", "a Russian meeting" are held by that party) and not a capital before a verb ("Baku met the envoy").',
});
