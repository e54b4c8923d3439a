// A stance verb after ", as" and a party that closes its clause states that party's stance on the clause before the
// comma (trigger/as-party-stance). Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('", as <party> demanded / insisted / proposed / wants": the clause before the comma is the stance\'s content', () => {
  assertIncludes([
    ['Kyiv would have to withdraw from Donetsk, as Moscow has demanded.', 'RUS DEMAND territory [UA-14]'],
    ['Armenia should recognise Azerbaijan\'s borders, as Baku has long insisted.', 'AZE DEMAND recognition []'],
    ['The next round would be held in Geneva, as Washington proposed last week.', 'USA PROPOSE talks []'],
    ['Serbia would withdraw its police from the north, as Pristina wants.', 'XKX DEMAND territory []'],
    ['Hamas would release all hostages, just as Israel has demanded.', 'ISR DEMAND humanitarian []'],
    ['Pyongyang should dismantle its nuclear weapons, as Seoul has repeatedly demanded.', 'KOR DEMAND military_limits []'],
    ['Sudan\'s army would allow aid convoys into Darfur, as the United Nations has urged.', 'UN DEMAND humanitarian []'],
  ]);
});

test('negatives: "as" of time or cause with an object after the verb, a verb of no stance, "such as"', () => {
  assertNone(['The talks stalled, as Russia demanded guarantees first.'], 'RUS DEMAND talks');
  assertNone(['Ukraine has rejected a ceasefire, as Moscow had predicted.'], 'RUS ');
  assertNone(['The offensive continued, as Kyiv said it would.'], 'UKR ');
  assertNone(['Prices of grain rose, as Moscow has warned.'], 'RUS ');
});
