// content/judged-debate: a debate or discussion judged ("called the debate premature") refuses what is debated, the
// stances before it in its own sentence first. content/judged-demands-package: demands that a predicate of refusal
// judges, held by whoever judges them (holder/judged-demands), are a judged package: the demands they refer back to,
// else the talks (spec rule 9). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a judged debate refuses what the sentence before it in its own clause offers (content/judged-debate)', [
  { body: 'Britain\'s prime minister said London was ready to send troops to Armenia as part of a peacekeeping force, but German Chancellor Olaf Scholz called the debate "highly inappropriate".', want: ['DEU REJECT security_guarantees []'] },
  { body: 'Paris said it was ready to deploy monitors along the Serbia-Kosovo boundary, while Berlin called the debate premature.', want: ['DEU REJECT security_guarantees []'] },
  { body: 'Paris said it was ready to deploy monitors along the Serbia-Kosovo boundary. Berlin called the debate premature.', want: ['DEU REJECT security_guarantees []'] },
  { body: 'Egypt said it was ready to send peacekeepers to Sudan after a ceasefire, but Ethiopia called the discussion "premature".', want: ['ETH REJECT security_guarantees []'] },
], (c) => c.type === 'REJECT');

claimCases('judged demands are a package of the demands before them, else the talks (content/judged-demands-package)', [
  { body: 'Eritrea demanded that Ethiopia withdraw its troops from Badme and amend its constitution.\n\nThe talks in Jeddah ended on Monday.\n\nEthiopia\'s foreign minister told reporters that Asmara was setting "unrealistic" conditions.', want: ['ETH REJECT talks []'] },
  { body: 'Baku demanded that Armenia withdraw its troops from the border villages. Armenia\'s foreign minister told reporters that Azerbaijan was setting "unrealistic" conditions.', want: ['ARM REJECT territory []'] },
  { body: 'The talks in Geneva ended on Friday.\n\nThe mediators met again on Saturday.\n\nThe delegations left on Sunday.\n\nSerbia\'s foreign minister said Pristina kept putting forward "unrealistic" conditions.', want: ['SRB REJECT talks []'] },
], (c) => c.type === 'REJECT');

claimCases('no judged package: the demands\' own maker, or a headline with nothing judged yet', [
  // the maker is no judge of its own demands
  { body: 'Baku demanded that Armenia withdraw its troops from the border villages. Armenia, he said, was putting forward "unrealistic" conditions.', want: [] },
  // a lede judging demands the story describes only later
  { body: 'Yerevan says Baku brought "unacceptable" demands to Geneva.', want: [] },
], (c) => c.type === 'REJECT' && (c.actor === 'ARM' || c.issue === 'talks'));

claimCases('with none in its own sentence, a debate is about the latest sentence\'s stances, not all within reach (content/judged-debate)', [
  { body: 'Kenya said it would not attend the talks in Jeddah. Paris said it was ready to deploy peacekeepers to Sudan after a ceasefire. Berlin called the debate premature.', want: ['DEU REJECT security_guarantees []'] },
  { body: 'Georgia said it would not take part in the talks in Geneva. Britain said it was ready to send troops to Armenia as part of a peacekeeping force. Olaf Scholz called the debate "highly inappropriate".', want: ['DEU REJECT security_guarantees []'] },
], (c) => c.actor === 'DEU');
