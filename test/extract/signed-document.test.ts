// What a party signed decides what its signing says (trigger/signed-document): a declaration stating the signers' own
// acts is their OFFER, an agreement is accepted, anything else signed (a decree, a law, a text with no content, the
// passive, nothing named) is no stance. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a declaration of the signers\' own acts is their offer', [
  { body: 'Italy and Spain signed a declaration of intent in Rome to deploy a peacekeeping force in Kosovo after a ceasefire.', want: ['ITA OFFER security_guarantees []', 'ESP OFFER security_guarantees []'] },
  { body: 'Greece signed a letter under which it would send a peacekeeping force to Cyprus.', want: ['GRC OFFER security_guarantees []'] },
]);

claimCases('an agreement signed is accepted', [
  { body: 'Azerbaijan and Armenia signed the peace agreement in Washington on Friday.', want: ['AZE ACCEPT talks []', 'ARM ACCEPT talks []'] },
  { body: 'Ethiopia signed a ceasefire with Eritrea in Nairobi.', want: ['ETH ACCEPT ceasefire []'] },
]);

claimCases('a signing that states no stance', [
  { body: 'No documents were signed at the meeting in Baku, officials said.', want: [] },
  { body: 'The Serbian president signed a decree on mobilisation on Tuesday.', want: [] },
  { body: 'Armenia signed a declaration in Paris on Friday.', want: [] },
  { body: 'The plan foresees a final text on the ceasefire to be signed by the parties next month.', want: [] },
]);
