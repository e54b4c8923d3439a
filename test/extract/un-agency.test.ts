// The UN's agencies speak as the UN (actors.json): the spec's codes have no code for an agency, and the blind gold
// gives the IAEA chief's proposals to UN. Sentences written for this test, about other plants and places.
import { claimCases } from './helpers.js';

claimCases('the IAEA and its chief are the UN', [
  { body: 'IAEA chief Rafael Grossi proposed a ceasefire around the Metsamor plant in Armenia.', want: ['UN PROPOSE ceasefire []'] },
  { body: 'The UN nuclear watchdog proposed a truce around the reactor at Bushehr.', want: ['UN PROPOSE ceasefire []'] },
  // Inspectors visiting a plant take no stance.
  { body: 'IAEA inspectors visited the Metsamor plant on Tuesday and met its operators.', want: [] },
]);
