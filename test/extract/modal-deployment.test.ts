// A third party that would deploy, station or train forces, or set up bases or hubs, for another party offers a
// security guarantee (candidate/modal-deployment, the silent misses of round 6). Sentences written for this test,
// with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a third party stationing or training forces offers a security guarantee', [
  { body: 'Turkey said it would deploy troops to Armenia after a peace deal.', want: ['TUR OFFER security_guarantees []'] },
  { body: 'Canada would help train Sudanese forces outside the country, the Canadian defence minister said.', want: ['CAN OFFER security_guarantees []'] },
  { body: 'Britain said on Monday it would set up military hubs across Kosovo once a settlement is signed.', want: ['GBR OFFER security_guarantees []'] },
  { body: 'Norway could station peacekeepers in Eritrea under the accord, the Norwegian foreign minister said.', want: ['NOR OFFER security_guarantees []'] },
]);

claimCases('no offer: one of the two sides, no other party, no forces', [
  { body: 'Russia will deploy more troops to Donetsk, the Russian defence minister said.', want: [] },
  { body: 'Azerbaijan would deploy troops along the border with Armenia, Aliyev said.', want: [] },
  { body: 'NATO will set up a commission on the matter, its secretary-general said.', want: [] },
  { body: 'Germany will deploy its new budget next year, the German finance minister said.', want: [] },
  { body: 'China will establish a trade hub in Serbia, the Chinese commerce ministry said.', want: [] },
]);
