// The European Union named as a party (taking part in talks, deciding, lending) is no question of membership (issues.json
// alliance: the EU's name alone is no term; its membership is issue other, test eu-membership). And a pronoun
// object stands for a topic that holds a party's name ("membership in NATO … so we do not support it"): only a party's
// name alone is no topic (content/pronoun-antecedent).
// Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('the EU as a party names no membership', [
  { body: "Lithuania's foreign minister said he expected the European Union to take part in any talks on the future security of the region.", want: ['LTU DEMAND talks []'] },
  { body: 'Hungary said it would continue to oppose any European Union decisions that could prolong the war in Sudan.', want: [] },
]);

claimCases('a pronoun stands for a topic holding a party\'s name', [
  { body: "Hungary's minister said Georgia's membership in NATO would mean a direct conflict, so Hungary does not support it.", want: ['HUN REJECT alliance []'] },
]);
