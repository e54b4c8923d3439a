// A server that queries (issue 11, item 5): pages and API answers are read from the store by indexed,
// paginated queries, never from a copy of the whole database; and the same server runs on PostgreSQL
// with the same answers as on SQLite.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer, type ParleyServer } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { freshSchema, SKIP_PG } from '../helpers/postgres.js';
import { get, ingest, WEB_ARTICLES } from './helpers.js';

/** The store, with a log of every method called on it and its arguments. */
function recording(store: Store): { store: Store; calls: Array<{ method: string; args: unknown[] }> } {
  const calls: Array<{ method: string; args: unknown[] }> = [];
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => { calls.push({ method: String(prop), args }); return v.apply(target, args); };
    },
  });
  return { store: proxy, calls };
}

/** Whole-table reads: what a server holding the database in memory would call. */
function wholeTableReads(calls: Array<{ method: string; args: unknown[] }>): string[] {
  const empty = (x: unknown) => x === undefined || (typeof x === 'object' && x !== null && Object.values(x).every((v) => v === undefined));
  return calls.filter((c) =>
    c.method === 'linkSnapshot' || c.method === 'linkArticles' ||
    (['listArticles', 'listClaims', 'listEvents'].includes(c.method) && empty(c.args[0]) && c.args[1] === undefined),
  ).map((c) => `${c.method}(${JSON.stringify(c.args)})`);
}

/** Every page and API route, with and without filters and pages. */
async function everyRoute(base: string): Promise<string[]> {
  const ev = (await get(base, '/api/events?actor=RUS&limit=1')).json.items[0].id;
  const article = (await get(base, '/api/articles?limit=1')).json.items[0].id;
  return [
    '/', '/api/overview', '/api/stats', '/api/positions', '/api/positions?actor=RUS', '/api/positions?issue=territory&limit=2&offset=1',
    '/timeline/RUS/territory', '/api/positions/RUS/territory', '/map', '/map?date=2025-06-30&actor=UKR', '/api/map',
    '/api/events', '/api/events?actor=RUS&issue=territory', '/api/events?region=Donetsk&limit=2&offset=1', '/api/events?outlet=courier&from=2025-06',
    `/events/${ev}`, `/api/events/${ev}`, `/api/events/${ev}?limit=1&offset=1`,
    '/api/articles', '/api/articles?outlet=wire&limit=1&offset=1', `/articles/${article}`, `/api/articles/${article}`,
    '/search', '/search?q=Donetsk', '/api/search?q=Donetsk&actor=RUS&type=DEMAND', '/api/search?q=Kherson&kind=article&region=UA-65',
    '/api/search', '/api/search?actor=RUS&limit=2&offset=2', '/api/search?region=UA-14&kind=claim', '/api/search?outlet=courier&from=2025-06&to=2025-10',
  ];
}

