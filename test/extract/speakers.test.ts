// Speakers the lexicon does not know must not lend their words to the last party named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

test('a quote by an unknown speaker is not given to the last party named', () => {
  const body = 'The delegation put its framework to Volodymyr Zelensky on Friday.\n"We presented the ten points as a basis for negotiations," Magwenya said.';
  const claims = claimsOf(body);
  assert.ok(!claims.some((c) => c.actor === 'UKR' && c.issue === 'talks'), JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue])));
});

test('"he" after an unknown speaker resolves to nobody, not to an earlier leader', () => {
  const claims = claimsOf('Putin met the envoys on Monday. Vincent Magwenya said he would propose a ceasefire.');
  assert.ok(!claims.some((c) => c.actor === 'RUS'), JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue])));
});

test('a known name after a title is still the speaker ("Mr Zelensky said")', () => {
  const claims = claimsOf('In a video address on Friday, Mr Zelensky said talks were possible only if Russia restored Ukraine\'s territorial integrity.');
  assert.ok(claims.some((c) => c.actor === 'UKR'), JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue])));
});

test('in a quote, "we" is not the party an earlier "they" stood for (and "they" not the speaker\'s "we")', () => {
  // Two paragraphs of answers with no speaker named: "they" is Baku's side, "we" the other.
  const body = 'What did Azerbaijan put on the table in Geneva?\n\n"They proposed a pause of three days on the border. We asked for a full and unconditional ceasefire of 60 days."';
  const claims = claimsOf(body);
  const got = JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue]));
  assert.ok(claims.some((c) => c.actor === 'AZE' && c.type === 'PROPOSE'), got);
  // (Before: "We" took Azerbaijan too, and its merged call hid the second claim's evidence under Baku's.)
  assert.equal(claims.filter((c) => c.actor === 'AZE').length, 1, got);
  assert.ok(claims.every((c) => c.actor !== 'AZE' || !c.evidence?.some((e) => e.quote.includes('asked for'))), got);
});

test('an answer\'s "they" is the party the question asked about; its "we" is neither that party nor "both sides"', () => {
  const body = 'Was anything on offer from Belgrade?\n\n"They proposed a pause of two days so that both sides can collect the wounded. We said that is not a ceasefire. We asked for a full ceasefire of 30 days. They refused."';
  const claims = claimsOf(body);
  const got = JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue]));
  assert.ok(claims.some((c) => c.actor === 'SRB' && c.type === 'PROPOSE' && c.issue === 'ceasefire'), got);
  // (Before: "They" found no one, and "We" took "both sides": a Russian and a Ukrainian demand.)
  assert.ok(!claims.some((c) => c.type === 'DEMAND'), got);
});
