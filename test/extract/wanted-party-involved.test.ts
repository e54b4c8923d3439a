// A party's place in the process wanted or needed (trigger/want-needs-act): "wanted Turkey and Qatar involved",
// "any credible process would need Russian participation", "the plan needs Kosovo's consent" ask that the other
// party be part of the talks, a demand on the talks. Sentences written for this test, about disputes other than the
// corpus's.
import test from 'node:test';
import assert from 'node:assert/strict';
import { assertIncludes, assertNone, claimsOf } from './helpers.js';

test('a party wanted involved, included or consulted: DEMAND talks', () => {
  assertIncludes([
    ['Pashinyan said Armenia wanted France and Iran involved.', 'ARM DEMAND talks []'],
    ['Pashinyan said Armenia wanted France, the Gulf states and Iran involved.', 'ARM DEMAND talks []'],
    ['Vucic said Serbia wants Russia consulted.', 'SRB DEMAND talks []'],
    ['Abiy said Ethiopia wanted Kenya and the African Union represented.', 'ETH DEMAND talks []'],
  ]);
});

test('a party\'s participation or consent needed: DEMAND talks', () => {
  assertIncludes([
    ["Qatar's foreign minister said any credible process would need Eritrean participation.", 'QAT DEMAND talks []'],
    ['Kurti said any agreement would need Serbian consent.', 'XKX DEMAND talks []'],
    ["Aliyev said the plan needs Armenia's consent.", 'AZE DEMAND talks []'],
    ['Sudan said any settlement will need the participation of the African Union.', 'SDN DEMAND talks []'],
  ]);
});

test('no party\'s place wanted: still dropped', () => {
  // A party wanted with no act or place ("wanted Iran"), a party's help or aid needed (no place in the process),
  // a participle that describes the party ("France involved in the war").
  assertNone([
    'Pashinyan said Armenia needs French support.',
    'Pashinyan said Armenia needed more American weapons.',
    'Burhan said the army needs Egyptian help.',
    'Pashinyan said the shelling had left Iran involved.',
    'Pashinyan said he did not want France involved.',
  ], ' DEMAND talks');
});

test('a party wanted involved in a thing named after it: that thing decides, not the talks', () => {
  assertNone([
    'Pashinyan said Armenia wants France, Iran and the United States all involved in those arrangements.',
  ], ' DEMAND talks');
  assertIncludes([
    ['Pashinyan said Armenia wants France, Iran and the United States all involved in the peace talks.', 'ARM DEMAND talks []'],
  ]);
});
