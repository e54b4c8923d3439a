// A quoted stance ends with its quote; recognising an agreement is about the talks, recognising results
// of a vote stays recognition; a party's role noun names a speaker ("Brazil's envoy, …, said"). Sentences
// written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

const CASES: Array<{ body: string; want: string[] }> = [
  // the narration after the closing quote mark is not the speaker's words
  { body: 'Zelensky spoke after the talks. "Our prisoners must be brought home," he said, following a briefing from the delegation.', want: ['UKR DEMAND humanitarian []'] },
  // recognising an agreement is a stance on the talks
  { body: 'Kyiv said it would not recognise any agreement reached in Riyadh.', want: ['UKR REJECT talks []'] },
  { body: 'The United States said it would never recognise the results of the referendums in the Kherson region.', want: ['USA REJECT recognition [UA-65]'] },
  // a possessed role noun before an appositive name
  { body: "Turkey's envoy, Mehmet Ozturk, said any real negotiation would have to include Belarus.", want: ['TUR DEMAND talks []'] },
];

claimCases('quote scope and speakers', CASES);
