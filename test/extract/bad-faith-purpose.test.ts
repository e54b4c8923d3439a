// A stance whose purpose is said to be bad faith is an accusation, no position of its holder's
// (trigger/bad-faith-purpose): "seeking a pause to regroup", "want a ceasefire only to collect bodies", "proposing
// talks only to gain time". Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a stance with a purpose of bad faith: no claim of the accused', () => {
  assertNone([
    'Yerevan said Azerbaijan was seeking a pause to regroup its forces near Lachin.',
    '"They want a truce only to collect bodies," the Eritrean information minister said of Ethiopia.',
    'An Israeli official said Hamas was proposing talks only to gain time to rearm.',
    'Pristina said Serbia wanted a ceasefire in the north to buy time for its militias.',
  ], /^(AZE|ETH|XKX|SRB|HAMAS|PSE) (DEMAND|PROPOSE|OFFER) /);
});

test('a real purpose, or one set off by a comma or a negation: still a claim', () => {
  assertIncludes([
    ['"We need an unconditional ceasefire, not a pause to collect bodies," the Ethiopian prime minister said.', 'ETH DEMAND ceasefire []'],
    ['Armenia proposed a two-day truce along the border, to collect the bodies of fallen soldiers.', 'ARM PROPOSE ceasefire []'],
    ['Azerbaijan wants a ceasefire to allow aid convoys into Karabakh.', 'AZE DEMAND ceasefire []'],
  ]);
});
