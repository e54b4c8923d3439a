// Golden articles: whole articles written for these tests (test/fixtures/golden/*.txt, *.html) and
// the claims the extractor produced for them when they were last reviewed (*.claims.json, written by
// `node scripts/update-golden.mjs` after `npm run build`). A change in extractor output fails here
// and shows as a reviewable diff of the .claims.json files once the script is re-run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/paths.js';
import { readArticleString } from '../../src/article/index.js';
import { extract } from '../../src/extract/index.js';
import type { Claim } from '../../src/extract/types.js';

const DIR = join(FIXTURES, 'golden');
/** Must match VOLATILE in scripts/update-golden.mjs. */
const VOLATILE = new Set(['mentions']);
const strip = (c: Claim) => Object.fromEntries(Object.entries(c).filter(([k]) => !VOLATILE.has(k)));
const files = readdirSync(DIR).filter((f) => /\.(txt|html?)$/.test(f)).sort();

function claimsOf(file: string): Claim[] {
  const [r] = readArticleString(readFileSync(join(DIR, file)), { source: file });
  assert.ok(r.article, `${file}: ${r.problems.map((p) => p.message).join('; ')}`);
  assert.deepEqual(r.problems.filter((p) => p.fatal), []);
  return extract(r.article, {});
}

test('there are 6–8 golden articles of 200–600 words, one of them HTML, each with its claims file', () => {
  assert.ok(files.length >= 6 && files.length <= 8, `${files.length} articles`);
  assert.ok(files.some((f) => f.endsWith('.html')));
  for (const f of files) {
    const words = readFileSync(join(DIR, f), 'utf8').replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 200 && words <= 650, `${f}: ${words} words`);
    assert.ok(existsSync(join(DIR, f.replace(/\.[^.]+$/, '.claims.json'))), `${f}: no .claims.json (run node scripts/update-golden.mjs)`);
  }
});

for (const file of files) {
  test(`golden: ${file}`, () => {
    const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.[^.]+$/, '.claims.json')), 'utf8'));
    const got = claimsOf(file).map(strip);
    // Compare a one-line summary first so a failure reads as a short diff, then the full records.
    const summary = (c: Record<string, unknown>) => {
      const x = c as unknown as Claim;
      return `${x.id} ${x.actor} ${x.type} ${x.issue} [${x.regions.join(',')}] «${x.quote}»`;
    };
    assert.deepEqual(got.map(summary), expected.map(summary), `${file}: claims changed; if intended, run 'npm run build && node scripts/update-golden.mjs' and review the diff`);
    assert.deepEqual(JSON.parse(JSON.stringify(got)), expected);
  });
}

test('golden claims are well formed: quotes slice the body at their spans, ids are unique, conditions point inside the article', () => {
  for (const file of files) {
    const [r] = readArticleString(readFileSync(join(DIR, file)), { source: file });
    const article = r.article!;
    const claims = extract(article, {});
    const ids = new Set(claims.map((c) => c.id));
    assert.equal(ids.size, claims.length, `${file}: duplicate ids`);
    for (const c of claims) {
      assert.equal(article.body.slice(c.span[0], c.span[1]), c.quote, `${file} ${c.id}: span`);
      assert.equal(c.doc, file.replace(/\.[^.]+$/, ''));
      for (const id of c.conditions) assert.ok(ids.has(id) && id !== c.id, `${file} ${c.id}: condition ${id}`);
      assert.ok(c.source.outlet, `${file} ${c.id}: no outlet`);
    }
  }
});

test('the HTML golden page is read from its <article>, without navigation, scripts or footer', () => {
  const html = files.find((f) => f.endsWith('.html'))!;
  const [r] = readArticleString(readFileSync(join(DIR, html)), { source: html });
  const body = r.article!.body;
  assert.match(body, /US and Ukrainian negotiators agreed on Sunday/);
  assert.doesNotMatch(body, /window\.tracking|All rights reserved|Oil prices fall/);
  assert.equal(r.article!.meta.published, '2025-11-24');
  assert.equal(r.article!.meta.outlet, 'Bloomberg');
});
