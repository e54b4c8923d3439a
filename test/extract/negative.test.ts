// Sentences that carry no negotiating position (spec §1 "Not claims"): facts about the war,
// commentators' opinions, scheduling with no stance, absence of a stance, open questions.
// Each line of test/fixtures/negative/sentences.txt is wrapped in a minimal dated article and must
// yield no claim. Lines under the '# known false positives' heading are extractor bugs: they are
// tested with { todo } so they report without failing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/paths.js';
import { claimsOf, label } from './helpers.js';

interface Line { text: string; group: string; knownFalsePositive: boolean }

function readLines(): Line[] {
  const out: Line[] = [];
  let group = '';
  let known = false;
  for (const raw of readFileSync(join(FIXTURES, 'negative', 'sentences.txt'), 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('#')) {
      const heading = line.replace(/^#\s*/, '');
      // A heading is a one-line comment right after a blank line; continuation comments do not reset it.
      if (/^known false positives\b/i.test(heading)) { known = true; group = 'known false positives'; }
      else if (!known && /^[a-z][^.:]*$/.test(heading)) group = heading;
      continue;
    }
    out.push({ text: line, group, knownFalsePositive: known });
  }
  return out;
}

const lines = readLines();

test('the negative file has at least 40 sentences in several groups', () => {
  assert.ok(lines.length >= 40, `only ${lines.length} sentences`);
  const groups = new Set(lines.map((l) => l.group));
  for (const g of ['facts about the war', "commentators' and analysts' opinions", 'scheduling and logistics with no stance', 'absence of a stance', 'questions and uncertainty']) {
    assert.ok(groups.has(g), `group '${g}' missing`);
  }
});

for (const l of lines) {
  const options = l.knownFalsePositive ? { todo: 'extractor finds a claim here (known false positive)' } : {};
  test(`no claim [${l.group}]: ${l.text}`, options, () => {
    const claims = claimsOf(l.text, { published: '2025-08-16' });
    assert.deepEqual(claims.map((c) => `${label(c)} «${c.quote}» ${c.rule}`), []);
  });
}

// A party named as a place after "inside/across/throughout/within" is no subject that could hold a stance
// (roles.json objectMarkers): the call below is the agency's, not Armenia's.
test('a party named as a place holds no stance', () => {
  const body = 'More than 90,000 people have been displaced inside Armenia, the agency said in a statement that also called on the international community to step up its efforts.';
  const cs = claimsOf(body);
  assert.deepEqual(cs.map((c) => label(c)), [], cs.map((c) => `${label(c)} «${c.quote}»`).join('\n'));
});
