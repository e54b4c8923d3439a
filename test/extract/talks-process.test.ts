// The talks named by what the process does, as a stance's own object (issues.json talks: the weak frame of working
// with the partners, sides or community, and the weak term "come back"): "Pashinyan will continue to work with our
// European partners" and "both sides are ready to come back" offer the talks. Only right after the cue and only
// when nothing else names an issue; coming back home, a purpose and work on a named issue are not the talks.
// Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('working on with the partners, sides or community of the process is the talks', [
  { body: '"We will continue to work with our European partners and with the American side," Pashinyan wrote on Telegram.', want: ['ARM OFFER talks []'] },
  { body: 'Qatar was willing to keep working with the international community to build consensus, its envoy said.', want: ['QAT OFFER talks []'] },
  { body: 'Norway said it was ready to cooperate with both sides.', want: ['NOR OFFER talks []'] },
]);

claimCases('coming back, as the stance\'s own object, is returning to the talks', [
  { body: 'Armenia and Azerbaijan have told us they are ready to come back, the Kazakh minister said.', want: ['ARM OFFER talks []', 'AZE OFFER talks []'] },
  { body: 'Washington urged Belgrade and Pristina to come back.', want: ['USA PROPOSE talks []'] }, // (as its Russia–Ukraine analogue reads: the sides of another dispute are its principal sides, discourse/principal-sides)
]);

claimCases('coming back home, a purpose and work on another issue are not the talks', [
  { body: 'Serbia said its citizens abroad were ready to come back home.', want: [] },
  { body: 'Kurti said a plan to work with the partners was being drafted.', want: [] },
  { body: 'Kosovo will continue to work with partners on air defence.', want: ['XKX OFFER military_limits []'] },
  { body: 'Serbia said Belgrade would keep working with its factories.', want: [] },
]);

// Agreeing that each side will present its vision of an issue, or to exchange memoranda on it, is agreeing on the
// talks' next step, not on the issue (content/process-talks: 'vision', 'visions', 'memoranda'). A single memorandum
// accepted may be the deal itself, and keeps its issue.
claimCases('an agreement that each side presents its vision is about the talks', [
  { body: 'Armenia and Azerbaijan agreed that each would present its own vision of a ceasefire along the border within a month.', want: ['ARM ACCEPT talks []', 'AZE ACCEPT talks []'] },
  { body: 'Ethiopia and Eritrea agreed on a ceasefire along the border.', want: ['ETH ACCEPT ceasefire []', 'ERI ACCEPT ceasefire []'] },
  { body: 'Israel accepted the Egyptian memorandum on a ceasefire in Gaza.', want: ['ISR ACCEPT ceasefire []', 'EGY PROPOSE ceasefire []'] },
]);
