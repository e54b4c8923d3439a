// The issue of a claim is the object of its stance (spec §1), not a word of the next statement. A that-clause
// coordinated after a comma with a stance noun whose own complement is no that-clause ("backed the EU proposal for a
// new round, and that questions of territory could only be discussed with Serbia at the table") is another
// complement of the verb of saying: the noun's content ends before it, and the stance inside it (a demand about the
// format of the talks) is the speaker's own (content/noun-coordinated-that). Found on own set AN (an08: "supported
// Trump's proposal for a three-way meeting with Putin, and that issues such as territory could be discussed only at
// the level of leaders" was read as an acceptance and a proposal of territory). Sentences written for this test, on
// other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertIncludes, assertNone, claimsOf, label } from './helpers.js';

const SRB = 'Vucic said he backed the EU proposal for a new round in Brussels, and that questions of territory could only be discussed with Serbia at the table.';
const ERI = 'Eritrea said it welcomed the Kenyan proposal for a summit in Nairobi, and that the border could be discussed only at the level of leaders.';
const ARM = 'Pashinyan said he supported the Iranian proposal for talks in Tehran, and that the enclaves could be discussed only with Armenia at the table.';

test('a noun stance\'s content ends before a coordinated that-clause', () => {
  assertIncludes([
    [SRB, 'SRB ACCEPT talks []'],
    [SRB, 'EU PROPOSE talks []'],
    [ERI, 'ERI ACCEPT talks []'],
    [ARM, 'ARM ACCEPT talks []'],
  ]);
  // (What the second clause names is no part of the proposal, nor of its acceptance.)
  assertNone([SRB], ' territory ');
  assertNone([ERI], ' territory ');
  assertNone([ARM], ' territory ');
});

test('the coordinated clause is the speaker\'s own stance on the format of the talks', () => {
  // (Its type is another family's question: the place at the table is asked, a demand, or read as a proposal.)
  for (const body of [SRB, ARM]) {
    const got = claimsOf(body).map(label);
    assert.ok(got.some((l) => / (DEMAND|PROPOSE) talks/.test(l) && (l.startsWith('SRB') || l.startsWith('ARM'))), got.join('; '));
  }
});

test('a noun\'s own that-clause and a verb\'s coordinated complements are unchanged', () => {
  assertIncludes([
    // (A verb's object followed by a coordinated that-clause: both clauses are still read.)
    ['Kurti said Kosovo would never accept partition, and that Serbian police must leave the north.', 'XKX REJECT territory []'],
    ['Kurti said Kosovo would never accept partition, and that Serbian police must leave the north.', 'XKX DEMAND territory []'],
    // (A noun whose complement is a that-clause keeps it.)
    ['Baku repeated its demand that Armenian troops withdraw from the enclaves.', 'AZE DEMAND territory []'],
  ]);
});

test('a noun whose cue takes its own that-clause keeps the coordinated ones', () => {
  const body = 'An official said the Azerbaijani leader had repeated his demands that Armenia recognize Karabakh as Azerbaijani territory, and that Yerevan renounce any intention to join the CSTO.';
  const got = claimsOf(body).map(label);
  assert.ok(got.length >= 1 && !got.some((l) => l.startsWith('ARM ')), got.join('; '));
});
