// Stances spread over several parties by a signed text. What a signed declaration says its own parties would do is
// their commitment, one claim per party (spec rule 8): "signed a declaration of intent under which Britain and France
// would set up military hubs" is GBR OFFER and FRA OFFER, not the proposal of the group that signed it
// (holder/relative-arrangement 'signing'); a text drafted, floated or proposed stays its authors' proposal. A clause
// joined by ", and" with its own party subject and a verb of its own reports that party's act, out of the reach of a
// document named at the head of the first clause (holder/under-document-coordinated). Sentences written for these
// tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a signed text: the parties it names as acting offer', [
  { body: 'Leaders of the African Union signed a declaration under which Kenya and Rwanda would deploy peacekeepers to Sudan once fighting stops.', want: ['KEN OFFER security_guarantees []', 'RWA OFFER security_guarantees []'] },
  { body: 'Armenia and Azerbaijan signed a declaration under which Armenia would withdraw its border guards from four villages.', want: ['ARM OFFER territory []'] },
  { body: 'Leaders of the Arab League signed a declaration of intent under which Egypt and Jordan would set up military bases in Sudan once fighting stops.', want: ['EGY OFFER security_guarantees []', 'JOR OFFER security_guarantees []'] },
]);

claimCases('a coordinated clause with its own subject is out of the document\'s reach', [
  { body: 'The Arab League issued a declaration on Sudan on Monday. In that declaration the League pledged to send monitors after a truce, and Egypt and Saudi Arabia signed a declaration of intent to train Sudanese troops.', want: ['LAS OFFER security_guarantees []', 'EGY OFFER security_guarantees []', 'SAU OFFER security_guarantees []'] },
]);

test('a drafted or proposed text stays its authors\' proposal; a modal provision stays the plan\'s', () => {
  const drafted = claimsOf('Baku drafted a plan under which Armenia would withdraw its border guards from four villages.').map(label);
  assert.ok(!drafted.some((l) => l.startsWith('ARM ')), drafted.join('\n'));
  const proposed = claimsOf('Egypt proposed a plan under which Israel would withdraw its forces from the Philadelphi corridor.').map(label);
  assert.ok(!proposed.some((l) => l.startsWith('ISR ')), proposed.join('\n'));
  const floated = claimsOf('The EU floated a zone from which Serbian troops would withdraw.').map(label);
  assert.deepEqual(floated, ['EU PROPOSE territory []']);
  const plan = claimsOf('The EU issued a plan on Monday. Under the plan, Serbia would reopen the border crossings, and Kosovo would lift its tariffs on Serbian goods.').map(label);
  assert.deepEqual(plan, ['EU PROPOSE sanctions []']);
});
