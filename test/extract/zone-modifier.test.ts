// "Demilitarised" as an attribute of a zone names no issue of its own (content/modifier-head): coordinated with the
// zone's own modifier ("a demilitarised or 'free economic' zone") it modifies the same head, and after a comma that
// follows a zone ("a special zone in Syunik, demilitarised and under monitoring") it describes the zone. Alone, or
// after a party or a state rather than a zone, it keeps its issue.
// Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a zone\'s attribute names no issue', [
  { body: 'Washington has floated the idea of a demilitarised or "free economic" zone in the part of the Karabakh region still held by Armenia.', want: ['USA PROPOSE territory []'] },
  { body: 'Armenian officials say they are open to a demilitarized or "free economic" zone along the border.', want: ['ARM OFFER territory []'] },
  { body: 'Washington put forward the idea of a special zone along the Syunik border, demilitarised and under international monitoring, where neither army would be present.', want: ['USA PROPOSE other []'] },
]);

claimCases('alone or after a state it keeps its issue', [
  { body: 'Baku proposed a demilitarised buffer zone along the border.', want: ['AZE PROPOSE military_limits []'] },
  { body: 'Moscow demands a neutral Georgia, demilitarised and without foreign bases.', want: ['RUS DEMAND alliance []', 'RUS DEMAND military_limits []'] },
]);
