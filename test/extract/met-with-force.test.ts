// Threats made by declaring how another party's act will be answered (candidate/met-with-force; issue 7, threats of
// harmful action): "any attack on the islands would be met with force" threatens about the act its subject names.
// A reaction reported ("was met with scepticism") and a welcome are none, and a passive "met with" is no meeting.
// Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('an answer declared beforehand threatens', [
  { body: 'Venezuela\'s defence minister warned that any oil drilling in the disputed waters would be met with force.', want: ['VEN THREATEN territory []'] },
  { body: 'Beijing said any arms sale to Taiwan would be met with countermeasures.', want: ['CHN THREATEN military_limits []'] },
  { body: 'Baku said any such provocation would be met with force.', want: ['AZE THREATEN ceasefire []'] },
  { body: 'Tehran said the seizure of its tankers would not go unanswered.', want: ['IRN THREATEN sanctions []'] },
  { body: 'Pyongyang warned that any new sanctions would be answered with a strong response.', want: ['PRK THREATEN sanctions []'] },
  // A response of arms is about the fighting, also when a quote opens it.
  { body: 'Pristina warned that any Serbian provocation against the border posts would be met with "an immediate military response."', want: ['XKX THREATEN ceasefire []'] },
  { body: 'Eritrea said any incursion near Badme would be met with an armed response.', want: ['ERI THREATEN ceasefire []'] },
]);

claimCases('no answer declared beforehand', [
  { body: 'The Armenian delegation was met with protests in Baku.', want: [] },
  { body: 'The Armenian delegation will be met with a guard of honour in Baku.', want: [] },
  { body: 'Any attack on the islands could be met with force, analysts said.', want: [] },
]);

// "would be answered" with no manner, at the clause's end, is an answer declared beforehand too.
claimCases('an act that would be answered', [
  { body: 'The Chinese foreign ministry said any confiscation of its frozen reserves would be answered.', want: ['CHN THREATEN sanctions []'] },
  // paraphrase: after a judgement, coordinated
  { body: 'Tehran said on Monday that any use of its frozen funds would be theft and would be answered.', want: ['IRN THREATEN sanctions []'] },
  // a reply, not an answer of force
  { body: 'Baku said the Armenian letter would be answered next week.', want: [] },
], (c) => c.type === 'THREATEN');
