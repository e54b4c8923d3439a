// A term named as a part or the ground of any settlement is what the speaker wants from it (candidate/settlement-part):
// "X remained part of any settlement", "X is the only basis of a just peace", and inverted, "the only basis for a
// settlement was X". Sentences written for this test, about disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a term named as part or ground of any settlement: demanded by the speaker', [
  { body: 'Pashinyan said on Monday that the withdrawal of Azerbaijani troops from Armenian territory remained part of any settlement.', want: ['ARM DEMAND territory []'] },
  { body: 'Kurti said the recognition of Kosovo by Serbia was an integral part of any final agreement.', want: ['XKX DEMAND recognition []'] },
  { body: 'Abiy Ahmed said the withdrawal of Eritrean forces from Tigray is the only basis of a just peace.', want: ['ETH DEMAND territory []'] },
  { body: 'Vucic said the lifting of sanctions on Belgrade remains a key element of any deal with Pristina.', want: ['SRB DEMAND sanctions []'] },
]);

claimCases('inverted: the ground named first, the content after the copula', [
  { body: 'Kurti said the only basis for a settlement was the withdrawal of Serbian troops from the border.', want: ['XKX DEMAND territory []'] },
]);

claimCases('not a settlement, a possibility, a negation or a plan: no demand from this rule', [
  { body: 'Aliyev said the withdrawal of Armenian troops from Karabakh was part of the history of the region.', want: [] },
  { body: 'Kurti said the recognition of Kosovo by Serbia was not part of any deal.', want: [] },
  { body: 'Pashinyan said the Azerbaijani plan was the basis of a settlement.', want: ['ARM ACCEPT talks []'] },
  { body: 'Nagorno-Karabakh was part of Azerbaijan under Soviet law, historians said.', want: [] },
]);
