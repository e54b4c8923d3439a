// ", he went on," set off by commas speaks as ", he said," does (holder/went-on-speaker): the deontic of the clause it
// interrupts is the speaker's. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('", X went on," inside the clause: the speaker holds the deontic', () => {
  assertIncludes([
    ['"We are ready to sign," Aliyev said. That was only the first step. A final settlement, he went on, would have to fix Armenia\'s renunciation of its claims to Karabakh.', 'AZE DEMAND recognition []'],
    ['Talks in Brussels were tense on Monday. Serbia, Borrell went on, must recognise Kosovo.', 'EU DEMAND recognition []'],
    ['Talks in Addis Ababa were tense. Any settlement, the Kenyan president went on, would have to include the withdrawal of Eritrean troops from Tigray.', 'KEN DEMAND territory []'],
  ]);
  assertNone(['Talks in Brussels were tense on Monday. Serbia, Borrell went on, must recognise Kosovo.'], /^SRB DEMAND/);
});

test('no speaker set off before "went on": nothing is said', () => {
  assertNone([
    'The fighting went on, and any settlement would have to include the withdrawal of Eritrean troops from Tigray.',
    'The talks went on to discuss whether Armenia must renounce its claims to Karabakh.',
  ], /^(ERI|ETH|ARM|AZE) DEMAND/);
});
