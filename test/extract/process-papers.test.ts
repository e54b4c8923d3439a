// The papers each side drafts for the talks (a vision of a future ceasefire, written positions, memoranda): proposing or
// offering to set one out about an issue is about the talks, as agreeing to it is (content/process-talks, rules.json
// 'papers'). Proposing a ceasefire, or to discuss one, keeps the ceasefire. Sentences written for this test, about
// disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('proposing or offering a paper for the talks is about the talks', [
  { body: 'Pashinyan proposed that each side set out its vision of a future ceasefire in writing.', want: ['ARM PROPOSE talks []'] },
  { body: 'Each side, Aliyev said, would now set out its vision of a possible future truce in detail, after which talks would continue.', want: ['AZE PROPOSE talks []'] },
  { body: 'Eritrea offered to put its positions on a border truce in writing before the next round.', want: ['ERI OFFER talks []'] },
]);

claimCases('proposing the ceasefire itself, or to discuss it, keeps the ceasefire', [
  { body: 'Serbia proposed a ceasefire in the north.', want: ['SRB PROPOSE ceasefire []'] },
  { body: 'Armenia proposed to discuss a ceasefire at the next meeting.', want: ['ARM PROPOSE ceasefire []'] },
  { body: 'Israel offered a truce of six weeks.', want: ['ISR OFFER ceasefire []'] },
]);
