// A subject that opens with "no" negates its verb (trigger/negative-subject, spec §2 REJECT): "No Ukrainian
// government will recognise Crimea" refuses recognition as "Ukraine will not recognise Crimea" does; it offers
// nothing. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

const stance = (c: { type: string }) => c.type === 'REJECT' || c.type === 'OFFER' || c.type === 'ACCEPT';

claimCases('a party\'s body or people under "no" refuse what the verb would offer or accept', [
  { body: 'Vucic said no Serbian government will ever recognise Kosovo.', want: ['SRB REJECT recognition []'] },
  { body: 'No Armenian leader can give away land on his own, Pashinyan said.', want: ['ARM REJECT territory []'] },
  { body: 'Nobody in Israel will agree to a ceasefire that leaves Hamas in power, Netanyahu said.', want: ['ISR REJECT ceasefire []'] },
  { body: 'No one in Baku is ready to accept a Russian peacekeeping force, Aliyev said.', want: ['AZE REJECT security_guarantees []'] },
  { body: 'No Kosovo government would ever accept a Serbian peacekeeping force in the north, the foreign ministry said.', want: ['XKX REJECT security_guarantees []'] },
], stance);

claimCases('"no" that is not the subject of a party, or no modal verb after it', [
  // a time phrase, not a subject
  { body: 'No later than Friday, Armenia will agree to a meeting with Aliyev.', want: ['ARM ACCEPT talks []'] },
  // another clause's subject: the offer after "and" is Kyiv's own
  { body: 'No Ukrainian soldier will be left behind, and Kyiv will agree to an exchange of all for all.', want: ['UKR ACCEPT humanitarian []'] },
  // "no" inside the object is the object's (trigger/negative-object), not the subject's
  { body: 'Israel said it would accept no truce that leaves Hamas in power.', want: ['ISR REJECT ceasefire []'] },
], stance);
