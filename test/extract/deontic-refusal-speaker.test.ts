// "Aliyev said Armenia must not join NATO": a deontic refusal ("must not", "should not be") is what its speaker wants
// not to happen, held by the speaker the sentence names, never by the clause's subject or a possessor inside it, and
// no offer of the subject's own (holder/deontic-refusal-speaker; trigger/rule7-own-acquisition leaves it a refusal).
// Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

// (A "must not" whose subject is another party is the speaker's demand on that party since claim/party-must-not,
// as "Baku insisted that Armenia must not join any military alliance" is, demanded-deontic.test.ts; the holder, what
// this test is about, is still the speaker.)
claimCases('a named speaker holds the deontic refusal', [
  { body: 'Aliyev said Armenia must not join NATO.', want: ['AZE DEMAND alliance []'] },
  { body: 'Serbia must not join NATO, Lavrov said.', want: ['RUS DEMAND alliance []'] },
  { body: 'Eritrea has insisted that borders must not be changed by force and that Ethiopia\'s army must not be capped at a level that leaves it unable to defend itself.', want: ['ERI DEMAND territory []', 'ERI REJECT military_limits []'] },
]);

claimCases('negatives: a party refusing its own step still offers it; a deontic modal keeps its own rules', [
  { body: 'Armenia will not join NATO, Pashinyan said.', want: ['ARM OFFER alliance []'] },
  { body: 'Aliyev said Armenia should withdraw its troops from the border.', want: ['AZE DEMAND territory []'] },
]);
