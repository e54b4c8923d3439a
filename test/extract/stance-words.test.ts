// Stance words and issue words added as families, each with paraphrases written for this test (parties
// and places other than the corpus's): ending the war as a stance's own object is a ceasefire, as a
// purpose it is not; a third party's call for a ceasefire "between A and B" proposes it; openness to
// talks offers them; speaking out in favour of talks calls for them; walking away from them threatens them.
import { claimCases } from './helpers.js';

const CASES: Array<{ body: string; want: string[] }> = [
  { body: 'Lukashenko has said he is ready to end the war.', want: ['BLR OFFER ceasefire []'] },
  { body: 'Tokayev declared his readiness to end this war.', want: ['KAZ OFFER ceasefire []'] },
  { body: '"We will not agree to end the war while the junta remains in power," a Russian official told reporters.', want: ['RUS REJECT ceasefire []'] },
  // a purpose is no content: the plan is on talks, the demand on the land
  { body: 'Qatar presented a plan to end the war within a year.', want: ['QAT PROPOSE talks []'] },
  { body: 'Moscow demanded that Kyiv pull out of the Kherson region to end the war.', want: ['RUS DEMAND territory [UA-65]'] },
  // a mediator's call between the two sides
  { body: 'India on Friday called for a ceasefire between Russia and Ukraine.', want: ['IND PROPOSE ceasefire []'] },
  { body: 'Erdogan voiced an openness to talks.', want: ['TUR OFFER talks []'] },
  // walking away from the talks threatens them
  { body: '"You are either going to make a deal or we are out," Vance told the Moldovan president.', want: ['USA THREATEN talks []'] },
  { body: 'Rubio said the United States could move on from the peace talks within days.', want: ['USA THREATEN talks []'] },
  { body: 'The envoys moved on to the exchange of prisoners after lunch.', want: [] },
  { body: 'Lukashenko said that Kyiv had walked away from a draft agreement initialled in Minsk.', want: [] },
  { body: 'Brazil and the Vatican have also spoken out in favour of peace talks.', want: ['BRA PROPOSE talks []', 'VAT PROPOSE talks []'] },
];

claimCases('stance words', CASES);
