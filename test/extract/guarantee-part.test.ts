// Arms bought or supplied "as part of" a guarantee are what the guarantee is made of: security_guarantees, not a stance
// on arms supplies (content/guarantee-part, guarantee-part.ts). The same purchase with no such frame, or framed as part of
// another deal, stays on military_limits. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('arms framed as part of a guarantee: the guarantees', [
  { body: 'Armenia has offered to buy $2 billion of French weapons, financed by the EU, as part of a guarantee package.', want: ['ARM OFFER security_guarantees []'] },
  { body: 'Taiwan offered to buy American missiles as part of a package of security guarantees.', want: ['TWN OFFER security_guarantees []'] },
  { body: 'Kurti said Kosovo had offered to buy German weapons as part of the guarantees.', want: ['XKX OFFER security_guarantees []'] },
  { body: 'Georgia has offered to buy British missiles, paid for by the EU, as part of a guarantees package.', want: ['GEO OFFER security_guarantees []'] },
  { body: 'Pashinyan said Armenia had offered to buy Indian artillery as part of a deal on security guarantees.', want: ['ARM OFFER security_guarantees []'] },
]);

claimCases('no guarantee frame: arms', [
  { body: 'Armenia has offered to buy $2 billion of French weapons.', want: ['ARM OFFER military_limits []'] },
  { body: 'Kosovo offered to hand over its heavy weapons as part of a ceasefire deal.', want: ['XKX OFFER military_limits []'] },
]);
