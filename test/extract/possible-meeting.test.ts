// A meeting said to be possible on a condition is the speaker's offer of talks (candidate/possible-meeting); said to be
// impossible until then, a refusal. "Only" makes it terms (the condition's demand alone); a meeting that "could take
// place next week" with no condition is a schedule.
// Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a meeting possible on a condition is offered', [
  { body: 'A meeting between Aliyev and Pashinyan was possible once the delegations had agreed on the border commissions, Azerbaijan\'s envoy said.', want: ['AZE OFFER talks []', 'AZE DEMAND talks []'] },
  { body: 'A summit of the two presidents, Vucic said, could take place after the prisoners were released.', want: ['SRB OFFER talks []'] },
  { body: 'Eritrea\'s foreign minister said a meeting with Ethiopia would be possible, without giving a date.', want: ['ERI OFFER talks []'] },
]);

claimCases('impossible until then is a refusal', [
  { body: 'A meeting between the two presidents was not possible until Yerevan withdrew from the villages, Baku\'s envoy said.', want: ['AZE REJECT talks []', 'AZE DEMAND territory []'] },
]);

claimCases('only sets terms; a schedule is no stance', [
  { body: 'A summit could only take place once Armenia had withdrawn from the villages, Aliyev said.', want: ['AZE DEMAND territory []'] },
  { body: 'The meeting could take place next week in Geneva, Armenia\'s envoy said.', want: [] },
  { body: 'Analysts said a meeting between the two presidents was possible but unlikely this year.', want: [] },
]);