describe('a server that queries', () => {
  let dir: string;
  let server: ParleyServer;
  let url: string;
  let calls: Array<{ method: string; args: unknown[] }>;
  let close: () => Promise<void>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-queries-'));
    await ingest([WEB_ARTICLES], join(dir, 'web.db'));
    const raw = await openSqliteStore(join(dir, 'web.db'), { mustExist: true, readOnly: true });
    const rec = recording(raw);
    calls = rec.calls;
    ({ server, url } = await startServer({ store: rec.store, port: 0, host: '127.0.0.1', cache: false }));
    close = async () => { await server.close(); await raw.close(); rmSync(dir, { recursive: true, force: true }); };
  });
  after(async () => { await close?.(); });

  test('start-up reads no articles, claims or events', () => {
    assert.deepEqual(calls.filter((c) => /^(list|link|search|browse|claims|get)/.test(c.method)).map((c) => c.method), []);
  });

  test('every page and API route answers from indexed queries: no whole-table read', async () => {
    const paths = await everyRoute(url);
    calls.length = 0;
    for (const path of paths) {
      const r = await get(url, path);
      assert.equal(r.status, 200, `${path}: ${r.text.slice(0, 200)}`);
    }
    assert.deepEqual(wholeTableReads(calls), []);
    // Events are read one actor at a time (positions), a page at a time, or by id.
    for (const c of calls.filter((x) => x.method === 'listEvents')) {
      const [filter, page] = c.args as [Record<string, unknown>, unknown];
      assert.ok(page || filter.actor || filter.ids, `listEvents(${JSON.stringify(c.args)})`);
    }
  });

  test('a search with text alone reads only its page: claims newest first for the page, articles counted until the page reaches them', async () => {
    const whole = (await get(url, '/api/search?q=Donetsk&limit=200')).json;
    const claims = whole.items.filter((i: { kind: string }) => i.kind === 'claim').length;
    assert.ok(claims >= 4 && whole.items.length > claims, `${claims} claims, then articles`);
    // Newest first (the latest stored first), claims then articles.
    const keys = (kind: string) => whole.items.filter((i: { kind: string }) => i.kind === kind).map((i: { article: { id: number }; claim: { ref: string } | null }) => i.article.id);
    for (const kind of ['claim', 'article']) assert.deepEqual(keys(kind), [...keys(kind)].sort((a, b) => b - a), `${kind}s newest first`);
    assert.equal((await get(url, '/api/search?q=Donetsk')).json.limit, 20, 'a page of 20 by default');
    assert.equal(whole.total, whole.items.length, 'the total is every match (fewer than the window)');
    calls.length = 0;
    const first = (await get(url, '/api/search?q=Donetsk&limit=2')).json;
    assert.equal(first.total, whole.total, 'the total does not depend on the page');
    assert.deepEqual(first.items.map((i: { snippet: string }) => i.snippet), whole.items.slice(0, 2).map((i: { snippet: string }) => i.snippet));
    const searches = calls.filter((c) => c.method === 'search').map((c) => c.args[1] as { kind?: string; limit?: number; offset?: number });
    assert.deepEqual(searches.map((o) => [o.kind, o.offset, o.limit]).sort(), [['article', 0, 0], ['claim', 0, 2]], 'no hit ranked beyond the page');
    assert.deepEqual(calls.filter((c) => c.method === 'listClaims').map((c) => (c.args[0] as { refs: string[] }).refs.length), [2]);
    assert.deepEqual(calls.filter((c) => c.method === 'listArticles'), [], 'the articles came with the hits');
    // Pages walk the claims, then the articles, each hit once.
    const seen: string[] = [];
    for (let offset = 0; offset < whole.total; offset += 3) {
      const page = (await get(url, `/api/search?q=Donetsk&limit=3&offset=${offset}`)).json;
      assert.equal(page.total, whole.total);
      seen.push(...page.items.map((i: { kind: string; article: { id: number }; claim: { ref: string } | null }) => i.claim?.ref ?? `a${i.article.id}`));
    }
    assert.deepEqual(seen, whole.items.map((i: { kind: string; article: { id: number }; claim: { ref: string } | null }) => i.claim?.ref ?? `a${i.article.id}`));
    const articles = (await get(url, '/api/search?q=Donetsk&kind=article&limit=1&offset=1')).json;
    assert.equal(articles.total, whole.items.length - claims);
    assert.equal(articles.items[0].article.id, whole.items[claims + 1].article.id);
  });

  test('an event\'s reports are paginated, and the pages walk every report once', async () => {
    const events = (await get(url, '/api/events?limit=200')).json.items;
    const big = events.find((e: { reports: number }) => e.reports >= 2);
    assert.ok(big, 'an event with several reports');
    const whole = (await get(url, `/api/events/${big.id}`)).json;
    assert.equal(whole.reports_list.length, big.reports);
    assert.equal(whole.next, null);
    const seen: string[] = [];
    let page = (await get(url, `/api/events/${big.id}?limit=1`)).json;
    assert.equal(page.reports, big.reports, 'the count of all reports');
    for (let i = 0; i < 50 && page; i++) {
      assert.equal(page.reports_list.length, 1);
      seen.push(page.reports_list[0].claim);
      page = page.next ? (await get(url, page.next)).json : null;
    }
    assert.deepEqual(seen, whole.reports_list.map((r: { claim: string }) => r.claim));
    const html = await get(url, `/events/${big.id}?limit=1&offset=1`);
    // (The dash is a numeric reference in the markup: html.ts writes characters beyond Latin-1 so.)
    assert.match(html.text, new RegExp(`\\(2&#8211;2 of ${big.reports}\\)`));
    assert.match(html.text, new RegExp(`href="/events/${big.id}\\?limit&#61;1&amp;offset&#61;0"`), 'a link to the earlier reports');
  });
});

