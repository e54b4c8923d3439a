// A settlement said not to mean or be a capitulation refuses such terms (candidate/peace-not-surrender): REJECT, the
// talks unless the complement names an issue of its own ("freezing the war" is the ceasefire). Not a peace that cannot
// be reached without a party, nor an affirmative meaning. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('a settlement that must not be a capitulation: REJECT', [
  { body: 'Pashinyan said peace could not mean capitulation.', want: ['ARM REJECT talks []'] },
  { body: 'Kurti said a just peace must not mean Kosovo\'s surrender.', want: ['XKX REJECT talks []'] },
  { body: 'Aliyev said a lasting peace could not be a "dictated peace" imposed from outside.', want: ['AZE REJECT talks []'] },
  { body: 'Abiy Ahmed said peace in Ethiopia cannot mean freezing the war along the current line.', want: ['ETH REJECT ceasefire []'] },
]);

claimCases('no refusal for a peace that needs a party (a demand for its place), an affirmative meaning, or no harm', [
  { body: 'Pashinyan said peace could not be reached without Azerbaijan.', want: ['ARM DEMAND talks []'] },
  { body: 'Kurti said a deal could not be signed before the summer.', want: [] },
  { body: 'The analyst said peace would not mean the end of the dispute.', want: [] },
]);
