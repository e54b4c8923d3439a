// A predicate stance's subject starts past a "that" coordinated by "and"/"but" when that clause names an issue of its
// own (content/coordinated-that-subject, coordinated-that-subject.ts): the clause before it is another statement (a
// meeting called useful is no refusal of the talks). A clause with only a pronoun judges what the first one named.
// Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the first that-clause is no part of what the predicate judges', [
  { body: 'Aliyev told reporters that the meeting in Brussels had been useful and that the deployment of foreign peacekeepers in Karabakh was unacceptable.', want: ['AZE REJECT security_guarantees []'] },
  { body: 'Vucic said that the talks had been very productive and that the recognition of Kosovo was not up for discussion.', want: ['SRB REJECT recognition []'] },
  { body: 'The Eritrean minister said the discussions had been frank, but that any withdrawal from Badme was out of the question.', want: ['ERI REJECT territory []'] },
]);

claimCases('a pronoun in the second clause still reaches the first', [
  { body: 'Pashinyan said that a ceasefire along the border was not on the agenda, and that demanding it now would be unacceptable.', want: ['ARM REJECT ceasefire []'] },
]);
