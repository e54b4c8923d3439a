// A plan noun, an aside between commas and a verb of including before the colon introduce the bullets after it
// (content/aside-list-verb); the bullets of a principal side's own plan on the substance are its demands, as its
// points after a colon are (sentence/principal-formula). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

const substance = (c: { issue: string }) => c.issue !== 'talks' && c.issue !== 'other';

claimCases('a principal side\'s plan with an aside lists its demands', [
  { body: 'Armenia and Azerbaijan have been at war over the border villages since May. Pashinyan presented a six-point plan on Tuesday.\n\nHis plan, which officials in Yerevan have begun calling a "peace agenda", includes:\n- the release of all prisoners;\n- the withdrawal of Azerbaijani troops from Armenian territory;\n- security guarantees for Armenia.', want: ['ARM DEMAND humanitarian []', 'ARM DEMAND territory []', 'ARM DEMAND security_guarantees []'] },
  { body: 'Serbia and Kosovo have not agreed on the north. Kurti presented his plan in Brussels.\n\nKurti\'s plan, presented to the EU envoys on Monday, contains:\n- the withdrawal of Serbian forces from the border;\n- the release of prisoners.', want: ['XKX DEMAND territory []', 'XKX DEMAND humanitarian []'] },
  // (No aside: the bullets of a principal's plan are its demands too.)
  { body: 'Serbia and Kosovo have not agreed on the north.\n\nKurti\'s plan includes:\n- the withdrawal of Serbian forces from the border;\n- the release of prisoners.', want: ['XKX DEMAND territory []', 'XKX DEMAND humanitarian []'] },
], substance);

claimCases('negatives: a mediator\'s plan stays a proposal; an aside with no verb of including introduces nothing', [
  { body: 'Armenia and Azerbaijan have been at war over the border villages since May.\n\nThe EU\'s plan, which was presented in Brussels, includes:\n- the release of all prisoners;\n- the withdrawal of troops from the border villages.', want: ['EU PROPOSE humanitarian []', 'EU PROPOSE territory []'] },
  { body: 'Armenia and Azerbaijan have been at war over the border villages since May.\n\nPashinyan\'s plan, which officials in Yerevan have praised, was discussed by the ministers:\n- the weather in Yerevan;\n- the price of bread.', want: [] },
], substance);
