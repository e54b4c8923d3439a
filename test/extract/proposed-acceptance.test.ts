// A proposal to agree proposes what is to be agreed (trigger/proposed-acceptance, issue 7: nominal stances): "the
// United States' proposal to agree to a 30-day ceasefire" is the US proposing a truce, not accepting one. An
// acceptance after an offer or a readiness still accepts. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a proposal to agree proposes', [
  { body: 'Ukraine backed the United States\' proposal to agree to a 30-day ceasefire with Russia.', want: ['UKR ACCEPT ceasefire []', 'USA PROPOSE ceasefire []'] },
  { body: 'The Egyptian proposal to agree on a prisoner swap was welcomed by Israel.', want: ['EGY PROPOSE humanitarian []', 'ISR ACCEPT humanitarian []'] },
  { body: 'Washington proposed to agree on a 30-day ceasefire.', want: ['USA PROPOSE ceasefire []'] },
  // (EU membership talks are issue other: discourse/eu-membership.)
  { body: 'Brussels proposed to agree on a timetable for Kosovo\'s membership talks.', want: ['EU PROPOSE other []'] },
  { body: 'Seoul has proposed to agree on a reunion of separated families.', want: ['KOR PROPOSE humanitarian []'] },
]);

claimCases('an acceptance after an offer or a readiness still accepts', [
  { body: 'Kyiv is ready to accept the Turkish proposal.', want: ['UKR ACCEPT talks []', 'TUR PROPOSE talks []'] },
  { body: 'Armenia agreed to accept the Russian peacekeepers.', want: ['ARM ACCEPT security_guarantees []'] },
]);
