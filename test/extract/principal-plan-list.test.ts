// A list introduced by a principal side's own plan ("the plan calls for:", "The document also sets out:") holds what
// that side asks of the other: a demanding cue keeps DEMAND for every bullet, a proposing one makes the bullets on the
// substance demands (content/principal-plan-list). A mediator's draft stays a proposal. Sentences written for this
// test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

const bullets = (items: string[]) => items.map((x) => `- ${x};`).join('\n');

claimCases('a principal side\'s plan that calls for its points: demands', [
  { body: `Armenia and Azerbaijan met in Washington on Monday.\n\nFirst presented by Pashinyan to the Washington summit in August, the plan calls for:\n\n${bullets(['the withdrawal of Azerbaijani troops from the border villages', 'the release of all Armenian prisoners held in Baku'])}`, want: ['ARM DEMAND territory []', 'ARM DEMAND humanitarian []'] },
  { body: `Serbia and Kosovo met in Brussels on Monday.\n\nFirst tabled by Vucic at the Ohrid meeting in March, the platform demands:\n\n${bullets(['the lifting of sanctions on Serbian banks', 'the release of all Serbian prisoners held in Pristina'])}`, want: ['SRB DEMAND sanctions []', 'SRB DEMAND humanitarian []'] },
], (c) => c.issue !== 'talks');

claimCases('a principal side\'s document that sets out its points: demands on the substance', [
  { body: 'Azerbaijan\'s draft treaty was handed to the Armenian delegation on Friday. The document also sets out:\n\n- limits on the size of Armenia\'s armed forces;\n- the lifting of sanctions on Azerbaijani banks.', want: ['AZE DEMAND military_limits []', 'AZE DEMAND sanctions []'] },
], (c) => c.issue !== 'talks');

claimCases('a mediator\'s draft that sets out its points: proposals', [
  { body: 'The US draft was handed to both delegations on Friday. The document also sets out:\n\n- limits on the size of Armenia\'s armed forces;\n- the lifting of sanctions on Azerbaijani banks.', want: ['USA PROPOSE military_limits []', 'USA PROPOSE sanctions []'] },
], (c) => c.issue !== 'talks');
