// A body of people "led by" a party's person speaks as the leader's party, and the parties inside the participle (the
// leader, the members "including" …) are not the subject of the verb after it (discourse/led-group). Sentences written
// for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a delegation or mission led by a party speaks as that party', [
  { body: 'The delegation, led by Kenyan President William Ruto and including the presidents of Ghana, Uganda and Rwanda, presented a peace plan to President Aliyev on Saturday.', want: ['KEN PROPOSE talks []'] },
  { body: 'A delegation led by Kenyan President William Ruto and including the presidents of Ghana, Uganda and Rwanda met Aliyev in Baku on Friday. Their five-point proposal calls for a ceasefire and the release of prisoners of war.', want: ['KEN PROPOSE ceasefire []', 'KEN PROPOSE humanitarian []'] },
  { body: 'The mission, headed by the foreign minister of Ghana, called for a truce in Sudan.', want: ['GHA DEMAND ceasefire []'] },
  { body: 'The mediation team, led by Qatar and Egypt, proposed a 60-day truce in Gaza.', want: ['QAT PROPOSE ceasefire []', 'EGY PROPOSE ceasefire []'] },
  // The members' list runs on past a comma once "including"/"with" opened it: a possessive member and envoys "from".
  { body: "The delegation, led by Kenyan President William Ruto and including the presidents of Ghana and Rwanda, Nigeria's foreign minister and envoys from Senegal and Togo, presented a peace plan to President Aliyev on Saturday.", want: ['KEN PROPOSE talks []'] },
  { body: "A mission headed by Ghana's foreign minister, with the foreign ministers of Togo and Benin, Egypt's envoy and envoys from Qatar, called for a truce in Sudan.", want: ['GHA DEMAND ceasefire []'] },
]);

claimCases('no group speaker: a party group led by its members, a force, a member named in the next sentence', [
  { body: 'European governments, led by France, Britain and Germany, called for a ceasefire in Sudan.', want: ['FRA DEMAND ceasefire []', 'GBR DEMAND ceasefire []', 'DEU DEMAND ceasefire []'] },
  { body: 'A force led by Britain and France would patrol the border, the report said.', want: [] },
  { body: 'The delegation led by Kenya met Aliyev in Baku. Ghana proposed a ceasefire.', want: ['GHA PROPOSE ceasefire []'] },
  { body: 'The delegation, led by Kenyan President William Ruto and including the presidents of Ghana and Rwanda, met Aliyev in Baku. Nigeria, Senegal and Togo called for a ceasefire in Sudan.', want: ['NGA DEMAND ceasefire []', 'SEN DEMAND ceasefire []', 'TGO DEMAND ceasefire []'] },
]);
