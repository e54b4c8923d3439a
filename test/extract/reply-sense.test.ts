// A verb of replying ("respond") answers as often as it retaliates (trigger/harmful-act replyVerbs): "they are
// studying the memorandum and will respond" is a reply, no threat; "will respond to any attack", "would respond
// firmly", "warned that Kosovo would respond", "if Serbia attacks, Kosovo will respond" retaliate. Sentences written
// for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a reply is no threat', [
  { body: 'Azerbaijan received the Armenian draft on Monday. "We are studying it and will respond," the foreign minister said.', want: [] },
  { body: 'Serbia said it would respond to the Kosovo proposal next week.', want: [] },
  { body: 'Israel will respond to the Egyptian text within days, a spokesman said.', want: [] },
  { body: 'The North Korean side is expected to respond through the liaison office.', want: [] },
]);

claimCases('a retaliation is a threat', [
  { body: 'Ethiopia said it would respond to any attack on its border posts.', want: ['ETH THREATEN ceasefire []'] },
  { body: 'Pyongyang said it would respond militarily to the drills.', want: ['PRK THREATEN ceasefire []'] },
  { body: 'Azerbaijan warned that it would respond.', want: ['AZE THREATEN ceasefire []'] },
  { body: 'Israel will respond with force, the army said.', want: ['ISR THREATEN ceasefire []'] },
]);

// (A condition makes the reply a retaliation; what the condition itself yields is claim/if-condition's.)
claimCases('a reply under a condition is a threat', [
  { body: 'If Serbia attacks the northern villages, Kosovo will respond, Kurti said.', want: ['XKX THREATEN ceasefire []'] },
  { body: 'Azerbaijan will respond if Armenia resumes its shelling, a spokesman said.', want: ['AZE THREATEN ceasefire []'] },
], (c) => c.type === 'THREATEN');
