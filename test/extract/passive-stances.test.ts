// A passive stance verb with its agent after it takes its subject as its object, whatever the stance (issue 7,
// stance constructions): "the ban on Russian oil imports was initially proposed by the European Commission" is the
// Commission's proposal on sanctions. Adverbs in -ly may stand between the auxiliary and the verb. Sentences
// written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a passive proposal, demand or offer is about its subject', [
  { body: 'The ban on Russian oil imports was initially proposed by the European Commission.', want: ['EU PROPOSE sanctions []'] },
  { body: 'Talks on the status of Nagorno-Karabakh were formally proposed by Yerevan.', want: ['ARM PROPOSE talks []'] },
  { body: 'A prisoner swap was offered by Moscow on Monday.', want: ['RUS OFFER humanitarian []'] },
  { body: 'An embargo on Belarusian potash had been repeatedly demanded by Kyiv.', want: ['UKR DEMAND sanctions []'] },
]);

claimCases('an adverb in -ly between the auxiliary and a passive refusal', [
  { body: 'Any cap on the size of the Ukrainian army was categorically rejected by Kyiv.', want: ['UKR REJECT military_limits []'] },
]);

claimCases('no agent, or a threat: no such reading', [
  { body: 'The ban on Russian oil imports was initially proposed last month.', want: [] },
  { body: 'The grain corridor was threatened by renewed shelling.', want: [] },
]);

// (Not passives, but the same commit's cue and issue words.)
claimCases('arguing for something proposes it', [
  { body: 'Baku has argued for a permanent halt to the fighting.', want: ['AZE PROPOSE ceasefire []'] },
  { body: 'Kyiv argued for a 30-day suspension of hostilities, the statement said.', want: ['UKR PROPOSE ceasefire []'] },
]);

claimCases('strikes deep into a country are about the weapons that make them, not a truce', [
  { body: 'Putin also warned that Moscow\'s response to strikes deep into Russia would be overwhelming.', want: ['RUS THREATEN military_limits []'] },
  { body: 'Kyiv demanded permission for long-range strikes on Russian airfields.', want: ['UKR DEMAND military_limits []'] },
]);
