// A party inside a fronted participle's phrase is not its sentence's subject: a pronoun referring back to the subject
// skips it (discourse/fronted-participle). Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('"we" and "he" in the next sentences are the speaker\'s, not the party the fronted phrase names', [
  { body: 'Speaking in Brussels alongside EU foreign policy chief Kaja Kallas, Pashinyan said he was unhappy with Baku.\n"I am disappointed in Aliyev. So we will not sign the treaty this year," he said.', want: ['ARM REJECT talks []'] },
  { body: 'Standing next to Egyptian President Abdel Fattah al-Sisi, Netanyahu said he was ready to talk.\n"We will not withdraw from the Philadelphi corridor," he said.', want: ['ISR OFFER talks []', 'ISR REJECT ceasefire []'] },
  { body: 'During a visit to Ankara with Turkish Foreign Minister Hakan Fidan, Lavrov spoke to reporters.\nHe said Moscow would never accept Western peacekeepers in Ukraine.', want: ['RUS REJECT security_guarantees []'] },
]);

claimCases('negatives: a subject that heads its sentence stays the subject, even a name ending in -ing', [
  { body: 'Beijing, the foreign ministry said, wants a ceasefire in Ukraine. "We will send an envoy to Kyiv," it said.', want: ['CHN DEMAND ceasefire []', 'CHN OFFER talks []'] },
  { body: 'Speaking to reporters, Erdogan said Turkey was ready to host talks.\n"We can host them in Istanbul," he said.', want: ['TUR OFFER talks []'] },
]);

claimCases('negative: "According to X," credits the subject a pronoun refers back to', [
  { body: 'According to Kremlin spokesman Dmitry Peskov, the Geneva meeting was a failure. Such meetings cannot serve as a basis for peace, he stressed.', want: ['RUS REJECT talks []'] },
]);
