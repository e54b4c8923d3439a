// Issue 10, items 2 and 6: fetching refuses loopback, private, link-local and metadata addresses
// (after DNS resolution and at every redirect, feed items included) unless --allow-private; a feed
// has a total time budget, and dropped items are counted in a warning. Local servers only.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fetchBytes, readUrl } from '../../src/article/fetch.js';
import { isPrivateAddress } from '../../src/article/address-guard.js';
import type { ReadResult } from '../../src/article/types.js';
import { parleyAsync } from '../cli-memory/helpers.js';
import { tempDir } from '../store/helpers.js';

const ARTICLE = 'url: https://example.org/a\noutlet: Example Wire\npublished: 2025-03-01\ntitle: T\n---\nRussia demanded that Ukraine withdraw from Donetsk.\n';

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve((server.address() as { port: number }).port));
  });
}

// The inner server stands for something inside the network; it must never be asked anything.
const innerHits: string[] = [];
const inner = createServer((req, res) => { innerHits.push(req.url ?? ''); res.end(ARTICLE); });
const innerPort = await listen(inner, '127.0.0.2');
// The outer server stands for a public site: it redirects wherever /go?to= says, and serves feeds.
let slowMs = 0;
const outer = createServer((req, res) => {
  const u = new URL(req.url ?? '/', 'http://x');
  if (u.pathname === '/go') { res.writeHead(302, { location: u.searchParams.get('to') ?? '/' }); res.end(); return; }
  if (u.pathname === '/feed') {
    const items = (u.searchParams.get('items') ?? '').split(',').filter(Boolean);
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>${items.map((l) => `<item><link>${l.replace(/&/g, '&amp;')}</link></item>`).join('')}</channel></rss>`);
    return;
  }
  if (u.pathname.startsWith('/slow')) { setTimeout(() => { res.writeHead(200, { 'content-type': 'text/plain' }); res.end(ARTICLE); }, slowMs); return; }
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end(ARTICLE);
});
const outerPort = await listen(outer, '127.0.0.1');
after(() => { inner.close(); outer.close(); });

const OUTER = `http://127.0.0.1:${outerPort}`;
const INNER = `http://127.0.0.2:${innerPort}`;
/** The tests' address policy: 127.0.0.1 plays the public internet, everything else as by default. */
const outerIsPublic = (address: string) => address !== '127.0.0.1' && isPrivateAddress(address);
const go = (to: string) => `${OUTER}/go?to=${encodeURIComponent(to)}`;

async function collect(gen: AsyncGenerator<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

test('isPrivateAddress: loopback, private, link-local, metadata, mapped and unspecified addresses are inward', () => {
  for (const a of ['127.0.0.1', '127.1.2.3', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '100.100.100.200',
    '0.0.0.0', '::1', '::', 'fe80::1', 'fc00::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '224.0.0.1', '255.255.255.255', 'not an address']) {
    assert.equal(isPrivateAddress(a), true, a);
  }
  for (const a of ['8.8.8.8', '93.184.216.34', '2606:4700::1111', '::ffff:8.8.8.8']) assert.equal(isPrivateAddress(a), false, a);
});

test('a redirect to a loopback address is refused at the redirect, and the inner server is never asked', async () => {
  // Control: the outer server itself is reachable under the tests' policy.
  const ok = await fetchBytes(`${OUTER}/page`, { isPrivate: outerIsPublic, timeoutMs: 5000 });
  assert.ok(ok.ok, 'the "public" server answers');
  for (const target of [`${INNER}/secret`, `http://2130706434:${innerPort}/secret`, `http://0x7f000002:${innerPort}/secret`, `http://[::1]:${innerPort}/secret`, `http://169.254.169.254/latest/meta-data/`]) {
    const r = await fetchBytes(go(target), { isPrivate: outerIsPublic, timeoutMs: 5000 });
    assert.equal(r.ok, false, target);
    if (!r.ok) {
      assert.equal(r.problem.code, 'private-address', `${target}: ${r.problem.message}`);
      assert.match(r.problem.message, /loopback, private, link-local or metadata address \(pass --allow-private to fetch it\)/);
    }
  }
  assert.deepEqual(innerHits, []);
});

test('by default loopback URLs and names that resolve to loopback are refused before connecting', async () => {
  for (const url of [`${OUTER}/page`, `http://localhost:${outerPort}/page`, `http://2130706433:${outerPort}/page`, `http://[::ffff:127.0.0.1]:${outerPort}/page`]) {
    const r = await fetchBytes(url, { timeoutMs: 5000 });
    assert.equal(r.ok, false, url);
    if (!r.ok) assert.equal(r.problem.code, 'private-address', `${url}: ${r.problem.message}`);
  }
});

test('a feed whose item links point inward: every such item is refused', async () => {
  const feed = `${OUTER}/feed?items=${encodeURIComponent([`${OUTER}/page`, `${INNER}/a`, go(`${INNER}/b`)].join(','))}`;
  const results = await collect(readUrl(feed, { isPrivate: outerIsPublic, timeoutMs: 5000 }));
  assert.equal(results.filter((r) => r.article).length, 1, 'the public item is read');
  const refused = results.flatMap((r) => r.problems).filter((p) => p.code === 'private-address');
  assert.equal(refused.length, 2, JSON.stringify(results.map((r) => r.problems)));
  assert.deepEqual(innerHits, []);
});

test('allowPrivate fetches inward addresses (redirects included)', async () => {
  const r = await fetchBytes(go(`${INNER}/allowed`), { allowPrivate: true, timeoutMs: 5000 });
  assert.ok(r.ok);
  assert.deepEqual(innerHits, ['/allowed']);
  innerHits.length = 0;
});

test('parley ingest refuses a loopback URL with one line naming --allow-private, and stores it with --allow-private', async () => {
  const { dir, cleanup } = tempDir('parley-ssrf-');
  try {
    const refused = await parleyAsync(['ingest', go(`${INNER}/cli`), '--db', 'p.db'], dir);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^http:\/\/127\.0\.0\.1:\d+\/go\?to=\S+: refused: 127\.0\.0\.1, a loopback, private, link-local or metadata address \(pass --allow-private to fetch it\)$/m);
    assert.match(refused.stderr, /0 new, 0 unchanged, 0 updated, 1 failed/);
    if (existsSync(join(dir, 'p.db'))) {
      const db = new Database(join(dir, 'p.db'), { readonly: true });
      assert.equal((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 0);
      db.close();
    }
    assert.deepEqual(innerHits, []);
    const allowed = await parleyAsync(['ingest', go(`${INNER}/cli`), '--db', 'p.db', '--allow-private'], dir);
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.match(allowed.stderr, /1 new, 0 unchanged, 0 updated, 0 failed/);
    assert.deepEqual(innerHits, ['/cli']);
    innerHits.length = 0;
  } finally { cleanup(); }
});

test('a feed over its item cap says how many items it dropped', async () => {
  const feed = `${OUTER}/feed?items=${encodeURIComponent([1, 2, 3].map((k) => `${OUTER}/page${k}`).join(','))}`;
  const results = await collect(readUrl(feed, { isPrivate: outerIsPublic, timeoutMs: 5000, maxItems: 2 }));
  assert.equal(results.filter((r) => r.article).length, 2);
  const w = results.flatMap((r) => r.problems).find((p) => p.code === 'feed-capped');
  assert.ok(w && !w.fatal);
  assert.match(w.message, /is a feed of 3 items; only the first 2 are fetched, 1 dropped/);
});

test('a slow feed stops at its time budget and says how many items were not fetched', async () => {
  // (A second of slack for item 1: on a loaded machine the feed's own fetch and parse take a few hundred ms.)
  slowMs = 2000;
  try {
    const feed = `${OUTER}/feed?items=${encodeURIComponent([1, 2, 3, 4].map((k) => `${OUTER}/slow${k}`).join(','))}`;
    const started = Date.now();
    const results = await collect(readUrl(feed, { isPrivate: outerIsPublic, timeoutMs: 8000, feedTimeoutMs: 3000 }));
    // Item 1 (2 s) is read; item 2 gets the time left (< 2 s) and times out; items 3 and 4 are not fetched.
    assert.equal(results.filter((r) => r.article).length, 1, JSON.stringify(results.map((r) => r.problems)));
    const w = results.flatMap((r) => r.problems).find((p) => p.code === 'feed-timeout');
    assert.ok(w && !w.fatal, JSON.stringify(results.map((r) => r.problems)));
    assert.match(w.message, /feed time budget of 3 s ran out; 2 of its 4 items not fetched \(--feed-timeout\)/);
    assert.ok(Date.now() - started < 9000, 'the budget bounds the whole feed');
  } finally { slowMs = 0; }
});

test('parley ingest --feed-timeout prints the budget warning as a warning, not a failure', async () => {
  slowMs = 1500;
  const { dir, cleanup } = tempDir('parley-feed-');
  try {
    const feed = `${OUTER}/feed?items=${encodeURIComponent([1, 2, 3].map((k) => `${OUTER}/slow${k}`).join(','))}`;
    const r = await parleyAsync(['ingest', feed, '--db', 'f.db', '--allow-private', '--feed-timeout', '1'], dir);
    // Item 1 times out at the budget (1 failure); items 2 and 3 are skipped with one warning.
    assert.match(r.stderr, /feed time budget of 1 s ran out; 2 of its 3 items not fetched \(--feed-timeout\) \(warning\)$/m);
    assert.match(r.stderr, /0 new, 0 unchanged, 0 updated, 1 failed/);
  } finally { slowMs = 0; cleanup(); }
});
