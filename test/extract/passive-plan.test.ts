// A plan as the subject of a passive stance verb (content/passive-plan; issue 7, nominal stances and spec rule 9):
// "The Hungarian plan was rejected by Kyiv" is Kyiv's refusal of the whole plan, the talks; the noun and the passive
// are not one stance of the plan's author. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

const agent = (actor: string) => (c: { actor: string }) => c.actor === actor;

claimCases('the agent of a passive takes a stance on the plan that is its subject', [
  { body: 'The Qatari plan was rejected by Israel, officials said.', want: ['ISR REJECT talks []'] },
  { body: 'Baku\'s memorandum was swiftly dismissed by Armenia.', want: ['ARM REJECT talks []'] },
  { body: 'The Egyptian proposal has been welcomed by Israel.', want: ['ISR ACCEPT talks []'] },
  { body: 'The Turkish initiative was endorsed by Serbia on Monday.', want: ['SRB ACCEPT talks []'] },
], (c) => c.type === 'REJECT' || c.type === 'ACCEPT');

claimCases('a plan with its own content, or no passive of a stance', [
  // the complement names the issue, which the stance is on
  { body: 'The Qatari plan for a six-week truce was rejected by Israel.', want: ['ISR REJECT ceasefire []'] },
  // drafting is no stance on the plan
  { body: 'The plan was drafted by Witkoff and Dmitriev.', want: [] },
], agent('ISR'));
