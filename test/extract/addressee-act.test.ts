// After a demand's addressee ("called on its partners", "urged the EU"), "to strengthen", "to boost", "to help" is
// the act demanded, not a purpose (content/scope purposeStarts, items.ts addresseeOnly); after an object that names
// an issue it stays a purpose. Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('the act demanded of an addressee is the content', () => {
  assertIncludes([
    ['Kosovo called on its partners to strengthen sanctions against Serbia.', 'XKX DEMAND sanctions []'],
    ['Armenia urged the EU to increase sanctions on Azerbaijan.', 'ARM DEMAND sanctions []'],
    // (Sudan's government is a side of its own war, discourse/principal-sides: its call for a truce is a demand; a
    // party other than the two sides would propose it, claim/mediator-proposes.)
    ['Khartoum called on its allies to help restore the ceasefire in Darfur.', 'SDN DEMAND ceasefire []'],
  ]);
});

test('a purpose after an object with an issue is no content', () => {
  // The security aid is offered; the purpose after it ("to help … withstand the attacks") names no ceasefire.
  assertNone(['Armenia pledged to send air defence systems to help Georgia withstand the attacks.'], ' ceasefire ');
});
