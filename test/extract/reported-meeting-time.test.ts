// A new meeting a party says could be held, with no condition, is its proposal of talks (candidate/reported-meeting-time):
// "Ushakov said the next meeting between the two presidents could take place in Moscow". A meeting already fixed ("the
// meeting", "such a meeting"), one announced with "would" or "will", a question of when or whether it takes place, a
// doubt before it, or a sentence no one says, stays a schedule (spec §1). Past a parenthesis of saying, a condition
// after the predicate still makes a possible meeting an offer (candidate/possible-meeting).
// Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a new meeting a party says could be held proposes it', [
  { body: 'Aliyev\'s adviser said the next meeting between the two leaders could take place in Abu Dhabi.', want: ['AZE PROPOSE talks []'] },
  { body: 'Vucic said a second summit with Kosovo could be held within months.', want: ['SRB PROPOSE talks []'] },
  { body: 'Eritrea\'s foreign ministry said a meeting with the Ethiopian side might take place in Jeddah.', want: ['ERI PROPOSE talks []'] },
]);

claimCases('a fixed, announced or doubted meeting is a schedule', [
  { body: 'The meeting could take place next week in Geneva, Armenia\'s envoy said.', want: [] },
  { body: 'Kurti said such a meeting could take place in Brussels.', want: [] },
  { body: 'Sudanese officials did not say when a next meeting could take place.', want: [] },
  { body: 'A second summit could be held in Nairobi within months.', want: [] },
]);

claimCases('a condition past a parenthesis of saying makes a possible meeting an offer', [
  { body: 'A summit of the two presidents could take place, Vucic said, once the prisoners were released.', want: ['SRB OFFER talks []'] },
]);
