// Penalties told in the passive (candidate/passive-measure, candidate/passive-harm; issue 7, threats of harmful
// action): a sanctions measure announced in the passive is the speaker's threat, and a harm a party "would be hit
// with" is the speaker's threat, never the party's own. With no speaker of another party it is a forecast or a
// complaint. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a penalty in the passive is the speaker\'s threat', [
  { body: 'Britain said sanctions on Belgrade would be tightened further.', want: ['GBR THREATEN sanctions []'] },
  { body: 'New tariffs will be imposed on Eritrean exports, the United States said on Monday.', want: ['USA THREATEN sanctions []'] },
  { body: 'Canada warned that Serbia would be hit with new sanctions.', want: ['CAN THREATEN sanctions []'] },
  { body: 'Azerbaijan would be punished for any new offensive, France said.', want: ['FRA THREATEN sanctions []'] },
  { body: 'Pakistan said India would be struck by its forces at once.', want: ['PAK THREATEN ceasefire []'] },
]);

claimCases('no penalty threatened in the passive', [
  // A forecast: no speaker of another party.
  { body: 'Yerevan, Baku and Tbilisi would be hit hardest by a new closure of the railway, analysts said.', want: [] },
  { body: 'Armenia would be hit hardest by the closure.', want: [] },
  // The subject's own complaint.
  { body: 'Serbia would be punished for defending its people, Vucic said.', want: [] },
  // Relief, not a penalty; and a guess.
  { body: 'Sanctions relief would be introduced in stages, the EU said.', want: [] },
  { body: 'Sanctions on Belgrade could be tightened, analysts said.', want: [] },
  // A deal struck is no blow.
  { body: 'Poland said a deal on Belarus could be struck within weeks.', want: [] },
]);
