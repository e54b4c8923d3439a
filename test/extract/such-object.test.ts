// A stance on "such" and a noun that names no issue refers back to the stance reported just before it
// (content/such-object). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('"such" and a noun take the issue of the stance reported just before', [
  { body: 'Kyiv wants Western security guarantees after the war. Witkoff said Washington was prepared to provide such protection.', want: ['UKR DEMAND security_guarantees []', 'USA OFFER security_guarantees []'] },
  { body: 'Baku proposed direct talks between the two leaders. Yerevan said it had no objection to such contacts.', want: ['AZE PROPOSE talks []', 'ARM ACCEPT talks []'] },
  { body: 'Serbia has asked for a demilitarised zone along the boundary. Pristina rejected such an arrangement.', want: ['SRB DEMAND military_limits []', 'XKX REJECT military_limits []'] },
  { body: 'Seoul offered to lift sanctions on the North. A week later, Pyongyang said it would welcome such a step, and that it was ready to respond in kind.', want: ['KOR OFFER sanctions []', 'PRK ACCEPT sanctions []'] },
  // (Two sentences in between, and the paragraph changes.)
  { body: 'Armenia has demanded the release of its prisoners of war. Talks stalled in April. Both sides blamed each other.\n\nAzerbaijan said on Monday it would not agree to such a step.', want: ['ARM DEMAND humanitarian []', 'AZE REJECT humanitarian []'] },
]);

claimCases('"such" that refers back to no stance, or opens a list, names no issue', [
  // (A fact before it, no stance: what is refused is the behaviour, not an issue.)
  { body: 'Serbian drones crossed the boundary again on Sunday. Pristina said it would never accept such behaviour.', want: [] },
  // ("such as" opens a list of its own.)
  { body: 'Yerevan said it was ready to discuss matters such as transport links.', want: ['ARM OFFER talks []'] },
  // (The stance is too far back to be what "such" stands for.)
  { body: 'Seoul offered to lift sanctions on the North. The talks ended without a date. The delegations left. The border stayed closed. Pyongyang said later it would welcome such a step.', want: ['KOR OFFER sanctions []'] },
]);
