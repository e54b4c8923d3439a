// A party that will keep up its own diplomacy offers the talks (issue 7, stance constructions: commitments):
// "Israel will continue trying to mediate between Russia and Ukraine" is an OFFER on the talks; asking a party to
// serve as an intermediary is a demand on the talks. Only the talks: continuing to strike or to support offers
// nothing. Sentences written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a modal + continue/keep/pursue + the talks is an offer of the talks', [
  { body: 'Turkey will continue to mediate between Armenia and Azerbaijan.', want: ['TUR OFFER talks []'] },
  { body: 'Qatar will keep trying to mediate between Israel and Hamas, the emir said.', want: ['QAT OFFER talks []'] },
  { body: 'Egypt said it would continue its mediation efforts between the Sudanese army and the RSF.', want: ['EGY OFFER talks []'] },
  { body: 'Norway will pursue talks with both sides, its foreign minister said.', want: ['NOR OFFER talks []'] },
]);

claimCases('continuing anything else offers nothing', [
  { body: 'Britain will continue supporting Kyiv.', want: [] },
  { body: 'Turkey would keep an eye on the meeting in Geneva.', want: [] },
]);

claimCases('asking a party to serve as an intermediary is a demand on the talks', [
  { body: 'Armenia has requested that France serve as intermediary.', want: ['ARM DEMAND talks []'] },
  { body: 'Kyiv asked Ankara to act as a go-between with Moscow.', want: ['UKR DEMAND talks []'] },
]);
