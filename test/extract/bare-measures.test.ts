// A bare noun of a measure as a stance's object ("opposed a total ban", "sought exemptions", "could accept an
// extension") is the measure another party's last stance is about (content/anaphoric-object 'bareNouns', issue 7
// recall: issue gate). Not when the noun names its own object ("a ban on opposition rallies"), nor with no earlier
// stance to refer to. Sentences written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a bare measure takes the issue of the stance it answers', [
  { body: 'Brussels proposed an embargo on Iranian oil. Greece and Cyprus sought exemptions.', want: ['EU PROPOSE sanctions []', 'GRC DEMAND sanctions []', 'CYP DEMAND sanctions []'] },
  { body: 'Washington offered Tehran sanctions relief for a nuclear freeze. Iran said it could accept an extension.', want: ['USA OFFER sanctions []', 'IRN ACCEPT sanctions []'] },
  // (The ban names its own object: a stance on something else.)
  { body: 'The EU imposed sanctions on Belarus. Lithuania opposed a ban on opposition rallies.', want: ['LTU REJECT other []'] },
  // (Nothing before it to refer to.)
  { body: 'Hungary opposed a total ban.', want: [] },
]);
