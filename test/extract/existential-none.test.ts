// "there should be no limits on its army", "there must be no foreign troops in the corridor": a deontic that says
// there be none of a thing refuses that thing on the speaker's word (trigger/existential-none), no demand (nor, for a
// mediator, a proposal) of it. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"there should/must be no …": a refusal of what follows "no", held by the speaker', () => {
  assertIncludes([
    ['Armenia\'s foreign minister said there must be no foreign troops in the Lachin corridor.', 'ARM REJECT security_guarantees []'],
    ['Serbia\'s president said on Friday that there should be no recognition of Kosovo\'s independence.', 'SRB REJECT recognition []'],
    ['"There should be no ceasefire until every hostage is home," Netanyahu said.', 'ISR REJECT ceasefire []'],
    ['In a joint statement, the leaders of Kenya and Uganda said that there should be "no limitations" on Somalia\'s armed forces.', 'KEN REJECT military_limits []'],
    ['Eritrea\'s foreign minister said there must be no easing of sanctions on Ethiopia.', 'ERI REJECT sanctions []'],
  ]);
});

test('no existential "there", a judgement after "no", or no "no": no refusal', () => {
  assertNone([
    'Armenia\'s foreign minister said there should be no doubt that the corridor talks will resume.',
    'Aliyev said the Armenian army should be no larger than it was in 2020.',
    'The IAEA chief said there should be no attack of any kind on the dam.',
  ], /REJECT/);
  assertNone([
    'Armenia\'s foreign minister said there must be foreign monitors in the Lachin corridor.',
  ], /^ARM REJECT/);
});
