// A predicate of refusal followed by "to" or "for" and a party is that party's refusal (holder/predicate-experiencer):
// "the proposals were unacceptable to Moscow", "a red line for Baku". Before, only a speaker could hold such a
// predicate, so with none in the sentence the refusal was dropped or given to its subject. Not when a speaker of
// another party reports it, not a possessive, not a mention that names no party. Sentences written for this test,
// on other disputes.
import { claimCases } from './helpers.js';

claimCases('the party after "unacceptable to" or "a red line for" holds the refusal', [
  { body: 'The minister said the proposals to deploy foreign monitors along the border were unacceptable to Baku.', want: ['AZE REJECT security_guarantees []'] },
  { body: 'Membership of NATO for Georgia is a red line for Moscow.', want: ['RUS REJECT alliance []'] },
  { body: 'A partition of the island remains out of the question for Nicosia.', want: ['CYP REJECT territory []'] },
  { body: 'Handing over the Essequibo region is not negotiable for Guyana, officials said on Sunday.', want: ['GUY REJECT territory []'] },
  { body: 'The new draft was unacceptable to Belgrade.', want: ['SRB REJECT talks []'] },
  { body: 'The deployment of European troops would be unacceptable to Russia, Lavrov said.', want: ['RUS REJECT security_guarantees []'] },
]);

claimCases('no holder taken from a possessive, a non-party or a party reported by another speaker', [
  { body: 'Such a step would be unacceptable for Armenia\'s security, the analyst wrote.', want: [] },
  { body: 'Any settlement must be acceptable to the international community.', want: [] },
  { body: 'A ceasefire on these terms would be unacceptable to most observers.', want: [] },
]);
