// A definite role ("the President") refers to the last mention carrying its word unless a person of another party
// whose office in the lexicon has the role is named after it without the title: the nearer holder is meant
// (discourse/later-office-holder). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a later, untitled holder of the office is "the President"', [
  {
    body: 'The head of state spoke in Ankara on Thursday after talks with the President of Azerbaijan Ilham Aliyev. "We support the idea," said Recep Tayyip Erdogan. Armenian troops, as the President explained, must withdraw from the border villages first.',
    want: ['TUR DEMAND territory []'],
  },
  {
    body: 'Turkish President Recep Tayyip Erdogan met Ilham Aliyev in Ankara on Thursday. Armenian troops, as the President explained, must withdraw from the border villages first.',
    want: ['TUR DEMAND territory []'],
  },
], (c) => c.issue === 'territory');

claimCases('with no later holder of another party, or one only named as an object, the carrier stays', [
  {
    body: 'The President of Azerbaijan Ilham Aliyev spoke in Baku on Thursday. "We want peace," he said. Armenian troops, as the President explained, must withdraw from the border villages first.',
    want: ['AZE DEMAND territory []'],
  },
  {
    body: 'Turkish President Recep Tayyip Erdogan spoke in Ankara on Thursday after a call with Aliyev. Armenian troops, as the President explained, must withdraw from the border villages first.',
    want: ['TUR DEMAND territory []'],
  },
  {
    body: 'Turkish President Recep Tayyip Erdogan met Ilham Aliyev in Ankara on Thursday. Armenian troops, as the President explained, must withdraw from the border villages first.',
    want: ['TUR DEMAND territory []'],
  },
], (c) => c.issue === 'territory');
