// POST /api/ingest with --allow-ingest and a bearer token; pages follow the database when another
// process ingests; hostile metadata is escaped in every page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { tokenMatches } from '../../src/server/ingest.js';
import { esc, safeExternalUrl } from '../../src/server/html.js';
import { get, HOSTILE_ARTICLES, ingest, putHostileArticle, serveFixtures, WEB_ARTICLES, type TestServer } from './helpers.js';

const TOKEN = 'test-token-0123456789';
const ARTICLE = `url: https://api-feed.example/2025/11/02/talks
outlet: API Feed
published: 2025-11-02
title: Kyiv proposes a prisoner exchange
---
Zelensky proposed on Saturday an exchange of all prisoners of war, two officials said.
`;

let s: TestServer;
before(async () => { s = await serveFixtures([join(WEB_ARTICLES, 'w1_capital_wire_march.txt')], { allowIngest: true, token: TOKEN }); });
after(async () => { await s?.close(); });

const post = (body: string, headers: Record<string, string>) => get(s.url, '/api/ingest', { method: 'POST', body, headers });

describe('POST /api/ingest', () => {
  test('needs the right bearer token', async () => {
    for (const auth of [undefined, 'Bearer wrong-token-0123456789', `bearer ${TOKEN}`, `Bearer ${TOKEN}x`, TOKEN, `Basic ${TOKEN}`]) {
      const r = await post(ARTICLE, { 'content-type': 'text/plain', ...(auth ? { authorization: auth } : {}) });
      assert.equal(r.status, 403, String(auth));
      assert.equal(r.json.error.code, 'bad_token');
    }
  });

  test('stores an article and the pages show it at once', async () => {
    const r = await post(ARTICLE, { 'content-type': 'text/plain; charset=utf-8', authorization: `Bearer ${TOKEN}` });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.articles.length, 1);
    assert.equal(r.json.articles[0].outcome, 'new');
    assert.ok(r.json.articles[0].claims >= 1);
    const a = await get(s.url, `/api/articles/${r.json.articles[0].id}`);
    assert.equal(a.json.outlet, 'API Feed');
    const ov = await get(s.url, '/api/overview');
    assert.equal(ov.json.stats.articles, 2);
    const again = await post(ARTICLE, { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` });
    assert.equal(again.json.articles[0].outcome, 'unchanged');
  });

  test('the timeline and the map follow an ingest at once (their per-actor data is recomputed)', async () => {
    const before = (await get(s.url, '/api/positions/RUS/territory')).json.position_steps;
    assert.equal((await get(s.url, '/api/map?date=2025-11-30&actor=RUS')).json.regions.find((r: any) => r.code === 'UA-63').status, 'none');
    const article = `url: https://api-feed.example/2025/11/05/kharkiv\noutlet: API Feed\npublished: 2025-11-05\ntitle: Kharkiv\n---\nVladimir Putin demanded on Wednesday that Ukraine withdraw from Kharkiv, officials said.\n`;
    const r = await post(article, { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` });
    assert.equal(r.status, 201, r.text);
    assert.equal((await get(s.url, '/api/positions/RUS/territory')).json.position_steps, before + 1);
    assert.equal((await get(s.url, '/api/map?date=2025-11-30&actor=RUS')).json.regions.find((r: any) => r.code === 'UA-63').status, 'claims');
    assert.match((await get(s.url, '/timeline/RUS/territory')).text, /Kharkiv \(UA-63\)/);
  });

  test('JSON records are accepted', async () => {
    const body = JSON.stringify({ text: 'Donald Trump proposed on Monday a meeting with Putin in Budapest, officials said.', published: '2025-10-21', outlet: 'JSON Wire', url: 'https://json-wire.example/1', title: 'Budapest' });
    const r = await post(body, { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` });
    assert.equal(r.status, 201, r.text);
  });

  test('bad bodies are 4xx in the error shape', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const empty = await post('', { 'content-type': 'text/plain', ...auth });
    assert.equal(empty.status, 400);
    assert.equal(empty.json.error.code, 'empty_body');
    const media = await post('x', { 'content-type': 'application/pdf', ...auth });
    assert.equal(media.status, 415);
    const broken = await post('{not json', { 'content-type': 'application/json', ...auth });
    assert.equal(broken.status, 422, broken.text);
    assert.equal(broken.json.error.code, 'unreadable_article');
    const big = await post('x'.repeat(5 * 1024 * 1024 + 10), { 'content-type': 'text/plain', ...auth });
    assert.equal(big.status, 413);
  });
});

