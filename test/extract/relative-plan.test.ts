// A stance in a relative clause on a whole plan (content/relative-antecedent) is a stance on the talks, like the
// same stance with the plan as its object (content/plan-is-talks, spec rule 9). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a relative clause on a whole plan is a stance on talks', [
  { body: 'Baku rejected a Russian proposal that Yerevan had accepted in March.', want: ['AZE REJECT talks []', 'RUS PROPOSE talks []', 'ARM ACCEPT talks []'] },
  { body: 'The plan, which Belgrade endorsed on Monday, was dismissed by Pristina.', want: ['SRB ACCEPT talks []', 'XKX REJECT talks []'] },
  // (The clause describes no plan: its issue is its own.)
  { body: 'Asmara said the troop withdrawal, which Addis Ababa had demanded, would take months.', want: ['ETH DEMAND territory []'] },
]);
