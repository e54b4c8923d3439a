// A party's commitment to or readiness for something is its offer (issue 7, "commitments"): "Beijing has
// emphasized its commitment to negotiations", "Seoul stressed its readiness for talks". Someone else's
// commitment to people is no stance. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('commitment and readiness nouns offer', [
  { body: 'Beijing has repeatedly emphasized its commitment to negotiations.', want: ['CHN OFFER talks []'] },
  { body: 'Ankara reaffirmed its commitment to a ceasefire in Karabakh.', want: ['TUR OFFER ceasefire []'] },
  { body: 'Seoul stressed its readiness for talks with Pyongyang.', want: ['KOR OFFER talks []'] },
]);

claimCases('a commitment that is no party\'s stance', [
  { body: 'The minister praised the volunteers\' commitment to the wounded.', want: [] },
]);