describe('freshness', () => {
  test('articles ingested by another process show up without a restart', async () => {
    const before = (await get(s.url, '/api/stats')).json.articles;
    const steps = (await get(s.url, '/api/positions/RUS/territory')).json.position_steps;
    await ingest([join(WEB_ARTICLES, 'w5_evening_courier_october.txt')], s.db);
    const after = (await get(s.url, '/api/stats')).json.articles;
    assert.equal(after, before + 1);
    assert.ok((await get(s.url, '/api/positions/RUS/territory')).json.position_steps > steps, 'the timeline shows the new statement');
  });
});

describe('escaping', () => {
  test('the escape helper covers text and attribute contexts', () => {
    assert.equal(esc(`<a href="x" onclick='y'>&</a>`), '&lt;a href&#61;&quot;x&quot; onclick&#61;&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    assert.equal(esc(null), '');
    assert.equal(esc(5), '5');
  });

  test('only http(s) URLs become links', () => {
    assert.equal(safeExternalUrl('https://a.example/x?y=1'), 'https://a.example/x?y=1');
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '/relative', '//evil.example', 'https://user:pw@a.example/', null, '']) {
      assert.equal(safeExternalUrl(bad as string | null), null, String(bad));
    }
  });

  test('constant-time token check rejects near misses', () => {
    assert.equal(tokenMatches(`Bearer ${TOKEN}`, TOKEN), true);
    assert.equal(tokenMatches(`Bearer ${TOKEN.slice(0, -1)}`, TOKEN), false);
    assert.equal(tokenMatches(undefined, TOKEN), false);
  });

  test('hostile titles, outlets, URLs and text are escaped on every page', async () => {
    await ingest([HOSTILE_ARTICLES], s.db);
    const id = await putHostileArticle(s.store);
    const hostile = (await get(s.url, '/api/search?q=Kharkiv&kind=article')).json.items.find((i: any) => i.article.doc === 'xss_hostile');
    assert.ok(hostile, 'hostile article ingested');
    const pages = ['/', '/map', '/search?q=alert', '/search?q=Kharkiv', `/articles/${hostile.article.id}`, `/articles/${id}`, '/timeline/RUS/territory'];
    const api = await get(s.url, `/api/articles/${id}`);
    assert.equal(api.json.url, "javascript:alert('stored-url')");
    assert.equal(api.json.link, null);
    for (const c of api.json.claim_list) if (c.event) pages.push(`/events/${c.event}`);
    for (const c of (await get(s.url, `/api/articles/${hostile.article.id}`)).json.claim_list) if (c.event) pages.push(`/events/${c.event}`);
    for (const p of pages) {
      const r = await get(s.url, p);
      assert.equal(r.status, 200, p);
      const scripts = r.text.match(/<script\b[^>]*>/gi) ?? [];
      assert.deepEqual(scripts, ['<script src="/static/app.js" defer>'], `${p}: only the app script`);
      assert.ok(!/<(img|svg onload|iframe|b |div on)/i.test(r.text.replace(/<svg class="(chart|map)"/g, '')), `${p}: injected element`);
      assert.ok(!/\son[a-z]+\s*=/i.test(r.text), `${p}: event handler attribute`);
      assert.ok(!/href="\s*javascript:/i.test(r.text), `${p}: javascript: link`);
    }
    const art = await get(s.url, `/articles/${hostile.article.id}`);
    assert.ok(art.text.includes('&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;'), 'body script shown as text');
    assert.ok(art.text.includes('&lt;img src&#61;x onerror&#61;&quot;alert(&#39;outlet&#39;)&quot;&gt;Evil'), 'outlet shown as text');
    const stored = await get(s.url, `/articles/${id}`);
    assert.ok(!stored.text.includes('href="javascript'), 'javascript: URL not a link');
    assert.ok(stored.text.includes('original: javascript:alert(&#39;stored-url&#39;)'), 'shown as text');
    // the JSON API never carries raw angle brackets either
    assert.ok(!api.text.includes('<'), 'JSON escapes <');
    assert.equal(JSON.parse(api.text).title, '</title><script>alert("t")</script>');
    assert.ok(readFileSync(join(HOSTILE_ARTICLES, 'xss_hostile.txt'), 'utf8').includes('<script>'));
  });
});
