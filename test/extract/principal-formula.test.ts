// What a principal side's own plan (its "formula", "plan", "memorandum", "framework") sets out on the substance is what
// it asks of the other side: a DEMAND (sentence/principal-formula). A mediator's plan stays a proposal, and so do the
// plan as the basis of talks and a ceasefire in it. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

const substance = (c: { issue: string }) => c.issue !== 'talks' && c.issue !== 'other';

claimCases('principal formula: its substance is demanded', [
  { body: 'Armenia and Azerbaijan have been at war over the border villages since May. Officials discussed three points of Pashinyan\'s peace formula: the release of prisoners, the return of displaced families and the withdrawal of Azerbaijani troops from Armenian territory.', want: ['ARM DEMAND humanitarian []', 'ARM DEMAND territory []'] },
  { body: 'Serbia and Kosovo have not agreed on the north. The talks discussed two points of Kurti\'s peace formula: the withdrawal of Serbian forces from the border and the release of prisoners.', want: ['XKX DEMAND territory []', 'XKX DEMAND humanitarian []'] },
], substance);

claimCases('principal formula: a mediator\'s plan and a ceasefire stay proposals', [
  { body: 'Armenia and Azerbaijan have been at war over the border villages since May. The EU\'s peace plan provides for the release of prisoners and the withdrawal of troops from the border villages.', want: ['EU PROPOSE humanitarian []', 'EU PROPOSE territory []'] },
  { body: 'Armenia and Azerbaijan have been at war over the border villages since May. The talks discussed Pashinyan\'s peace formula: a ceasefire along the current line and the release of prisoners.', want: ['ARM PROPOSE ceasefire []', 'ARM DEMAND humanitarian []'] },
  // (A plan "for" an arrangement is the arrangement put forward, no list of what the other side must do.)
  { body: 'Armenia and Azerbaijan have been at war over the border villages since May. Pashinyan\'s plan for a prisoner exchange was presented in Brussels.', want: ['ARM PROPOSE humanitarian []'] },
], substance);
