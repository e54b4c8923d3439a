// A relative clause of demanding or wanting reads the noun it describes as the demand (content/relative-antecedent)
// also with several parties as its subject, a comma before "which", or a pronoun subject of a contact clause with what
// is to be done to the noun (content/relative-coordination). Sentences written for these tests, on other disputes; the
// negatives keep a complement clause, a drafted text and a wish with its own object out.
import { claimCases } from './helpers.js';

const among = (codes: string[]) => (c: { actor: string; type: string }) => codes.includes(c.actor) && c.type === 'DEMAND';

claimCases('several parties as the subject of a relative demand: one demand each on the noun before', [
  { body: 'Baku rejected a 30-day ceasefire, which Yerevan and Paris had demanded since early May.', want: ['ARM DEMAND ceasefire []', 'FRA DEMAND ceasefire []'] },
  { body: 'Talks stalled over the release of all detainees, which Armenia and France have long demanded.', want: ['ARM DEMAND humanitarian []', 'FRA DEMAND humanitarian []'] },
  { body: 'Khartoum refused a UN monitoring mission, which Kenya, Egypt and Ethiopia had sought for weeks.', want: ['KEN DEMAND security_guarantees []', 'EGY DEMAND security_guarantees []', 'ETH DEMAND security_guarantees []'] },
], among(['ARM', 'FRA', 'KEN', 'EGY', 'ETH']));

claimCases('a comma before "which" sets off a wish on the noun before it', [
  { body: 'The talks stalled over a full ceasefire, which Kosovo wants.', want: ['XKX DEMAND ceasefire []'] },
  { body: 'Mediators discussed the withdrawal of Eritrean troops from Tigray, which Ethiopia wants before any deal.', want: ['ETH DEMAND territory []'] },
], among(['XKX', 'ETH']));

claimCases('a pronoun standing for a party as the subject of a contact clause: the noun is wanted', [
  { body: 'Armenia has handed the mediators a list of 200 detainees it wants released.', want: ['ARM DEMAND humanitarian []'] },
  { body: 'Israel gave Egypt the names of the hostages it wants freed.', want: ['ISR DEMAND humanitarian []'] },
], among(['ARM', 'ISR']));

claimCases('no relative clause, a drafted text, or a wish with its own object: nothing read back', [
  // (A complement clause after a verb of saying: the wish has no object of its own here, no noun is described.)
  { body: 'Pashinyan said that Armenia and France wanted.', want: [] },
  // (A text drafted by two parties is no demand of theirs.)
  { body: 'Belgrade now treats the document Serbia and Hungary drafted in October as the baseline.', want: [] },
  // (The pronoun's wish has an object of its own: "to hold talks", no noun wanted.)
  { body: 'Armenia named the mediators it wants to hold talks in Geneva.', want: [] },
], (c) => ['ARM', 'FRA', 'SRB', 'HUN'].includes(c.actor) && c.type === 'DEMAND' && c.issue !== 'talks');
