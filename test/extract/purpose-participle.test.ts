// A participle of intending right after a noun states what a thing is for, not a party's commitment
// (trigger/purpose-participle); after its subject it stays the party's intention. Sentences written for this test,
// on other disputes.
import { claimCases } from './helpers.js';

claimCases('what a thing is for is no party\'s commitment', [
  { body: 'Armenian officials said the Azerbaijani report of a drone attack was a fabrication intended to justify new strikes and derail the talks.', want: [] },
  { body: 'Pashinyan called the claim "a typical lie" intended to justify new strikes.', want: [] },
]);

claimCases('a party\'s intention stays an offer', [
  { body: 'Serbia intended to hold talks with Kosovo in May, Vucic said.', want: ['SRB OFFER talks []'] },
  { body: 'Baku had intended to sign the peace treaty in March.', want: ['AZE OFFER talks []'] },
]);
