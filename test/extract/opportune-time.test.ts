// Calling a moment right or open for something suggests it (issue 7, stance constructions: evaluations): "the
// approaching winter might be a good time for Ukraine to consider negotiations, the top US general said" is the
// speaker's proposal of talks. Sentences written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a good time, the right moment or an opportunity for something proposes it', [
  { body: 'The spring might be a good time for Baku to consider negotiations, the French foreign minister said.', want: ['FRA PROPOSE talks []'] },
  { body: 'The Qatari envoy said the lull in the fighting opened an opportunity for negotiations between Israel and Hamas.', want: ['QAT PROPOSE talks []'] },
  { body: 'Turkey\'s foreign minister said the time is right for a ceasefire in Karabakh.', want: ['TUR PROPOSE ceasefire []'] },
]);

claimCases('an opportunity for something that is no issue proposes nothing', [
  { body: 'Analysts said the chaos gave Russia an opportunity for new offensives.', want: [] },
  { body: 'The summit was a good time for the leaders to take a family photo.', want: [] },
]);
