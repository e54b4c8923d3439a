// An agreement or deal reached, struck, clinched or sealed "to" do something or "on" something is agreement to it
// (cue 'agree', cues.json); one worked towards ("working to reach a deal on", "trying to agree on") is not
// (trigger/sought-agreement). Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('agreement reached', [
  { body: 'Armenia and Azerbaijan reached an agreement on the exchange of prisoners.', want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
  { body: 'The US said both countries had reached separate agreements to cease hostilities in the Black Sea.', want: ['RUS ACCEPT ceasefire []', 'UKR ACCEPT ceasefire []'] },
  { body: 'Witkoff said the delegations reached an agreement whereby Russia and Ukraine will each release 157 prisoners.', want: ['RUS ACCEPT humanitarian []', 'UKR ACCEPT humanitarian []'] },
  { body: 'Israel and Lebanon struck a deal to halt hostilities along the border.', want: ['ISR ACCEPT ceasefire []', 'LBN ACCEPT ceasefire []'] },
  { body: 'Sudan and South Sudan clinched a deal on the release of detainees.', want: ['SDN ACCEPT humanitarian []', 'SSD ACCEPT humanitarian []'] },
  // Negatives: an agreement sought, hoped for, not reached.
  { body: 'Armenia and Azerbaijan are working to reach an agreement to cease hostilities.', want: [] },
  { body: 'Serbia and Kosovo are trying to reach a deal on the exchange of prisoners.', want: [] },
  { body: 'Israel and Lebanon hope to strike a deal on the release of detainees this year.', want: [] },
  { body: 'Armenia and Azerbaijan have not yet reached an agreement on the exchange of prisoners.', want: [] },
]);
