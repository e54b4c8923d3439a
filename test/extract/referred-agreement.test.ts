// A stance whose whole object is a definite noun of an agreement or arrangement that names nothing itself ("welcomed
// the deal", "would not take part in the scheme", "opposed both options") is on the issue the latest earlier mention
// of such an agreement named in its own noun phrase (content/referred-agreement). Sentences written for these tests,
// on other disputes; the negatives keep a stance with nothing named before it, or an ambiguous one, without an issue.
import { claimCases } from './helpers.js';

const of = (actor: string) => (c: { actor: string }) => c.actor === actor;

claimCases('a definite agreement noun takes the issue its earlier mention named', [
  { body: 'Armenia and Azerbaijan reached a prisoner-exchange deal on Monday. The first detainees crossed at the border on Tuesday. Pashinyan welcomed the deal.', want: ['ARM ACCEPT humanitarian []'] },
  { body: 'The EU agreed on a reparations loan for Ukraine backed by the frozen Russian assets. Officials said the money would flow next year. Slovakia said it would not take part in the scheme.', want: ['SVK REJECT sanctions []'] },
  { body: 'Israel and Hamas agreed to a ceasefire deal brokered by Qatar. Aid trucks were expected at the crossings within days. Jordan welcomed the agreement.', want: ['JOR ACCEPT ceasefire []'] },
  { body: 'Serbia and Kosovo agreed a deal on the withdrawal of special police units from the north of Kosovo. Traffic resumed at two crossings. Washington said it supported the arrangement.', want: ['USA ACCEPT territory []'] },
], (c) => ['ARM', 'SVK', 'JOR', 'USA'].includes(c.actor));

claimCases('another noun of the same kind may stand for it: "the understanding" after "a truce"', [
  { body: 'Ethiopia and Eritrea agreed to a border truce on Friday. The two armies were to pull back from the frontier towns. Asmara said it supported the understanding.', want: ['ERI ACCEPT ceasefire []'] },
], of('ERI'));

claimCases('the sanctions loan: "both options" after "the reparations loan"', [
  { body: 'The leaders discussed the reparations loan and joint EU borrowing. Merz said Europe would keep the option open. Hungary opposed both options.', want: ['HUN REJECT sanctions []'] },
], of('HUN'));

claimCases('no issue named before, a noun with content of its own, or a modifier naming the content: nothing read back', [
  // (Nothing named before: the stance still names no issue.)
  { body: 'Sudan\'s army said it welcomed the agreement.', want: [] },
  // (The mention names two issues: no guess.)
  { body: 'Israel and Hamas reached a deal on a truce and a prisoner exchange. Egypt welcomed the deal.', want: [] },
  // (A modifier that names the content itself: "the grain deal" is not read as "the deal".)
  { body: 'Moscow agreed to a ceasefire in the Black Sea last year. Kenya said it supported the grain deal.', want: [] },
], of_any(['SDN', 'EGY', 'KEN']));

function of_any(codes: string[]) { return (c: { actor: string }) => codes.includes(c.actor); }

claimCases('a declaration read back by its own noun only: "welcomed the declarations" after "a declaration on security guarantees"', [
  { body: 'European leaders signed a declaration on security guarantees for Armenia in Paris. The text was not published. Pashinyan welcomed the declarations as concrete.', want: ['ARM ACCEPT security_guarantees []'] },
  // (A peace deal is no declaration: nothing read back.)
  { body: 'Washington hopes for a peace deal by the summer. Pashinyan welcomed the declarations as concrete.', want: [] },
], (c) => c.actor === 'ARM');

claimCases('"the same arrangement", "a similar understanding": what other parties just agreed (content/same-agreement)', [
  { body: 'Serbia and the EU agreed to a ceasefire along the administrative line. Kosovo agreed to the same arrangement.', want: ['XKX ACCEPT ceasefire []'] },
  { body: 'Ethiopia and the African Union agreed to a truce in Tigray. Eritrea said it supported a similar understanding.', want: ['ERI ACCEPT ceasefire []'] },
  // (Nothing agreed just before: nothing read back.)
  { body: 'Eritrea said it agreed to the same arrangement.', want: [] },
], (c) => c.actor === 'XKX' || c.actor === 'ERI');
