// A list heading that names in a participle clause which side set the points out ("The ten points, as listed by the
// Armenian presidency:") gives that side the items when no plan stands near the heading (content/agent-list-heading):
// a principal side's own points with no verb of their own are its demands (candidate/principal-plan-item). Not a
// third party publishing a deal's terms. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

const lead = 'Armenian Prime Minister Nikol Pashinyan addressed the summit in Geneva on Friday.\n\nHe asked the leaders to pick the points they could help deliver, and said the war with Azerbaijan had to end.\n\n';

claimCases('the heading\'s agent holds the points', [
  { body: `${lead}The ten points, as listed by the Armenian presidency:\n1. The withdrawal of Azerbaijani troops from Armenian territory.\n2. The release of all prisoners of war.`, want: ['ARM DEMAND talks []', 'ARM DEMAND territory []', 'ARM DEMAND humanitarian []'] },
  { body: 'Ethiopian Prime Minister Abiy Ahmed spoke to parliament about the war with Eritrea on Monday.\n\nDeputies applauded several times, and the opposition left the chamber.\n\nThe main points, as set out by the Ethiopian government:\n\n- a full ceasefire along the border;\n- the release of all detainees.', want: ['ETH DEMAND ceasefire []', 'ETH DEMAND humanitarian []'] },
]);

claimCases('no points for a third party that publishes a deal\'s terms, nor for a heading with no agent', [
  { body: 'Armenia and Azerbaijan signed a transit deal in Istanbul on Friday.\n\nThe ceremony was delayed by two hours, and neither minister spoke.\n\nThe main terms, as published by the UN:\n1. Trucks will cross at two points.\n2. A joint centre will monitor the traffic.', want: [] },
  { body: `${lead}The ten points:\n1. The withdrawal of Azerbaijani troops from Armenian territory.\n2. The release of all prisoners of war.`, want: ['ARM DEMAND talks []'] },
]);
