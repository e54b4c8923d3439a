// Terms that will get worse are a warning (candidate/worsened-terms, THREATEN): "the conditions for talks would be
// different next time", "Baku's demands could include more villages", "would only lead to additional demands", "next
// time you may lose more than two districts". Negatives: terms that will not change, a past change, terms set out, terms
// easing. Sentences written for this test, on other disputes.
import { claimCases, assertNone } from './helpers.js';

const threats = (c: { type: string }) => c.type === 'THREATEN';

claimCases('terms that will get worse: a warning', [
  { body: 'Aliyev warned that if Yerevan rejected the offer, the conditions for negotiations would be different next time.', want: ['AZE THREATEN talks []'] },
  { body: 'Vucic said Serbia\'s negotiating position will be revised as a result.', want: ['SRB THREATEN talks []'] },
  { body: 'The Kremlin said attempts by Kyiv to drag out the talks would only lead to additional demands being added to the list.', want: ['RUS THREATEN talks []'] },
  { body: 'An Azerbaijani negotiator said that next time Azerbaijan\'s demands could include more territory.', want: ['AZE THREATEN territory []'] },
  { body: '"Next time you may lose more land," Aliyev told the Armenian delegation.', want: ['AZE THREATEN territory []'] },
], threats);

assertNone([
  'Aliyev said the conditions for negotiations would not change.',
  'The conditions were different in 2020, Aliyev said.',
  'Vucic said Serbia\'s position will be set out in a letter to Brussels.',
  'Kurti said the terms would be softer if Belgrade recognised Kosovo.',
  'Analysts said the talks could lead to a deal by the summer.',
], / THREATEN /);
