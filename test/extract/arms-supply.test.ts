// Arms supplies financed or paid for (cues.json arms-supply) and the parties listed before "were among the countries that
// would …" (issue 7, lists2): each party offers. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('financing or paying for weapons offers them', [
  { body: 'The Netherlands would pay for the F-16s, the minister said.', want: ['NLD OFFER military_limits []'] },
  { body: 'Sweden and Denmark are among the donors that will fund the artillery shells for Moldova.', want: ['SWE OFFER military_limits []', 'DNK OFFER military_limits []'] },
  { body: 'Norway will pay for the deliveries of artillery shells to Moldova.', want: ['NOR OFFER military_limits []'] },
  // A party list before "were among the countries that would …": one offer per party.
  {
    body: 'Rutte said Germany, Finland, Canada and Norway were among the countries that would finance the deliveries of air defence systems to Armenia.',
    want: ['DEU OFFER military_limits []', 'FIN OFFER military_limits []', 'CAN OFFER military_limits []', 'NOR OFFER military_limits []'],
  },
]);

// Not an arms supply: troops to the front, a delegation, a military response.
claimCases('sending that offers no weapons', [
  { body: 'Azerbaijan will send more troops to the border villages, the ministry said.', want: [] },
  // (No arms offered: the response is a threat, cue retaliation-response.)
  { body: 'Serbia would deliver an immediate military response to any provocation in the north.', want: ['SRB THREATEN ceasefire []'] },
]);
