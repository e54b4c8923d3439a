// JSON API: shapes, pagination, validation (every failure a 4xx in the one error shape), OpenAPI.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ROUTES } from '../../src/server/routes.js';
import { CSP_EXPECTED, get, serveFixtures, WEB_ARTICLES, type TestServer } from './helpers.js';

let s: TestServer;
before(async () => { s = await serveFixtures([WEB_ARTICLES]); });
after(async () => { await s?.close(); });

function assertError(r: { status: number; json: any; headers: Headers }, status: number, code?: string): void {
  assert.equal(r.status, status, JSON.stringify(r.json));
  assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
  assert.deepEqual(Object.keys(r.json), ['error']);
  assert.deepEqual(Object.keys(r.json.error).sort(), ['code', 'message', 'status']);
  assert.equal(r.json.error.status, status);
  assert.equal(typeof r.json.error.message, 'string');
  assert.ok(r.json.error.message.length > 5, 'a clear message');
  if (code) assert.equal(r.json.error.code, code);
}

describe('API shapes', () => {
  test('overview: parties × issues with the latest stance, change and outlets', async () => {
    const r = await get(s.url, '/api/overview');
    assert.equal(r.status, 200);
    assert.equal(r.json.stats.articles, 6);
    assert.ok(r.json.actors.some((a: any) => a.code === 'RUS' && a.name === 'Russia'));
    const cell = r.json.cells.find((c: any) => c.actor === 'RUS' && c.issue === 'territory');
    assert.ok(cell, 'RUS territory cell');
    const tl = await get(s.url, '/api/positions/RUS/territory');
    const lastStep = tl.json.steps[tl.json.steps.length - 1];
    assert.equal(cell.date, lastStep.date);
    assert.deepEqual(cell.types, lastStep.types);
    assert.match(cell.summary, /^claims Donetsk, Luhansk, Zaporizhzhia, Kherson|^claims .*Donetsk/, 'the latest stance in a few words, regions by name');
    assert.equal(cell.change, lastStep.change);
    assert.equal(typeof cell.change_text, 'string');
    assert.equal(cell.href, '/timeline/RUS/territory');
    assert.ok(r.json.issues.includes('territory') && r.json.issues.includes('talks'));
  });

  test('timeline: steps with regions, km², change labels and events', async () => {
    const r = await get(s.url, '/api/positions/RUS/territory');
    assert.equal(r.status, 200);
    assert.equal(r.json.territorial, true);
    const steps = r.json.steps;
    assert.ok(steps.length >= 3);
    assert.equal(steps[0].change, null);
    assert.deepEqual(steps[0].stances.filter((x: any) => x.stance === 'claims').map((x: any) => x.region).sort(), ['UA-09', 'UA-14', 'UA-23', 'UA-65']);
    assert.ok(steps[0].claims_km2 > 100_000);
    assert.equal(steps[0].stances.find((x: any) => x.region === 'UA-14').name, 'Donetsk');
    const last = steps[steps.length - 1];
    assert.equal(last.stances.find((x: any) => x.region === 'UA-14').stance, 'claims');
    assert.equal(last.stances.find((x: any) => x.region === 'UA-09').stance, 'claims', 'Luhansk is carried forward: a statement about Donetsk alone does not erase it');
    assert.ok(last.events[0].id.startsWith('E') && last.events[0].href.startsWith('/events/'));
    assert.equal(r.json.narrative.length, steps.length);
    assert.ok(r.json.bands.some((b: any) => b.region === 'UA-14' && b.name === 'Donetsk' && b.segments.length >= 1));
    for (const st of steps.slice(1)) assert.match(st.change_text, /^(tougher|softer|reframed|unchanged)/);
  });

  test('timeline: a period (from/to) gives its steps, numbered in the whole position, and bands clipped to it', async () => {
    const whole = await get(s.url, '/api/positions/RUS/territory');
    const r = await get(s.url, '/api/positions/RUS/territory?from=2025-06&to=2025-10-09&limit=2');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json.window, { from: '2025-06-01', to: '2025-10-09' });
    assert.equal(r.json.position_steps, whole.json.steps_total);
    const inPeriod = whole.json.steps.filter((x: any) => x.date >= '2025-06-01' && x.date <= '2025-10-09');
    assert.ok(inPeriod.length >= 3 && inPeriod.length < whole.json.steps.length);
    assert.equal(r.json.steps_total, inPeriod.length);
    assert.deepEqual(r.json.steps.map((x: any) => x.date), inPeriod.slice(0, 2).map((x: any) => x.date));
    const n = whole.json.steps.findIndex((x: any) => x.date === inPeriod[0].date) + 1;
    assert.match(r.json.narrative[0], new RegExp(`^${n}\\. ${inPeriod[0].date}`), 'numbered in the whole position');
    assert.match(r.json.next, /^\/api\/positions\/RUS\/territory\?from=2025-06-01&to=2025-10-09&limit=2&offset=2$/);
    for (const b of r.json.bands) for (const sg of b.segments) assert.ok(sg.from >= '2025-06-01' && (sg.to === null || sg.to <= '2025-10-09'), `${b.region} ${sg.from}–${sg.to}`);
    // A region stated before the period keeps its band from the period's start (carried forward).
    assert.ok(r.json.bands.some((b: any) => b.region === 'UA-09' && b.segments[0].from === '2025-06-01'));
    assert.equal((await get(s.url, '/api/positions/RUS/territory?from=2025-09&to=2025-06')).json.error.code, 'bad_date');
    const page = await get(s.url, '/timeline/RUS/territory?from=2025-06&to=2025-10-09');
    assert.equal(page.status, 200);
    assert.match(page.text, /Showing <strong>2025-06-01<\/strong> to <strong>2025-10-09<\/strong>/);
  });

  test('timeline page: the party by name, the first step marked as such, no change cell repeating its label', async () => {
    const page = (await get(s.url, '/timeline/RUS/territory')).text;
    assert.match(page, /<h1>Russia \(RUS\) · Territory<\/h1>/);
    const cells = [...page.matchAll(/<td data-label="change">(.*?)<\/td>/gs)].map((m) => m[1].replace(/<[^>]+>/g, ' ').replace(/&#61;/g, '=').replace(/\s+/g, ' ').trim());
    assert.ok(cells.length >= 3, cells.join(' | '));
    assert.equal(cells[0], 'first statement');
    assert.ok(cells.some((c) => /^= unchanged/.test(c)), cells.join(' | '));
    for (const c of cells.slice(1)) assert.doesNotMatch(c, /^\S+ (\w+) \1\b/, 'the label is not repeated under its badge');
  });

  test('timeline and map JSON: every field is declared in the OpenAPI document', async () => {
    const doc = (await get(s.url, '/api/openapi.json')).json;
    const declared = (name: string) => Object.keys(doc.components.schemas[name].properties);
    const tl = (await get(s.url, '/api/positions/RUS/territory')).json;
    assert.deepEqual(Object.keys(tl).filter((k) => !declared('Timeline').includes(k)), []);
    assert.deepEqual(Object.keys(tl.steps[0]).filter((k) => !declared('Step').includes(k)), []);
    const map = (await get(s.url, '/api/map?date=2025-10-31')).json;
    assert.deepEqual(Object.keys(map).filter((k) => !declared('Map').includes(k)), []);
    assert.deepEqual(Object.keys(map.regions[0]).filter((k) => !Object.keys(doc.components.schemas.Map.properties.regions.items.properties).includes(k)), []);
  });

  test('positions list is paginated with next links that walk every item', async () => {
    const first = await get(s.url, '/api/positions?limit=3');
    assert.equal(first.status, 200);
    assert.equal(first.json.items.length, 3);
    assert.equal(first.json.limit, 3);
    assert.equal(first.json.offset, 0);
    const seen: string[] = [];
    let page = first;
    for (let i = 0; i < 20; i++) {
      for (const p of page.json.items) seen.push(`${p.actor}/${p.issue}`);
      if (!page.json.next) break;
      assert.match(page.json.next, /^\/api\/positions\?/);
      page = await get(s.url, page.json.next);
      assert.equal(page.status, 200);
    }
    assert.equal(seen.length, first.json.total);
    assert.equal(new Set(seen).size, seen.length, 'no item twice');
    const beyond = await get(s.url, `/api/positions?offset=${first.json.total + 5}`);
    assert.deepEqual(beyond.json.items, []);
    assert.equal(beyond.json.next, null);
  });

  test('events: filters and one event with every report in context', async () => {
    const all = await get(s.url, '/api/events?actor=RUS&issue=territory&limit=200');
    assert.equal(all.status, 200);
    assert.ok(all.json.items.every((e: any) => e.actor === 'RUS' && e.issue === 'territory'));
    const region = await get(s.url, '/api/events?region=UA-63');
    assert.ok(region.json.items.length >= 1 && region.json.items.every((e: any) => e.regions.includes('UA-63')));
    const window = await get(s.url, '/api/events?from=2025-10&to=2025-10');
    assert.ok(window.json.items.length >= 1);
    assert.ok(window.json.items.every((e: any) => e.date_end >= '2025-10-01' && e.date_start <= '2025-10-31'));
    const outlet = await get(s.url, '/api/events?outlet=capital%20wire');
    assert.ok(outlet.json.items.length >= 1);
    const type = await get(s.url, '/api/events?type=threaten');
    assert.ok(type.json.items.length >= 1 && type.json.items.every((e: any) => e.types.includes('THREATEN')));
    const october = all.json.items.find((e: any) => e.date_start === '2025-10-09' && e.type === 'DEMAND');
    assert.ok(october, 'the October demand');
    const ev = await get(s.url, october.href.replace('/events/', '/api/events/'));
    assert.equal(ev.status, 200);
    assert.equal(ev.json.reports_list.length, 2);
    assert.equal(ev.json.outlets, 2);
    for (const rep of ev.json.reports_list) {
      assert.ok(['Evening Courier', 'Capital Wire'].includes(rep.publisher));
      assert.equal(rep.context.quote, rep.quote);
      assert.ok(rep.context.before.length > 0 || rep.context.after.length > 0);
      assert.equal(rep.count, 3);
      assert.match(rep.article.href, /^\/articles\/\d+#c-/);
    }
  });

  test('article: cleaned text, claim spans pointing into it, events, safe link', async () => {
    const list = await get(s.url, '/api/articles?outlet=daily%20ledger');
    assert.equal(list.json.total, 1);
    const a = await get(s.url, `/api/articles/${list.json.items[0].id}`);
    assert.equal(a.status, 200);
    assert.equal(a.json.link, 'https://daily-ledger.example/2025/06/20/freeze-offer');
    assert.ok(a.json.claim_list.length >= 3);
    for (const c of a.json.claim_list) {
      assert.equal(a.json.text.slice(c.span[0], c.span[1]), c.quote);
      assert.match(c.event, /^E[0-9a-f]{10}$/);
    }
  });

  test('region filters accept names as well as codes', async () => {
    const byCode = await get(s.url, '/api/events?region=UA-14');
    const byName = await get(s.url, '/api/events?region=Donetsk');
    assert.equal(byName.status, 200);
    assert.ok(byCode.json.items.length >= 1);
    assert.deepEqual(byName.json.items.map((e: any) => e.id), byCode.json.items.map((e: any) => e.id));
  });

  test('map: who demands or offers each region as of a date', async () => {
    const june = await get(s.url, '/api/map?date=2025-06-30');
    assert.equal(june.status, 200);
    assert.equal(june.json.date, '2025-06-30');
    const tile = (m: any, code: string) => m.regions.find((r: any) => r.code === code);
    assert.equal(june.json.actor, 'RUS', 'one actor at a time: the one with most territorial steps by default');
    assert.deepEqual(june.json.legend, ['claims', 'claims_part', 'holds_line', 'concedes_part', 'concedes']);
    assert.equal(tile(june.json, 'UA-14').status, 'claims');
    assert.ok(tile(june.json, 'UA-14').stances.some((x: any) => x.actor === 'RUS' && x.stance === 'claims' && x.since === '2025-03-13' && x.events.length >= 1));
    assert.equal(tile(june.json, 'UA-63').status, 'none');
    const oct = await get(s.url, '/api/map?date=2025-10-31&actor=RUS');
    assert.equal(tile(oct.json, 'UA-63').status, 'concedes');
    assert.equal(tile(oct.json, 'UA-09').status, 'claims', 'Luhansk carried forward');
    assert.equal(oct.json.regions.length, 32);
    const before = await get(s.url, '/api/map?date=2024');
    assert.ok(before.json.regions.every((r: any) => r.status === 'none'));
  });

  test('search: full text with filters, and filters alone', async () => {
    const r = await get(s.url, '/api/search?q=Donetsk');
    assert.equal(r.status, 200);
    assert.ok(r.json.items.some((i: any) => i.kind === 'article'));
    assert.ok(r.json.items.some((i: any) => i.kind === 'claim'));
    const claims = await get(s.url, '/api/search?q=Donetsk&kind=claim&actor=RUS&type=DEMAND');
    assert.ok(claims.json.items.length >= 3);
    assert.ok(claims.json.items.every((i: any) => i.kind === 'claim' && i.claim.actor === 'RUS' && i.claim.type === 'DEMAND'));
    const filtered = await get(s.url, '/api/search?issue=alliance&from=2025-06-01&to=2025-06-30&kind=claim');
    assert.equal(filtered.json.total, 2);
    const region = await get(s.url, '/api/search?region=UA-59&outlet=courier');
    assert.ok(region.json.items.length >= 1);
    const paged = await get(s.url, '/api/search?actor=RUS&limit=2');
    assert.equal(paged.json.items.length, 2);
    assert.match(paged.json.next, /^\/api\/search\?actor=RUS&limit=2&offset=2$/);
    const none = await get(s.url, '/api/search?q=%22%29%28*%20OR%20NEAR');
    assert.equal(none.status, 200, 'FTS syntax is taken literally');
  });

  test('search: every hit\'s snippet is words of its own article (issue 9: article hits showed the top hit\'s text)', async () => {
    let checked = 0;
    for (const q of ['Donetsk', 'Kherson', 'Putin', 'ceasefire', 'Zaporizhzhia']) {
      const r = await get(s.url, `/api/search?q=${q}&limit=50`);
      assert.equal(r.status, 200);
      const articles = new Set(r.json.items.filter((i: any) => i.kind === 'article').map((i: any) => i.article.id));
      assert.ok(articles.size >= 2 || q === 'ceasefire', `${q}: want several article hits, got ${articles.size}`);
      for (const item of r.json.items) {
        const a = (await get(s.url, `/api/articles/${item.article.id}`)).json;
        const own = item.kind === 'claim' ? item.claim.quote : `${a.title ?? ''}\n${a.text}`;
        const pieces = item.snippet.replace(/[[\]]/g, '').split('…').map((x: string) => x.trim()).filter(Boolean);
        assert.ok(pieces.length > 0, `${q}: empty snippet`);
        for (const piece of pieces) assert.ok(own.includes(piece), `${q}: ${item.kind} hit on ${item.article.doc} shows «${piece}», not in its own text`);
        assert.match(item.snippet, new RegExp(`\\[${q}`, 'i'), `${q}: the match is marked`);
        checked++;
      }
    }
    assert.ok(checked >= 10, `${checked} hits checked`);
  });

  test('filters: codes in any case and region names mean the same as the codes (one validation with the CLI)', async () => {
    const base = (await get(s.url, '/api/events?actor=RUS&issue=territory&region=UA-14&limit=200')).json;
    assert.ok(base.items.length > 0);
    for (const q of ['actor=rus&issue=Territory&region=Donetsk', 'actor=Russia&issue=TERRITORY&region=ua-14', 'actor=RUS&issue=territory&region=donetsk']) {
      const r = await get(s.url, `/api/events?${q}&limit=200`);
      assert.equal(r.status, 200, `${q}: ${JSON.stringify(r.json)}`);
      assert.deepEqual(r.json.items.map((e: any) => e.id), base.items.map((e: any) => e.id), q);
    }
    const unknown = await get(s.url, '/api/events?actor=RUSS');
    assert.equal(unknown.status, 400);
    assert.match(unknown.json.error.message, /did you mean RUS\b/);
  });

  test('stats', async () => {
    const r = await get(s.url, '/api/stats');
    assert.equal(r.json.articles, 6);
    assert.ok(r.json.events > 5);
  });
});

describe('validation: every bad input is a 4xx in the one error shape', () => {
  const cases: Array<[string, number, string]> = [
    ['/api/events/not-an-id', 400, 'bad_id'],
    ['/api/events/E0000000000', 404, 'no_event'],
    ['/api/events/E%00', 400, 'bad_id'],
    ['/api/articles/0', 400, 'bad_id'],
    ['/api/articles/abc', 400, 'bad_id'],
    ['/api/articles/1e3', 400, 'bad_id'],
    ['/api/articles/99999999999', 400, 'bad_id'],
    ['/api/articles/99999', 404, 'no_article'],
    ['/api/positions/RUS/weather', 400, 'unknown_issue'],
    ['/api/positions/ZZZ/territory', 400, 'unknown_actor'],
    ['/api/positions/%3Cscript%3E/territory', 400, 'bad_actor'],
    ['/api/positions/RUS/rights', 404, 'no_position'],
    ['/api/positions/%E0%A4%A/territory', 400, 'bad_encoding'],
    ['/api/events?from=2025-13-01', 400, 'bad_date'],
    ['/api/events?from=2025-02-30', 400, 'bad_date'],
    ['/api/events?from=yesterday', 400, 'bad_date'],
    ['/api/events?from=99999', 400, 'bad_date'],
    ['/api/events?from=2025-10-01&to=2025-01-01', 400, 'bad_date'],
    ['/api/map?date=2025-08-32', 400, 'bad_date'],
    ['/api/events?actor=ZZZ', 400, 'unknown_actor'],
    ['/api/events?actor=%3Cscript%3Ealert(1)%3C/script%3E', 400, 'bad_actor'],
    ['/api/events?issue=weather', 400, 'unknown_issue'],
    ['/api/events?type=MAYBE', 400, 'unknown_type'],
    ['/api/events?region=UA-99', 400, 'unknown_region'],
    ['/api/events?region=Nowhereland', 400, 'bad_region'],
    ['/api/events?region=%3Cb%3E', 400, 'bad_region'],
    ['/api/events?limit=0', 400, 'bad_parameter'],
    ['/api/events?limit=201', 400, 'bad_parameter'],
    ['/api/events?limit=abc', 400, 'bad_parameter'],
    ['/api/events?limit=-1', 400, 'bad_parameter'],
    ['/api/events?offset=-1', 400, 'bad_parameter'],
    ['/api/events?offset=1.5', 400, 'bad_parameter'],
    ['/api/events?colour=red', 400, 'unknown_parameter'],
    ['/api/events?actor=RUS&actor=UKR', 400, 'repeated_parameter'],
    ['/api/events?actor=%E0%A4%A', 400, 'bad_encoding'],
    ['/api/search?q=a%00b', 400, 'bad_parameter'],
    [`/api/search?q=${'x'.repeat(201)}`, 400, 'too_long'],
    [`/api/search?q=${'%3Cscript%3E'.repeat(200)}`, 414, 'uri_too_long'],
    [`/api/events?${'a=1&'.repeat(600)}`, 414, 'uri_too_long'],
    ['/api/search?kind=everything', 400, 'bad_parameter'],
    ['/api/openapi.json?x=1', 400, 'unknown_parameter'],
    ['/api/nothing', 404, 'not_found'],
    ['/api/events/E0123456789/extra', 404, 'not_found'],
    ['/static/../package.json', 404, 'not_found'],
    ['/static/nothing.css', 404, 'not_found'],
  ];
  for (const [path, status, code] of cases) {
    test(`${path.slice(0, 70)} → ${status} ${code}`, async () => {
      const r = await get(s.url, path, path.startsWith('/api/') ? {} : { headers: { accept: 'application/json' } });
      assertError(r, status, code);
      assert.equal(r.headers.get('content-security-policy'), CSP_EXPECTED);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    });
  }

  test('wrong methods are 405 with Allow', async () => {
    const r = await get(s.url, '/api/events', { method: 'DELETE' });
    assertError(r, 405, 'method_not_allowed');
    assert.equal(r.headers.get('allow'), 'GET, HEAD');
    const p = await get(s.url, '/api/overview', { method: 'POST', body: 'x' });
    assertError(p, 405, 'method_not_allowed');
  });

  test('ingest is refused when the server is read-only', async () => {
    const r = await get(s.url, '/api/ingest', { method: 'POST', body: 'url: https://a.example/x\n---\nPutin demanded Donetsk.', headers: { 'content-type': 'text/plain', authorization: 'Bearer whatever-token' } });
    assertError(r, 403, 'ingest_disabled');
  });

  test('HTML pages answer errors as HTML with the same status, still escaped', async () => {
    const r = await get(s.url, '/timeline/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/territory');
    assert.equal(r.status, 400);
    assert.match(r.headers.get('content-type') ?? '', /^text\/html/);
    assert.ok(!r.text.includes('<img src=x'), 'not reflected as markup');
    const missing = await get(s.url, '/events/E0000000000');
    assert.equal(missing.status, 404);
    const bad = await get(s.url, '/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    assert.equal(bad.status, 200);
    assert.ok(!bad.text.includes('<script>alert'), 'search text reflected escaped');
    assert.ok(bad.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });

  test('HEAD works like GET without a body', async () => {
    const r = await fetch(s.url + '/api/overview', { method: 'HEAD' });
    assert.equal(r.status, 200);
    assert.equal(await r.text(), '');
  });
});

describe('security headers and OpenAPI', () => {
  test('every kind of response carries the CSP and nosniff', async () => {
    for (const path of ['/', '/map', '/search', '/api/overview', '/static/style.css', '/static/app.js', '/api/openapi.json', '/nowhere']) {
      const r = await get(s.url, path);
      assert.equal(r.headers.get('content-security-policy'), CSP_EXPECTED, path);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(r.headers.get('x-frame-options'), 'DENY', path);
    }
  });

  test('pages have no inline script, inline style or style attributes', async () => {
    const pages = ['/', '/map', '/search?q=Donetsk', '/timeline/RUS/territory'];
    const ev = (await get(s.url, '/api/events?limit=1')).json.items[0];
    pages.push(ev.href, '/articles/1');
    for (const p of pages) {
      const r = await get(s.url, p);
      assert.equal(r.status, 200, p);
      assert.ok(!/<script(?![^>]*\bsrc="\/static\/)[^>]*>/i.test(r.text), `${p}: inline script`);
      assert.ok(!/<style\b/i.test(r.text), `${p}: style element`);
      assert.ok(!/\sstyle\s*=/i.test(r.text), `${p}: style attribute`);
      assert.ok(!/\son[a-z]+\s*=/i.test(r.text), `${p}: event handler attribute`);
    }
  });

  test('the OpenAPI document lists every route, and every listed path is served', async () => {
    const r = await get(s.url, '/api/openapi.json');
    assert.equal(r.status, 200);
    assert.match(r.json.openapi, /^3\./);
    const paths = r.json.paths as Record<string, Record<string, any>>;
    for (const route of ROUTES) {
      assert.ok(paths[route.path]?.[route.method.toLowerCase()], `${route.method} ${route.path} documented`);
    }
    const expected = ['/', '/timeline/{actor}/{issue}', '/map', '/events/{id}', '/articles/{id}', '/search', '/api/overview', '/api/positions',
      '/api/positions/{actor}/{issue}', '/api/map', '/api/events', '/api/events/{id}', '/api/articles', '/api/articles/{id}', '/api/search',
      '/api/stats', '/api/openapi.json', '/api/ingest', '/static/{file}'];
    assert.deepEqual(Object.keys(paths).sort(), expected.sort());
    assert.ok(r.json.components.schemas.Error);
    assert.equal(paths['/api/events'].get.parameters.find((p: any) => p.name === 'limit').schema.maximum, 200);
    assert.ok(paths['/api/ingest'].post.requestBody);
    // every documented GET path answers (with the example path parameters: 200, 400 or 404, never 5xx)
    const ev = (await get(s.url, '/api/events?limit=1')).json.items[0].id;
    for (const [path, ops] of Object.entries(paths)) {
      if (!ops.get) continue;
      const concrete = path.replace('{actor}', 'RUS').replace('{issue}', 'territory').replace('{id}', path.includes('event') ? ev : '1').replace('{file}', 'style.css');
      const res = await get(s.url, concrete);
      assert.equal(res.status, 200, `${concrete}: ${res.text.slice(0, 200)}`);
    }
  });
});
