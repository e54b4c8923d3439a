// Which noun carries the issue when the stance's subject or its first noun names it (the issue-vocabulary audit of
// own AK, H, T, X, AJ, Z): limits placed on an army named after a passive verb, weakening an army, the war as the subject of a deontic that ends it, guarantees of peace or for Kyiv, and ground
// troops sent. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, assertNone } from './helpers.js';

/** Some claim of `body` has this actor and issue (the type is another rule family's and may be either of two). */
function hasIssue(cases: ReadonlyArray<readonly [string, string, string]>): void {
  for (const [body, actor, issue] of cases) {
    test(`${actor} ${issue}: ${body}`, () => {
      const got = claimsOf(body).map((c) => `${c.actor} ${c.type} ${c.issue}`);
      assert.ok(got.some((l) => l.startsWith(`${actor} `) && l.endsWith(` ${issue}`)), `${body}\n${got.join('\n')}`);
    });
  }
}

hasIssue([
  // limits, restrictions, caps placed on an army: the noun of limiting first, the army after a passive verb and a possessor
  ["Pashinyan said that no restrictions should be imposed on Armenia's armed forces.", 'ARM', 'military_limits'],
  ['Serbia insisted that no limitations could be placed on its army.', 'SRB', 'military_limits'],
  ["Macron said that no limitations should be placed on Ukraine's armed forces.", 'FRA', 'military_limits'],
  // weakening the army
  ["Baku said any peace treaty must not weaken Azerbaijan's armed forces.", 'AZE', 'military_limits'],
  // the war as the subject of a deontic that ends it
  ['Vucic said that the war has to end.', 'SRB', 'ceasefire'],
  ['Aliyev said the conflict must stop.', 'AZE', 'ceasefire'],
  // guarantees of peace, for Kyiv
  ['Zelensky said: "We must first of all talk about effective guarantees of peace."', 'UKR', 'security_guarantees'],
  ["Lavrov said any guarantees for Kyiv would have to take Russia's own security into account.", 'RUS', 'security_guarantees'],
  // ground troops sent
  ['Yerevan said it would not send ground troops to Nagorno-Karabakh.', 'ARM', 'security_guarantees'],
]);

test('restrictions on trade stay sanctions; an army named in the next clause limits nothing', () => {
  assertNone(['Eritrea said the restrictions on Ethiopian exports should stay, and its army would stay in place.'], ' military_limits');
});

test('the war ending in a purpose or a time clause is no demand of a ceasefire', () => {
  assertNone(['Hamas said talks should continue so that the war ends.'], ' ceasefire');
});
