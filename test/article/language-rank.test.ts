// language-rank.ts computes franc-min's francAll faster (speed, issue 7): its ranking must be franc's own,
// language by language and score by score, or a detected language could change. Compared here on the
// paragraphs in 10 languages, on every fixture article (whole, and as the 600-character samples that
// language.ts reads), on slices of them, and on edge cases (too short, no letters, one other script).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { francAll } from 'franc-min';
import { FIXTURES } from '../helpers/paths.js';
import { rankLanguages } from '../../src/article/language-rank.js';

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) filesUnder(p, out);
    else if (/\.(txt|md|html|jsonl?)$/.test(name)) out.push(p);
  }
  return out;
}

const samples: string[] = [];
for (const l of readFileSync(join(FIXTURES, 'languages', 'paragraphs.jsonl'), 'utf8').trim().split('\n')) samples.push((JSON.parse(l) as { text: string }).text);
for (const f of filesUnder(FIXTURES)) {
  const text = readFileSync(f, 'utf8');
  samples.push(text.slice(0, 600).trim(), text.slice(0, 3000));
  // Slices of several lengths and starts: other mixes of trigrams, ties, and the 2,048-character cut.
  for (let at = 0; at < Math.min(text.length, 6000); at += 3000) for (const n of [81, 600, 2100]) samples.push(text.slice(at, at + n));
}
samples.push('', 'short', '1234567890 '.repeat(20), '!!! ??? ... '.repeat(10), 'Москва и Киев '.repeat(10), '東京と北京の会談 '.repeat(12),
  'ab', 'The the the the the the the the the the the the the the the the the the the the the the the the the the the.');

test('rankLanguages gives francAll\'s ranking, language by language and score by score', () => {
  assert.ok(samples.length > 300, `${samples.length} samples`);
  for (const s of samples) assert.deepEqual(rankLanguages(s, 80), francAll(s, { minLength: 80 }), JSON.stringify(s.slice(0, 80)));
  // Under 80 characters language.ts asks nothing; franc's own threshold is compared on the short ones.
  for (const s of samples.filter((x) => x.length < 200)) assert.deepEqual(rankLanguages(s, 10), francAll(s, { minLength: 10 }), JSON.stringify(s));
});
