// A power ascribed to a party ("could end the war if he wanted") is no offer of that party (trigger/ability-if-wanted).
// Sentences written for this test, about disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('"could"/"can" + act + "if" + pronoun + a verb of wishing: a power ascribed, no offer', [
  { body: 'Erdogan said Aliyev could stop the shelling of Armenian villages tomorrow if he chose to.', want: [] },
  { body: 'Netanyahu wrote that Hamas "can end the war in Gaza immediately, if it wants to".', want: [] },
  { body: 'Burhan could halt the fighting in Khartoum within days if he wished, the envoy said.', want: [] },
]);

claimCases('a condition with content, or another party\'s wish, is still an offer', [
  { body: 'Aliyev said Azerbaijan could stop the shelling of Armenian villages if Armenia withdrew its troops.', want: ['AZE OFFER ceasefire []', 'AZE DEMAND territory []'] },
  { body: 'Pashinyan said Armenia could withdraw its troops from the border if Baku wanted.', want: ['ARM OFFER territory []'] },
]);
