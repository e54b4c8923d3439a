// Efforts toward peace, with words between, are the talks like the phrase term 'peace efforts' (issues.json talks
// frame 'efforts … peace'); a mediator's 'good offices' are the talks too. A mediator that says it will continue its
// efforts offers the talks. Efforts for another aim name that aim, and bare efforts name nothing. Sentences written
// for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('continuing efforts toward peace offers the talks', [
  { body: 'The Omani foreign ministry said the sultanate would continue its efforts to achieve a lasting peace between Israel and Hamas.', want: ['OMN OFFER talks []'] },
  { body: 'Qatar will continue its efforts for a just peace in Sudan, the emir said.', want: ['QAT OFFER talks []'] },
  // (paraphrase: another verb, another noun of peace)
  { body: 'Turkey said it would pursue its efforts towards a peaceful settlement between Armenia and Azerbaijan.', want: ['TUR OFFER talks []'] },
]);

claimCases("a mediator's good offices are the talks", [
  { body: 'Switzerland said it would continue to offer its good offices to Serbia and Kosovo.', want: ['CHE OFFER talks []'] },
  { body: 'Kenya offered its good offices to Ethiopia and Eritrea.', want: ['KEN OFFER talks []'] },
]);

claimCases('efforts for another aim, or bare efforts, name no talks', [
  { body: 'Qatar said it would continue its efforts to return children to their families in Ukraine.', want: ['QAT OFFER humanitarian []'] },
  { body: 'Egypt said it would continue its efforts.', want: [] },
  { body: 'Analysts doubt that efforts to reach peace in Sudan will succeed this year.', want: [] },
]);
