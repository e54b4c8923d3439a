// A negated modal of accepting or signing in a relative clause, with no object of its own, refuses the noun the
// clause describes (content/relative-refusal): 'calls the document "an ultimatum" that Kyiv will not sign' refuses the
// text, a stance on talks (spec rule 9), not the last stance of another party. A proposal just made by another party
// in the same sentence is still answered on its own issue. Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a relative clause of refusal refuses the noun it describes', [
  { body: 'Baku proposed a truce on the border. Pashinyan called the Azerbaijani draft "an ultimatum" that Armenia will not sign.', want: ['AZE PROPOSE ceasefire []', 'ARM REJECT talks []'] },
  { body: 'Seoul agreed to a freeze of drills. Kim described the American draft as a plan that North Korea would not sign.', want: ['KOR ACCEPT ceasefire []', 'PRK REJECT talks []'] },
  { body: 'Moscow handed over a memorandum which Kyiv will not sign.', want: ['UKR REJECT talks []'] },
]);

claimCases('negatives: a proposal named in the same sentence keeps its issue', [
  { body: 'Zelensky argued for a 30-day truce, in line with a U.S. proposal Ukraine had previously accepted.', want: ['UKR PROPOSE ceasefire []', 'USA PROPOSE ceasefire []', 'UKR ACCEPT ceasefire []'] },
]);
