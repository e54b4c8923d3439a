// A neutral place as a meeting's venue is the talks' format, not a party's neutrality (issues.json talks: "in a
// neutral country", "on neutral ground"); a party becoming or staying neutral is still alliance. Sentences written for
// this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a neutral venue is talks, a neutral status alliance', [
  { body: 'Armenia has proposed a meeting in a neutral country, with Georgia and Switzerland among the venues mentioned.', want: ['ARM PROPOSE talks []'] },
  { body: 'Baku proposed holding the talks on neutral ground.', want: ['AZE PROPOSE talks []'] },
  { body: 'Moldova offered to become a neutral country.', want: ['MDA OFFER alliance []'] },
  { body: 'Serbia demanded that Kosovo remain a neutral state.', want: ['SRB DEMAND alliance []'] },
]);
