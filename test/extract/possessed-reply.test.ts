// A party that wants another party's bare reply ("wanted Kyiv's answer by Thanksgiving") asks that party to answer
// the plan on the table, as "wanted an answer from Kyiv" does: the possessive party stands for the determiner of the
// reply noun (content/reply-demanded, reply-demanded.ts replyNounEnd; kept by trigger/want-needs-act). A demand on
// the talks, held by the one who wants it. Not denied, not when the
// reply goes on with more than a time, its sender or the plan it answers, not a reply only reported. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases("another party's reply wanted: a demand on the talks", [
  { body: 'Aliyev said he wanted Yerevan\'s answer by Friday.', want: ['AZE DEMAND talks []'] },
  { body: 'The US envoy said Washington wants Belgrade\'s reply within a week.', want: ['USA DEMAND talks []'] },
  { body: 'Abiy Ahmed wanted Asmara\'s formal response before the next round, his spokesman said.', want: ['ETH DEMAND talks []'] },
]);

claimCases("no demand for a denied wish, a reply that goes on, or a reply reported", [
  { body: 'Aliyev said he did not want Yerevan\'s answer.', want: [] },
  { body: 'Vucic said he wanted Pristina\'s answer to be read out in Brussels.', want: [] },
  { body: 'Pashinyan said Baku\'s answer came on Friday.', want: [] },
]);