describe('the server on PostgreSQL', () => {
  // The same fixtures ingested into SQLite and into PostgreSQL: every answer that does not depend on
  // the full-text engine's ranking is the same.
  let lite: { url: string; close: () => Promise<void> };
  let pgs: { url: string; close: () => Promise<void>; dbUrl: string };
  let dir: string;

  before(async () => {
    if (SKIP_PG) return;
    dir = mkdtempSync(join(tmpdir(), 'parley-pgserve-'));
    const db = join(dir, 'web.db');
    await ingest([WEB_ARTICLES], db);
    const store = await openSqliteStore(db, { mustExist: true, readOnly: true });
    const a = await startServer({ store, port: 0, host: '127.0.0.1', cache: false });
    lite = { url: a.url, close: async () => { await a.server.close(); await store.close(); } };
    const { url: dbUrl, drop } = freshSchema('serve');
    await ingest([WEB_ARTICLES], dbUrl);
    const { openPostgresStore } = await import('../../src/store/postgres.js');
    const pgStore = await openPostgresStore(dbUrl, { mustExist: true, readOnly: true });
    const b = await startServer({ store: pgStore, port: 0, host: '127.0.0.1', cache: false });
    pgs = { url: b.url, dbUrl, close: async () => { await b.server.close(); await pgStore.close(); await drop(); } };
  });
  after(async () => {
    await lite?.close();
    await pgs?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the same answers as on SQLite', { skip: SKIP_PG }, async () => {
    // Article snippets differ between FTS5 and tsvector; hits do not (below).
    const paths = (await everyRoute(lite.url)).filter((p) => !/[?&]q=/.test(p));
    for (const path of paths) {
      const [x, y] = [await get(lite.url, path), await get(pgs.url, path)];
      assert.equal(y.status, 200, `${path}: ${y.text.slice(0, 200)}`);
      if (path === '/api/stats') { for (const j of [x.json, y.json]) { delete j.generation; delete j.built_at; } }
      if (x.json) assert.deepEqual(y.json, x.json, path); else assert.equal(y.text, x.text, path);
    }
    // A text alone lists the same hits in the same order (newest first) on both.
    const hit = (i: { kind: string; article: { id: number }; claim: { ref: string } | null }) => `${i.kind} ${i.claim?.ref ?? i.article.id}`;
    for (const query of ['q=Donetsk&kind=claim&limit=200', 'q=Donetsk&limit=200', 'q=Kherson&limit=3&offset=2']) {
      const [x, y] = [(await get(lite.url, `/api/search?${query}`)).json, (await get(pgs.url, `/api/search?${query}`)).json];
      assert.deepEqual(y.items.map(hit), x.items.map(hit), query);
      assert.deepEqual([y.total, y.truncated], [x.total, x.truncated], query);
    }
    const hits = (await get(pgs.url, '/api/search?q=Donetsk&kind=claim&actor=RUS&limit=200')).json;
    const liteHits = (await get(lite.url, '/api/search?q=Donetsk&kind=claim&actor=RUS&limit=200')).json;
    assert.deepEqual(hits.items.map((i: { claim: { ref: string } }) => i.claim.ref).sort(), liteHits.items.map((i: { claim: { ref: string } }) => i.claim.ref).sort(), 'filtered: the same claims match (ranked differently)');
  });

  test('articles ingested by another process show up without a restart', { skip: SKIP_PG }, async () => {
    const before = (await get(pgs.url, '/api/stats')).json;
    const overview = (await get(pgs.url, '/api/overview')).json;
    await ingest([join(WEB_ARTICLES, '..', 'hostile')], pgs.dbUrl);
    const after = (await get(pgs.url, '/api/stats')).json;
    assert.ok(after.articles > before.articles, `${before.articles} → ${after.articles} articles`);
    assert.ok(after.events > before.events, 'the new events are counted');
    assert.notDeepEqual((await get(pgs.url, '/api/overview')).json.stats, overview.stats);
  });
});
