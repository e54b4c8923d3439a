// A right to defend oneself that a side will or would have is a warning of force (candidate/self-defence-right,
// THREATEN ceasefire). Negatives: the present "has the right to defend itself" (a principle), a negated modal, and a
// right to something else. Sentences written for this test, on other disputes.
import { claimCases, assertNone } from './helpers.js';

claimCases('will/would have the right to self-defence: a threat of force', [
  { body: 'In that case, Armenia will have the full right to self-defence, Pashinyan said.', want: ['ARM THREATEN ceasefire []'] },
  { body: 'Eritrea said that it would then have "every right to self-defence".', want: ['ERI THREATEN ceasefire []'] },
  { body: 'Vucic said Serbia would have the right to respond with force.', want: ['SRB THREATEN ceasefire []'] },
]);

assertNone([
  'Biden said Israel has the right to defend itself.',
  'Aliyev said Armenia would not have the right to respond.',
  'Kurti said Kosovo will have the right to apply for membership of the Council of Europe.',
], / THREATEN /);
