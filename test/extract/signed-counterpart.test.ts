// One side's copy of a text signed in parallel is an agreement signed (trigger/signed-document 'counterparts'):
// "signed mirror agreements with the UN", "each signed a parallel agreement", "a separate, identical accord". A plain
// "mirror text" and anything that is no agreement stay no stance. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a counterpart agreement signed is accepted', [
  { body: 'Armenia and Azerbaijan on Friday signed mirror agreements with the United Nations on a prisoner exchange.', want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
  { body: 'Ethiopia and Eritrea each signed a parallel agreement with the African Union on a ceasefire along the border.', want: ['ETH ACCEPT ceasefire []', 'ERI ACCEPT ceasefire []'] },
  { body: 'Serbia signed a separate, identical accord with the European Union on a ceasefire in the north.', want: ['SRB ACCEPT ceasefire []'] },
  { body: 'Israel signed an identical "mirror" agreement with Qatar on the exchange of prisoners.', want: ['ISR ACCEPT humanitarian []'] },
]);

claimCases('a counterpart word before no agreement: no stance', [
  { body: 'Kosovo signed a mirror text with the European Union on Friday.', want: [] },
  { body: 'Armenia signed mirror images of the photos on Friday.', want: [] },
  { body: 'The Eritrean president signed identical letters to the two envoys.', want: [] },
]);
