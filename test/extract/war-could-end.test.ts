// The war's end offered under a condition (issue 7 recall, conditional constructions; candidate/conditional-cessation):
// "the war could end tomorrow if Y" sets the price of the halt as "the shelling can stop the moment Y" does: the
// speaker offers the halt and demands Y. Without a condition, or with no party to hold it, it is a prediction.
// Sentences written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('the war could end if …', [
  { body: 'Aliyev told reporters that the war could end tomorrow if Armenia withdrew its forces from Lachin.', want: ['AZE OFFER ceasefire []', 'AZE DEMAND territory []'] },
  { body: 'The Eritrean president said this war would end once Ethiopia pulled its troops out of Badme.', want: ['ERI OFFER ceasefire []', 'ERI DEMAND territory []'] },
  // (No condition: a prediction.)
  { body: 'Aliyev told reporters that the war could end by the spring.', want: [] },
  // (No party holds it.)
  { body: 'Analysts said the war could end by spring if Hamas ran out of rockets.', want: [] },
]);
