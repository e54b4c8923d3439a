// The parties named after "including" behind a plural noun of parties that heads its sentence are its subject
// (discourse/including-subjects), also with no comma before "including", and after a collective noun and "of"
// ("A group of African nations including South Africa and Egypt proposed …": the "of" names the members, it governs
// no object). Not a noun behind a preposition ("Talks with several states including Qatar …"). Sentences written for
// these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertNone, claimCases } from './helpers.js';

claimCases('the members named after "including" hold the stance', [
  { body: 'A group of African nations including Kenya and Egypt proposed a ceasefire in Sudan.', want: ['EGY PROPOSE ceasefire []', 'KEN PROPOSE ceasefire []'] },
  { body: 'Several EU members including Hungary and Slovakia opposed the new sanctions package.', want: ['HUN REJECT sanctions []', 'SVK REJECT sanctions []'] },
  { body: 'A coalition of Gulf states including Qatar and Oman offered to host talks between Armenia and Azerbaijan.', want: ['OMN OFFER talks []', 'QAT OFFER talks []'] },
]);

test('members behind a preposition hold nothing', () => {
  assertNone(['Talks with several states including Qatar and Oman produced a ceasefire proposal.'], 'QAT ');
});
