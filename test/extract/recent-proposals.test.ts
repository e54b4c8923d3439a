// A plural stance noun as the object of an answer ("accepts these proposals", "welcomed the suggestions") refers back to
// the stance of another party made in the same sentence or the one before: it takes that stance's issues
// (content/anaphoric-object 'recentNouns'). Further back it names whole plans, a stance on talks (spec rule 9).
// Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a plural stance noun answers the stance just made', [
  { body: 'Yerevan proposed a truce on the border and the release of all detainees. Baku accepts these proposals, Aliyev said.', want: ['ARM PROPOSE ceasefire []', 'ARM PROPOSE humanitarian []', 'AZE ACCEPT ceasefire []', 'AZE ACCEPT humanitarian []'] },
  { body: 'Belgrade proposed an exchange of prisoners. Pristina welcomed the suggestions.', want: ['SRB PROPOSE humanitarian []', 'XKX ACCEPT humanitarian []'] },
]);

claimCases('negatives: proposals named further back are whole plans', [
  { body: 'Egypt and Qatar put forward a plan for Gaza in March. Israel and Hamas held talks in Doha in May. In June Netanyahu dismissed the Egyptian proposals as dangerous.', want: ['EGY PROPOSE talks []', 'QAT PROPOSE talks []', 'ISR REJECT talks []', 'EGY PROPOSE talks []'] },
]);
