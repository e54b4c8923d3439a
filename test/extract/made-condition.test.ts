// A term made a condition by a verb of setting (candidate/made-condition): "Russia has made the withdrawal of
// Ukrainian troops from Donbas a condition for any ceasefire" demands the withdrawal, not the ceasefire. Sentences
// written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the object a verb of setting makes a condition is demanded by its subject', [
  { body: 'Moscow has set the recognition of Crimea as a precondition for talks.', want: ['RUS DEMAND recognition [UA-43]'] },
  { body: 'Sudan\'s army set the withdrawal of RSF fighters from civilian homes as a condition for any truce, the foreign ministry in Port Sudan said.', want: ['SDN DEMAND territory []'] },
  { body: 'Azerbaijan has made the removal of the Karabakh claim from Armenia\'s constitution a precondition for signing the treaty.', want: ['AZE DEMAND governance []'] },
  { body: 'Israel made the release of all the hostages its main condition for a ceasefire in Gaza.', want: ['ISR DEMAND humanitarian []'] },
  { body: 'Beijing has named the cancellation of US arms sales to Taiwan as a prerequisite for military talks.', want: ['CHN DEMAND military_limits []'] },
], (c) => c.type === 'DEMAND');

claimCases('no condition set: a phrasal verb, or a stance in between', [
  // "set out" presents the list: read by the presenting verb, not as a term made a condition
  { body: 'Kosovo set out its conditions for the talks on Monday.', want: ['XKX DEMAND talks []'] },
  // "made clear": no object made a condition by the verb
  { body: 'Pashinyan made it clear on Monday that a treaty was his main goal.', want: [] },
], (c) => c.type === 'DEMAND');

// A demonstrative object stands for what the sentence before, in its paragraph, described: its highest-ranked issue.
claimCases('"made this a condition": the thing just described is demanded', [
  { body: 'Under the accord, the UN will work to ease the obstacles to Eritrean coffee exports and lift sanctions on Eritrean banks. Asmara had made this a condition, citing the sanctions.', want: ['ERI DEMAND sanctions []'] },
  { body: 'Armenian and Azerbaijani negotiators met in Geneva. The draft provides for the return of all detained soldiers. Baku had made that a precondition for any deal on the border.', want: ['AZE DEMAND humanitarian []'] },
  // With nothing named before it in its paragraph, no stance.
  { body: 'Asmara had made this a condition.', want: [] },
], (c) => c.type === 'DEMAND');
