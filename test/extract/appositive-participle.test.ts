// A stance verb in the past participle set off by a comma after a noun ("The plan, presented to both leaders in May by
// a group of envoys, called for …") describes the noun: it is held only by a party after its "by", never carried from
// the sentence before nor taken from those it was presented to (holder/appositive-participle). Sentences written for
// these tests, on other disputes.
import { claimCases } from './helpers.js';

// The participle's own claims: none, whoever held the sentence before.
claimCases('appositive participle, no party agent', [
  { body: 'Azerbaijan presented a peace plan to the mediators on Monday. The new plan, presented to both Aliyev and Pashinyan in May by a group of envoys, called for a ceasefire.', want: [] },
  { body: 'Kosovo proposed a joint commission on Tuesday. The EU text, submitted to Belgrade and Pristina last week by two envoys, sets out a timetable for talks.', want: [] },
], (c) => /^(?:presented|submitted) to/.test(c.quote));

claimCases('appositive participle, the sentence\'s own verb', [
  { body: 'The African plan, presented to both Kiir and Burhan in June by a delegation of leaders that included Kenya\'s president, called for a halt to the fighting.', want: ['KEN PROPOSE ceasefire []'] },
  // A party after "by" still holds it.
  { body: 'The truce plan, proposed by Egypt in March, called for a halt to the fighting in Khartoum.', want: ['EGY PROPOSE ceasefire []'] },
]);
