// The server builds positions page by page from an index (track's streamPosition over
// Store.positionEvents); what it serves must be what `parley positions` computes from every event at
// once (buildPositions over listEvents), compared as data: every step of every position, and the
// latest step of each in the positions list and the overview.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../src/server/index.js';
import { DataSource } from '../../src/server/data.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { buildPositions, loadFronts, loadRegionTable } from '../../src/track/index.js';
import { regionNames } from '../../src/lexicon/regions.js';
import { putLongPosition } from '../helpers/long-position.js';
import { get } from './helpers.js';

test('served positions equal those `parley positions` computes, whatever the page size the server reads', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-posdata-'));
  const store = await openSqliteStore(join(dir, 'p.db'));
  const page = DataSource.PAGE;
  try {
    await putLongPosition(store, { articles: 260, seed: 3, actor: 'RUS' });
    await putLongPosition(store, { articles: 90, seed: 4, actor: 'UKR' });
    const [regions, fronts] = await Promise.all([loadRegionTable(), loadFronts()]);
    const names = regionNames();
    const expected = buildPositions(await store.listEvents(), { regions, fronts, names: (c) => names.name(c) });
    assert.ok(expected.length >= 2 && expected.some((p) => p.steps.length > 100), 'long positions to compare');
    for (const size of [7, 256]) {
      DataSource.PAGE = size;
      const { server, url } = await startServer({ store, port: 0, host: '127.0.0.1', cache: false });
      try {
        for (const p of expected) {
          const steps: any[] = [];
          for (let offset = 0; offset < p.steps.length; offset += 200) {
            const r = await get(url, `/api/positions/${p.actor}/${p.issue}?limit=200&offset=${offset}`);
            assert.equal(r.status, 200);
            steps.push(...r.json.steps);
          }
          assert.equal(steps.length, p.steps.length, `${p.actor} ${p.issue}: number of steps`);
          const brief = (s: any) => ({ date: s.date, implied: s.implied, types: s.types, change: s.change, events: s.events, stances: s.stances, km2: [s.claims_km2, s.concedes_km2] });
          assert.deepEqual(steps.map((s) => ({ ...brief(s), events: s.events.map((e: any) => e.id), change: s.change_text })),
            p.steps.map((s) => ({ ...brief(s), events: s.events, change: s.change?.text ?? null })), `${p.actor} ${p.issue}, pages of ${size}`);
        }
        // What is on screen: bands over the page's period only, and the rest of the position in brief (steps per month).
        const rus = expected.find((p) => p.actor === 'RUS' && p.issue === 'territory')!;
        // As first opened: the latest 10 steps, the bands of their period.
        const n = rus.steps.length;
        const latest = await get(url, '/api/positions/RUS/territory');
        assert.equal(latest.json.offset, n - 10);
        assert.equal(latest.json.next, null);
        assert.deepEqual(latest.json.steps.map((s: any) => s.date), rus.steps.slice(n - 10).map((s) => s.date));
        assert.deepEqual(latest.json.bands_period, { from: rus.steps[n - 10].date, to: rus.steps[n - 1].date });
        const pageOne = await get(url, '/api/positions/RUS/territory?offset=0');
        assert.deepEqual(pageOne.json.bands_period, { from: rus.steps[0].date, to: rus.steps[10].date });
        assert.ok(pageOne.json.bands.length >= 1);
        for (const b of pageOne.json.bands) for (const sg of b.segments) assert.ok(sg.from >= rus.steps[0].date && sg.to !== null && sg.to <= rus.steps[10].date, `${b.region} ${sg.from}–${sg.to}`);
        assert.equal(pageOne.json.months.reduce((n: number, m: any) => n + m.steps, 0), rus.steps.length);
        assert.equal(pageOne.json.months.reduce((n: number, m: any) => n + (m.changes.tougher ?? 0), 0), rus.steps.filter((s) => s.change?.label === 'tougher').length);
        assert.ok(pageOne.text.length < 60_000, `the first page of the timeline is ${pageOne.text.length} bytes`);
        // Event totals (from the counts per actor and issue when only those filter) are what the store counts.
        for (const [query, filter] of [['', {}], ['actor=RUS', { actor: 'RUS' }], ['actor=UKR&issue=territory', { actor: 'UKR', issue: 'territory' }],
          ['issue=ceasefire', { issue: 'ceasefire' }], ['actor=RUS&type=OFFER', { actor: 'RUS', type: 'OFFER' }], ['actor=XYZ', null]] as const) {
          const r = await get(url, `/api/events?${query}`);
          if (!filter) { assert.equal(r.status, 400); continue; }
          assert.equal(r.json.total, await store.countEvents(filter), query);
          assert.ok(r.json.total > 0, query);
        }
        const list = await get(url, '/api/positions?limit=200');
        assert.deepEqual(list.json.items.map((x: any) => [x.actor, x.issue, x.steps, x.last_date, x.latest.change_text]),
          expected.map((p) => [p.actor, p.issue, p.steps.length, p.steps.at(-1)!.date, p.steps.at(-1)!.change?.text ?? null]));
        const one = await get(url, '/api/positions?actor=UKR');
        assert.deepEqual(one.json.items.map((x: any) => x.issue), expected.filter((p) => p.actor === 'UKR').map((p) => p.issue));
      } finally {
        await server.close();
      }
    }
  } finally {
    DataSource.PAGE = page;
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the chart shows the page\'s steps (the latest as first opened) or the period asked for, and is drawn again when the data changes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-chart-'));
  const store = await openSqliteStore(join(dir, 'c.db'));
  try {
    await putLongPosition(store, { articles: 120, seed: 8, actor: 'RUS', to: '2024-12-31' });
    const { server, url } = await startServer({ store, port: 0, host: '127.0.0.1', cache: false });
    const chart = (page: string) => /<svg class="chart chart-wide"[\s\S]*?<\/svg>/.exec(page)![0];
    try {
      const first = await get(url, '/timeline/RUS/territory');
      const steps = (await get(url, '/api/positions/RUS/territory?limit=200')).json.steps.map((s: any) => s.date);
      const n = steps.length;
      assert.match(chart(first.text), new RegExp(`aria-label="RUS territory position over time, steps ${n - 9}&#8211;${n} \\(${steps[n - 10]} to ${steps[n - 1]}\\)"`), 'the latest steps');
      assert.equal(chart((await get(url, '/timeline/RUS/territory')).text), chart(first.text), 'the same chart when asked again');
      const page3 = await get(url, "/timeline/RUS/territory?offset=20");
      assert.match(chart(page3.text), new RegExp(`steps 21&#8211;30 \\(${steps[20]} to ${steps[29]}\\)`), 'another page of steps: their period');
      // The page carries that page's steps only, and a chart the size of their period.
      assert.equal([...page3.text.matchAll(/<tr><td class="nowrap" data-label="date">/g)].length, 10);
      const whole = await get(url, `/timeline/RUS/territory?from=${steps[0]}&to=${steps[n - 1]}`);
      assert.ok(chart(first.text).length < chart(whole.text).length / 2, `${chart(first.text).length} bytes for the latest steps, ${chart(whole.text).length} for the whole span`);
      const zoomed = await get(url, '/timeline/RUS/territory?from=2024-03&to=2024-04');
      assert.notEqual(chart(zoomed.text), chart(first.text), 'a period asked for is drawn for it');
      // Another connection adds statements: the position and its chart are built again.
      const other = await openSqliteStore(join(dir, 'c.db'));
      await putLongPosition(other, { articles: 60, seed: 9, actor: 'RUS', from: '2025-01-01', to: '2025-06-30' });
      await other.close();
      const later = await get(url, '/timeline/RUS/territory');
      assert.notEqual(chart(later.text), chart(first.text));
      assert.match(chart(later.text), /aria-label="[^"]*\(2025-0[1-6]-\d\d to 2025-0[1-6]-\d\d\)"/, 'the latest steps are the new ones');
    } finally {
      await server.close();
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('warmed at start, the first overview and the map\'s timeline read no event; building positions lets other requests through', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-warm-'));
  const store = await openSqliteStore(join(dir, 'w.db'));
  const page = DataSource.PAGE;
  try {
    await putLongPosition(store, { articles: 240, seed: 6, actor: 'RUS' });
    await putLongPosition(store, { articles: 60, seed: 7, actor: 'UKR' });
    const calls: string[] = [];
    const recorded = new Proxy(store, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? (...args: unknown[]) => { calls.push(String(prop)); return v.apply(target, args); } : v;
      },
    });
    DataSource.PAGE = 2;
    const { server, url } = await startServer({ store: recorded, port: 0, host: '127.0.0.1', cache: false });
    try {
      // While the first overview builds every position (many pages of 2 events), a static file is answered.
      const done: string[] = [];
      const overview = get(url, '/').then(() => done.push('/'));
      await new Promise((r) => setTimeout(r, 5));
      const css = get(url, '/static/style.css').then(() => done.push('css'));
      await Promise.all([overview, css]);
      assert.deepEqual(done, ['css', '/'], 'the static file did not wait for the overview');
    } finally {
      await server.close();
    }
    // A fresh server, warmed as parley serve warms it: the first requests read no event.
    const second = await startServer({ store: recorded, port: 0, host: '127.0.0.1', cache: false });
    try {
      await second.server.warm();
      calls.length = 0;
      for (const path of ['/', '/timeline/RUS/territory', '/map']) assert.equal((await get(second.url, path)).status, 200, path);
      assert.deepEqual(calls.filter((m) => /^(positionEvents|listEvents|claimsByKeys|listClaims|eventCounts|stats)$/.test(m)), [], 'nothing left to read');
    } finally {
      await second.server.close();
    }
  } finally {
    DataSource.PAGE = page;
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
