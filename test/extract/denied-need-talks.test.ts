// trigger/want-needs-act: a need of the talks or of a go-between denied ("did not need mediators", "does not need
// talks with Baku") refuses that format, REJECT talks; an affirmed need of them asks nothing of anyone.
// Sentences written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a denied need of mediators or talks refuses them', [
  { body: 'Pashinyan said Armenia did not need mediators between itself and Azerbaijan.', want: ['ARM REJECT talks []'] },
  { body: 'Kurti said Kosovo does not need talks with Belgrade.', want: ['XKX REJECT talks []'] },
]);

claimCases('an affirmed need of talks is no stance', [
  { body: 'Pashinyan said Armenia needed mediators to help.', want: [] },
  { body: 'Kurti said everyone needs talks.', want: [] },
]);
