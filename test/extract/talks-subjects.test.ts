// A meeting or contacts as a deontic's subject are the talks (content/condition-subject talksSubjects): the demand
// is on how the meeting happens. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a meeting or contacts as the subject of a deontic are the talks', [
  { body: 'Aliyev said any contacts between the leaders of Azerbaijan and Armenia must be prepared thoroughly and gradually.', want: ['AZE DEMAND talks []'] },
  { body: 'Vucic said further contacts with Pristina should be prepared by experts first.', want: ['SRB DEMAND talks []'] },
  // (Not a meeting described, with no one demanding anything of it.)
  { body: 'The meeting must have been difficult, the reporter said.', want: [] },
]);
