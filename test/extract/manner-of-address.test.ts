// A refusal predicate whose subject is a manner of speaking to the party ("the language of ultimatums is unacceptable
// to us") judges how it is addressed, not a proposal or the talks: no claim (content/manner-of-address). A refusal of
// the pressure's content, or of an act, with no noun of manner, stays a claim.
// Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

const refusals = (c: { type: string }) => c.type === 'REJECT';

claimCases('a manner of address judged: no claim', [
  { body: 'Kremlin spokesman Dmitry Peskov said the language of ultimatums was unacceptable to Russia.', want: [] },
  { body: "Azerbaijan's foreign ministry said the language of ultimatums was unacceptable to Baku.", want: [] },
  { body: "Ethiopia's foreign minister said any attempts to address Addis Ababa with demands and ultimatums were unacceptable to Ethiopia.", want: [] },
], refusals);

claimCases('the content of the pressure or an act refused: still a claim', [
  { body: "Azerbaijan's foreign ministry said Armenia's demands for a withdrawal from the villages were unacceptable to Baku.", want: ['AZE REJECT territory []'] },
  { body: 'Serbian President Aleksandar Vucic said the European proposal on the association was unacceptable to Serbia.', want: ['SRB REJECT talks []'] },
  { body: "Ethiopia's foreign minister said any attempts to deploy foreign troops on its border were unacceptable to Ethiopia.", want: ['ETH REJECT security_guarantees []'] },
], refusals);
