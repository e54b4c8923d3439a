// A venue put forward as a verb of proposing's whole object is a proposal on the talks (content/proposed-venue):
// "the American side has proposed Geneva", "Kyiv proposed Warsaw, Budapest, Istanbul or Baku instead". Other
// objects (a party's act, a person, a time, a region) are no venue. Sentences written for this test, about
// disputes other than the corpus's.
import { test } from 'node:test';
import { claimCases, assertNone } from './helpers.js';

claimCases('a venue proposed: a proposal on the talks', [
  { body: 'Officials in Asmara said the Ethiopian side has proposed Nairobi, and Eritrea has not yet replied.', want: ['ETH PROPOSE talks []'] },
  { body: 'Yerevan had refused to meet in Baku and proposed Vienna, Geneva or Tbilisi instead.', want: ['ARM REJECT talks []', 'ARM PROPOSE talks []'] },
  { body: 'Serbia has suggested Brussels or the Vatican as possible venues.', want: ['SRB PROPOSE talks []'] },
  { body: 'Eritrea proposed Addis Ababa.', want: ['ERI PROPOSE talks []'] },
  { body: 'Aliyev invited Pashinyan to Baku, saying the next round should be held at home.', want: ['AZE PROPOSE talks []'] },
]);

test('no venue: a party\'s act, a person, a time or a region after the verb', () => {
  assertNone([
    'Sudan proposed Ethiopia withdraw its troops from al-Fashaga.',
    'Kosovo suggested Monday.',
    'Azerbaijan proposed Erdogan.',
    "Serbia proposed Kosovo's northern municipalities.",
    'Eritrea proposed March.',
  ], ' talks ');
});
