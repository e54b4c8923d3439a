// A warning whose content is a party's armed forces and a harmful step threatens it (trigger/warning-is-threat:
// "Azerbaijani troops" are the party acting, not a thing), and forces that would take land named by a territory
// term threaten it (harm.ts: "would take more territory", as "would take Lachin"), also when the warning is
// inserted after a condition ("If Yerevan refused, he warned, Azerbaijani forces would …"). Forces with no harmful
// step forecast. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('forces and a harmful step in a warning', [
  { body: 'Aliyev warned that Azerbaijani troops would seize more land.', want: ['AZE THREATEN territory []'] },
  { body: 'Aliyev warned that Azerbaijani forces would take more territory.', want: ['AZE THREATEN territory []'] },
  { body: 'If Yerevan refused, Aliyev warned, Azerbaijani forces would take more territory.', want: ['AZE THREATEN territory []'] },
]);

claimCases('forces with no harmful step, or taking part, threaten nothing', [
  { body: 'A NATO general warned that Russian forces would run out of shells by the summer.', want: [] },
  { body: 'Vucic said Serbian forces would take part in the exercise in Hungary.', want: [] },
]);
