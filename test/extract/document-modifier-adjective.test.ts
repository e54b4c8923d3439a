// A party adjective read with its document noun as one mention ("the European plan", "the Saudi draft") names the
// document's author; a predicate joined after "but" or "and" shares the speaker's subject (holder/document-modifier).
// Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('the adjective of a document is no subject of the predicate joined after it', [
  {
    body: 'Serbian President Aleksandar Vucic said the European plan "could be a starting point" but insisted that Kosovo must withdraw its special police from the north.',
    want: ['SRB DEMAND territory []'],
  },
  {
    body: 'Eritrean President Isaias Afwerki said the Ethiopian draft was "unacceptable" and warned that Eritrea would not take part in any talks in Addis Ababa.',
    want: ['ERI REJECT talks []'],
  },
], (c) => c.type === 'DEMAND' || (c.type === 'REJECT' && c.issue === 'talks'));

claimCases('a document phrase that is its own clause\'s subject still holds its verb', [
  {
    body: 'The Qatari proposal calls for a six-week truce in Gaza and the release of all hostages.',
    want: ['QAT PROPOSE ceasefire []', 'QAT PROPOSE humanitarian []'],
  },
], (c) => c.actor === 'QAT');
