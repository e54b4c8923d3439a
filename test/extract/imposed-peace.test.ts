// A peace or a settlement imposed or dictated from outside is the format of the talks (issues.json talks frame: a noun
// of the settlement near a word of imposing): refusing it is a stance on talks. Peace alone names no issue.
// Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('an imposed peace is the talks', [
  { body: 'Spain would not accept "a peace imposed on Armenia", its foreign minister said.', want: ['ESP REJECT talks []'] },
  { body: 'Eritrea will never agree to a dictated peace, its president said.', want: ['ERI REJECT talks []'] },
]);

claimCases('peace alone names no issue', [
  { body: 'Spain would not accept a peace that rewards aggression, its foreign minister said.', want: [] },
]);
