// An acceptance in the infinitive of a verb of asking, inviting or wanting, with the verb's object between them, is
// asked of that object: nobody has accepted anything, least of all the asker (trigger/asked-of-others). Sentences
// written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('an acceptance asked of others is no one\'s acceptance', [
  { body: 'Aliyev ended by inviting Turkic leaders to a summit to endorse the peace treaty.', want: [] },
  { body: 'Vucic is inviting African leaders to a forum in Belgrade to approve the Serbian plan.', want: [] },
  { body: 'Yerevan wants a conference of European leaders to endorse the peace agenda before the end of the year.', want: ['ARM PROPOSE talks []'] },
  { body: 'Kyiv wants a global summit of leaders to endorse the formula before the end of the year.', want: ['UKR PROPOSE talks []'] },
]);

claimCases('the asker\'s demand and the subject\'s own acceptance stay', [
  { body: 'France asked Serbia to accept the EU plan.', want: ['FRA DEMAND talks []', 'EU PROPOSE talks []'] },
  { body: 'Washington is pressing Kyiv to agree to a ceasefire.', want: ['USA DEMAND ceasefire []'] },
  { body: 'Trump asked the Europeans to stop pushing for a ceasefire with Putin.', want: ['USA REJECT ceasefire []'] },
  { body: 'Turkey agreed to back the peace treaty.', want: ['TUR ACCEPT talks []'] },
  { body: 'Egypt said it wanted to endorse the plan.', want: ['EGY ACCEPT talks []'] },
]);
