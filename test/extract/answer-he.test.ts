// In an interview answer that opens right after a question, a "he" or "she" with no party named before it in the answer
// is the person the question turn named, not the one answering (discourse/answer-he). Sentences written for this test,
// on other disputes.
import { claimCases } from './helpers.js';

claimCases('"he" in the answer is the person the question turn named', [
  { body: 'HOST: Joining us is Secretary of State Antony Blinken.\nBLINKEN: Good morning.\nHOST: On Thursday President Aliyev spoke about the treaty in Baku. What are the conditions?\nBLINKEN: Well, he has been clear about some of them. He wants Armenia to change its constitution.', want: ['AZE DEMAND governance []'] },
  { body: 'HOST: Welcome, President Ruto.\nRUTO: Thank you.\nHOST: Yesterday Prime Minister Abiy Ahmed gave a speech in parliament. What does he want?\nRUTO: He wants Eritrean troops to withdraw from the border areas.', want: ['ETH DEMAND territory []'] },
]);

claimCases('negatives: a person named in the answer is what "he" stands for', [
  { body: 'HOST: Welcome, ambassador.\nAMBASSADOR: Thank you.\nHOST: Yesterday Prime Minister Abiy Ahmed gave a speech in parliament. What happens next?\nAMBASSADOR: President Isaias Afwerki has answered. He wants Ethiopian troops to withdraw from Badme.', want: ['ERI DEMAND territory []'] },
]);
