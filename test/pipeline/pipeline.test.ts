import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pipeline } from '../../src/pipeline/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { ROOT } from '../helpers/paths.js';

const EXAMPLES = join(ROOT, 'examples', 'articles');

test('pipeline: reads, extracts, signs, stores and links; a second pass changes nothing', async () => {
  const store = await openSqliteStore(':memory:');
  try {
    const pipeline = await Pipeline.create(store);
    const first = [];
    for await (const r of pipeline.ingest([EXAMPLES])) first.push(r);
    assert.equal(first.length, 3);
    assert.ok(first.every((r) => r.outcome === 'new' && r.id != null && r.claims > 0), JSON.stringify(first));
    const stats = await store.stats();
    assert.equal(stats.articles, 3);
    assert.equal(stats.claims, first.reduce((n, r) => n + r.claims, 0));
    assert.equal(stats.linksStale, true);
    const link = await pipeline.link();
    assert.equal(link.ran, true);
    assert.ok(link.events > 0);
    assert.equal((await store.stats()).linksStale, false);
    // Every stored article has its MinHash signature (the "sign" step).
    assert.ok((await store.linkArticles()).every((a) => a.signature && a.shingles > 0));
    const again = [];
    for await (const r of pipeline.ingest([EXAMPLES])) again.push(r.outcome);
    assert.deepEqual(again, ['unchanged', 'unchanged', 'unchanged']);
    assert.equal((await pipeline.link()).ran, false);
  } finally {
    await store.close();
  }
});

test('pipeline: a bad input is a failed result with its problem, not an exception', async () => {
  const store = await openSqliteStore(':memory:');
  try {
    const pipeline = await Pipeline.create(store);
    const results = [];
    for await (const r of pipeline.ingest([join(EXAMPLES, 'no-such-file.txt')])) results.push(r);
    assert.equal(results.length, 1);
    assert.equal(results[0].outcome, 'failed');
    assert.ok(results[0].problems.some((p) => p.fatal));
    const fromString = pipeline.readString('published: 2025-08-15\n---\nRussia demanded that Ukraine withdraw from Donetsk.\n', 'body-1', 'text');
    const stored = await pipeline.process(fromString[0]);
    assert.equal(stored.outcome, 'new');
    assert.equal((await store.stats()).articles, 1);
  } finally {
    await store.close();
  }
});

// store/ holds storage only: no reading, fetching, extraction, linking or command-line code.
test('store/ imports nothing from the other stages', () => {
  const dir = join(ROOT, 'src', 'store');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.ts')) files.push(join(d, e.name));
    }
  };
  walk(dir);
  assert.ok(files.length > 0);
  for (const f of files) {
    const imports = [...readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports) {
      if (!spec.startsWith('.')) continue;
      const bad = /\.\.\/(article|extract|annotate|link|track|cli|server|pipeline|export)\//.test(spec);
      // Types of articles and claims are the data it stores.
      const typeOnly = /\/types\.js$/.test(spec);
      assert.ok(!bad || typeOnly, `${f} imports ${spec}`);
    }
  }
});

test('pipeline: tells URLs from paths as the fetching stage does, without loading it for files', async () => {
  const { isUrl } = await import('../../src/article/fetch.js');
  const store = await openSqliteStore(':memory:');
  try {
    const pipeline = await Pipeline.create(store);
    for (const input of ['https://example.org/a', 'HTTP://EXAMPLE.ORG', 'http:/x', 'ftp://example.org/f', 'articles/https://x', 'dir', './http', 'https:', ' https://x']) {
      assert.equal(pipeline.isUrl(input), isUrl(input), input);
    }
  } finally {
    await store.close();
  }
});
