// People who act for parties named after "from"/"of" hold the stance as those parties
// (discourse/representatives-from); a credit set off by commas inside a plan's relative clause does not end what
// the plan provides for (content/parenthetical-credit); the size an army may reach is its limit (issues.json).
// Sentences written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('representatives from parties hold the stance as those parties', [
  { body: 'Diplomats from Turkey and Qatar proposed a ceasefire in Sudan on Monday.', want: ['TUR PROPOSE ceasefire []', 'QAT PROPOSE ceasefire []'] },
  { body: 'Security advisers from Britain, France and Germany presented a plan for a ceasefire in Sudan.', want: ['GBR PROPOSE ceasefire []', 'FRA PROPOSE ceasefire []', 'DEU PROPOSE ceasefire []'] },
  { body: 'European envoys from Spain and Italy called for a truce in Gaza on Tuesday.', want: ['ESP PROPOSE ceasefire []', 'ITA PROPOSE ceasefire []'] },
  { body: 'The delegation of Eritrea rejected any withdrawal from Badme on Monday.', want: ['ERI REJECT territory []'] },
]);

claimCases('a plan\'s relative clause goes on past a credit set off by commas', [
  { body: 'Kenya presented its own counter-proposal, which, according to the Nairobi Star\'s sources, would let Eritrea\'s army reach 90,000 and would lift sanctions on Ethiopia in stages.', want: ['KEN PROPOSE military_limits []', 'KEN PROPOSE sanctions []'] },
]);

claimCases('no stance: things from a party, a credit before no verb of the plan, an army that reaches a place', [
  { body: 'Pressure from Turkey and Qatar grew as the RSF rejected a truce in Sudan.', want: [] },
  { body: 'Weapons from Iran reached Houthi fighters, the UN report said.', want: [] },
  { body: 'Kenya proposed a plan which, according to the Nairobi Star, was drafted in Addis Ababa, and Ethiopia rejected it.', want: ['KEN PROPOSE talks []', 'ETH REJECT talks []'] },
  { body: 'The Serbian army could reach the border within hours, a NATO official warned.', want: [] },
]);
