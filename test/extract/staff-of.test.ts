// A person's staff named with "of" before the person ("the office of President Aliyev", "the spokesman of Prime
// Minister Pashinyan") speak for that person: the person's party is the subject (discourse/staff-of), not an object of
// "of" — and not a party named in a fronted clause before it. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('the office or spokesman of a leader holds the stance', [
  { body: 'The spokesman of President Aliyev demanded the withdrawal of Armenian troops.', want: ['AZE DEMAND territory []'] },
  { body: 'Before the delegations sat down in Geneva, the office of Prime Minister Pashinyan demanded the return of all prisoners.', want: ['ARM DEMAND humanitarian []'] },
  { body: 'The administration of President Vucic rejected any recognition of Kosovo.', want: ['SRB REJECT recognition []'] },
]);

claimCases('the office as a place governed by a preposition: the subject stays', [
  { body: 'Pashinyan met the envoys at the office of President Aliyev and demanded the return of prisoners.', want: ['ARM DEMAND humanitarian []'] },
]);
