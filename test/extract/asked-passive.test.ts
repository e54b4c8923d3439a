// An acceptance verb in the passive inside what is asked for ("wants any settlement to be backed by guarantees",
// "called for any force to be backed by American support", "insisted that the guarantees be ratified by Congress")
// is no one's acceptance: the asker demands it (trigger/asked-passive). Sentences written for these tests, on other
// disputes.
import { claimCases } from './helpers.js';

claimCases('a passive acceptance in what is asked for: the asker demands, no one accepts', [
  { body: 'Yerevan wants any peace treaty to be backed by security guarantees from the European Union.', want: ['ARM DEMAND security_guarantees []'] },
  { body: 'Pristina has called for any settlement to be backed by a NATO security guarantee.', want: ['XKX DEMAND security_guarantees []'] },
  { body: 'Armenia insisted that the ceasefire deal be ratified by both parliaments.', want: ['ARM DEMAND ceasefire []'] },
  { body: 'Seoul demanded that any security guarantee be ratified by the US Senate before the talks resume.', want: ['KOR DEMAND security_guarantees []'] },
  { body: 'Baku urged the peace treaty to be endorsed by both parliaments before the end of the year.', want: ['AZE DEMAND talks []'] },
]);

claimCases('a finite passive, a subject\'s own "asked to be", an acceptance that is said: they stay', [
  { body: 'The Turkish plan was backed by Azerbaijan on Monday.', want: ['AZE ACCEPT talks []'] },
  { body: 'Belgrade said the prisoner exchange had been approved by Pristina.', want: ['XKX ACCEPT humanitarian []'] },
  { body: 'Kyiv said the ceasefire plan was endorsed by the European Union.', want: ['EU ACCEPT ceasefire []'] },
]);
