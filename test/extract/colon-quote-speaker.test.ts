// A quote opened after 'X said:' and closed on a full stop is X's utterance; a party and a verb of saying after the
// closing mark begin the next sentence and do not take it over (discourse/colon-quote-speaker). Sentences written for
// this test.
import { claimCases } from './helpers.js';

claimCases('the speaker before the colon holds the quote; the next sentence\'s speaker does not', [
  {
    body: 'Kenya\'s William Ruto said: "We are not planning to send Kenyan soldiers to Sudan." Ethiopian Prime Minister Abiy Ahmed said in a statement afterwards that the truce must hold.',
    want: ['KEN REJECT security_guarantees []'],
  },
  {
    body: 'Serbian President Aleksandar Vucic told reporters on Monday: "We will never recognise Kosovo." Kosovo Prime Minister Albin Kurti said Belgrade had to accept reality.',
    want: ['SRB REJECT recognition []'],
  },
], (c) => c.issue === 'security_guarantees' || c.issue === 'recognition');

claimCases('a trailing attribution after a comma still names the speaker', [
  {
    body: 'Officials spoke on Tuesday: "We will never recognise Kosovo," Serbian President Aleksandar Vucic said.',
    want: ['SRB REJECT recognition []'],
  },
], (c) => c.issue === 'recognition');
