// The timeline and the map in a real headless Chromium, at desktop and phone widths, on a generated
// position of hundreds of steps (test/helpers/long-position.ts): no two visible labels overlap
// (bounding boxes measured by the browser), the legend is there, the band view shows each region's
// stance as the API gives it, implied dates are drawn as such, zoom works by link and by dragging the
// brush, and nothing is cut on a phone. Screenshots go to test-artifacts/ (git-ignored).
// Skipped (with the reason) when Chromium is not installed.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer, type ParleyServer } from '../../src/server/index.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';
import { putLongPosition } from '../helpers/long-position.js';
import { ARTIFACTS, CHROMIUM, launch, type Browser } from './browser.js';

const SKIP = existsSync(CHROMIUM) ? false : `skipped: Chromium is not installed at ${CHROMIUM} (apt-get install chromium)`;


type Page = Awaited<ReturnType<Browser['context']['newPage']>>;

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Visible text of a visible SVG whose boxes overlap another's (more than half a pixel each way), or stick out of the SVG. */
async function labelProblems(page: Page, svg: string): Promise<{ labels: number; overlaps: string[]; outside: string[] }> {
  return page.locator(svg).evaluate((root) => {
    const box = root.getBoundingClientRect();
    const texts = Array.from(root.querySelectorAll('text'))
      .map((t) => ({ text: (t.firstChild?.textContent ?? t.textContent ?? '').trim(), r: t.getBoundingClientRect() }))
      .filter((t) => t.r.width > 0 && t.r.height > 0);
    const overlaps: string[] = [];
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i].r;
        const b = texts[j].r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5) overlaps.push(`"${texts[i].text}" × "${texts[j].text}"`);
      }
    }
    const outside = texts.filter((t) => t.r.left < box.left - 0.5 || t.r.right > box.right + 0.5 || t.r.top < box.top - 0.5 || t.r.bottom > box.bottom + 0.5).map((t) => t.text);
    return { labels: texts.length, overlaps, outside };
  });
}

async function noOverlaps(page: Page, svg: string, what: string): Promise<number> {
  const p = await labelProblems(page, svg);
  assert.deepEqual(p.overlaps, [], `${what}: overlapping labels`);
  assert.deepEqual(p.outside, [], `${what}: labels cut by the edge`);
  return p.labels;
}

/** Nothing wider than the screen: the page does not scroll sideways and every table cell fits. */
async function fitsWidth(page: Page, width: number, what: string): Promise<void> {
  const r = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    cells: Array.from(document.querySelectorAll('table td')).map((td) => td.getBoundingClientRect()).filter((b) => b.width > 0).map((b) => Math.round(b.right)),
  }));
  assert.ok(r.scroll <= width, `${what}: the page is ${r.scroll}px wide on a ${width}px screen`);
  assert.ok(r.cells.every((x) => x <= width), `${what}: a table cell ends past the screen (${Math.max(...r.cells)}px)`);
}

async function legendShown(page: Page, what: string, chart: string): Promise<void> {
  const legend = page.locator('figure.chart-wrap figcaption.legend');
  assert.ok(await legend.isVisible(), `${what}: legend visible`);
  const text = await legend.innerText();
  for (const word of ['claims', 'holds the line', 'concedes', 'DEMAND', 'OFFER', 'implied date']) assert.ok(text.includes(word), `${what}: the legend names ${word}`);
  // Every colour the chart uses for changes (brush bars, the counts of grouped labels) has its key.
  const colours = await page.evaluate((svg) => {
    const keys: Record<string, string> = {};
    for (const c of ['tougher', 'softer', 'reframed', 'unchanged']) {
      const k = document.querySelector(`figcaption.legend .key.c-${c}`);
      if (k) keys[c] = getComputedStyle(k).backgroundColor;
    }
    const used = Array.from(document.querySelectorAll(`${svg} rect.brush-bar, ${svg} text.change tspan`))
      .map((el) => ({ change: /\bc-(\w+)/.exec(el.getAttribute('class') ?? '')?.[1] ?? '?', fill: getComputedStyle(el).fill }));
    return { keys, used };
  }, chart);
  assert.deepEqual(Object.keys(colours.keys), ['tougher', 'softer', 'reframed', 'unchanged'], `${what}: a key for each change`);
  assert.ok(colours.used.length > 0);
  for (const u of colours.used) assert.equal(u.fill, colours.keys[u.change], `${what}: the colour of ${u.change} is the one of its key`);
}

/** Marks of implied dates are hollow but outlined in a visible colour (not white on white). */
async function impliedMarksVisible(page: Page, chart: string, what: string): Promise<number> {
  const marks = await page.locator(`${chart} a.event-mark.implied .mark`).evaluateAll((els) => els.map((el) => ({ cls: el.getAttribute('class'), stroke: getComputedStyle(el).stroke })));
  for (const m of marks) assert.ok(!['none', 'rgb(255, 255, 255)'].includes(m.stroke), `${what}: implied mark ${m.cls} outlined in ${m.stroke}`);
  return marks.length;
}

/** The text of SVG text elements (without their <title>; innerText is not defined for SVG). */
const svgTexts = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => (e.firstChild?.textContent ?? '').trim()));

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, name), fullPage: false });
const shotOf = (page: Page, selector: string, name: string) => page.locator(selector).first().screenshot({ path: join(ARTIFACTS, name) });

describe('timeline and map in Chromium, ≥300 steps, desktop and phone', { skip: SKIP, timeout: 300_000 }, () => {
  let dir = '';
  let store: SqliteStore;
  let server: ParleyServer;
  let url = '';
  let browser: Browser;
  let steps = 0;
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'parley-long-'));
    store = await openSqliteStore(join(dir, 'long.db'));
    await putLongPosition(store);
    await putLongPosition(store, { actor: 'UKR', seed: 5, articles: 40 });
    ({ server, url } = await startServer({ store, port: 0, host: '127.0.0.1' }));
    const tl = await (await fetch(`${url}/api/positions/RUS/territory?limit=1`)).json() as { position_steps: number };
    steps = tl.position_steps;
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('desktop: every step on one chart (the whole span), labels apart, legend, band view, implied dates; zoom by link and by brush', async () => {
    assert.ok(steps >= 300, `the generated position has ${steps} steps`);
    const page = await browser.context.newPage();
    await page.setViewportSize(DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${url}/timeline/RUS/territory`);
    const chart = 'svg.chart-wide';
    assert.ok(await page.locator(chart).isVisible());
    assert.ok(!(await page.locator('svg.chart-narrow').isVisible()));
    await noOverlaps(page, chart, 'latest steps, desktop');
    // The whole span on one chart, on demand.
    await page.locator('form.zoom a.whole').click();
    await page.waitForURL(/from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
    const labels = await noOverlaps(page, chart, 'whole span, desktop');
    assert.ok(labels >= 20, `${labels} labels drawn`);
    await legendShown(page, 'desktop', chart);
    assert.match(await page.locator('form.zoom').innerText(), new RegExp(`${steps} of ${steps} steps`));
    // Change labels: grouped (there are far more steps than room), each group a link to its period.
    const changeLabels = await svgTexts(page, `${chart} text.change`);
    assert.ok(changeLabels.length >= 2 && changeLabels.every((t) => /^[▲▼◆=]/.test(t)), changeLabels.join(' | '));
    assert.match((await svgTexts(page, `${chart} text.row-label`)).join(' '), /changes per (week|month|quarter|year)/);
    // The band view: one row per region, named with its code; implied dates drawn as such.
    const bandLabels = await svgTexts(page, `${chart} text.band-label`);
    assert.ok(bandLabels.length >= 6 && bandLabels.every((l) => /\(UA-\d\d\)$/.test(l)), bandLabels.join(' | '));
    assert.ok(await page.locator(`${chart} rect.band.implied`).count() >= 1, 'faded bands for implied dates');
    assert.ok(await page.locator(`${chart} .event-mark.implied, ${chart} .event-cluster.implied`).count() >= 1, 'hollow marks for implied dates');
    const hatched = page.locator(`${chart} rect.band.st-claims_part, ${chart} rect.band.st-concedes_part`);
    assert.ok(await hatched.count() >= 1, 'partial stances');
    assert.match(await hatched.first().evaluate((el) => getComputedStyle(el).fill), /url\("?#hatch-(claims|concedes)_part-wide"?\)/, 'partial stances hatched');
    // The chart stays small however many steps there are.
    const svgBytes = await page.locator(chart).evaluate((el) => el.outerHTML.length);
    assert.ok(svgBytes < 400_000, `the chart is ${svgBytes} bytes`);
    await shot(page, 'timeline-300-steps-desktop.png');
    await shotOf(page, 'figure.chart-wrap', 'timeline-300-steps-desktop-chart.png');

    // Zoom by link: a year under the brush.
    await page.locator(`${chart} a.year-link`, { hasText: '2024' }).click();
    await page.waitForURL(/from=2024-01-01&to=2024-12-31/);
    assert.match(await page.locator(chart).getAttribute('aria-label') ?? '', /2024-01-01 to 2024-12-31/);
    await noOverlaps(page, chart, '2024, desktop');
    assert.equal(await page.locator(`${chart} rect.brush-window`).count(), 1, 'the brush outlines the period shown');
    const shown = await (await fetch(`${url}/api/positions/RUS/territory?from=2024-01-01&to=2024-12-31&limit=200`)).json() as {
      steps_total: number; steps: Array<{ date: string; stances: Array<{ region: string; name: string; stance: string }> }>;
    };
    assert.ok(shown.steps_total > 20 && shown.steps_total < steps);
    assert.ok(shown.steps.every((s) => s.date >= '2024-01-01' && s.date <= '2024-12-31'));
    // Each band ends in the stance the API gives for the last step of the period.
    const lastStances = shown.steps[shown.steps.length - 1].stances;
    const bandEnds = await page.locator(chart).evaluate((svg) => {
      const rows = new Map<string, string>();
      for (const r of Array.from(svg.querySelectorAll('rect.band'))) {
        const title = r.querySelector('title')?.textContent ?? '';
        const m = /\((UA-\d\d)\): (\w+(?: \w+)?) from/.exec(title);
        if (m) rows.set(m[1], m[2].replace(' ', '_')); // the last rect of a row wins
      }
      return [...rows];
    });
    for (const st of lastStances) assert.deepEqual(bandEnds.find(([code]) => code === st.region), [st.region, st.stance], `band of ${st.name}`);
    await shotOf(page, 'figure.chart-wrap', 'timeline-band-view-2024-desktop.png');

    // Zoom by dragging across the brush (app.js): a period of about four months.
    const yearUrl = page.url();
    const brush = page.locator(`${chart} g.brush rect.brush-bg`);
    const b = (await brush.boundingBox())!;
    await page.mouse.move(b.x + b.width * 0.30, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width * 0.33, b.y + b.height / 2, { steps: 4 });
    await page.mouse.move(b.x + b.width * 0.38, b.y + b.height / 2, { steps: 4 });
    await page.mouse.up();
    await page.waitForURL((u) => u.href !== yearUrl && /from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/.test(u.search));
    const q = new URL(page.url()).searchParams;
    const days = (Date.parse(q.get('to')!) - Date.parse(q.get('from')!)) / 86_400_000;
    assert.ok(days > 60 && days < 200, `dragged over ${days} days`);
    await noOverlaps(page, chart, 'dragged period, desktop');

    // A month: single events are marks that link to their events; labels still apart.
    await page.goto(`${url}/timeline/RUS/territory?from=2024-03-01&to=2024-03-31`);
    await noOverlaps(page, chart, 'one month, desktop');
    assert.ok(await page.locator(`${chart} a.event-mark`).count() >= 1);
    assert.ok(await impliedMarksVisible(page, chart, 'one month, desktop') >= 1, 'single marks of implied dates in the month');
    const ticks = await svgTexts(page, `${chart} text.tick`);
    assert.ok(ticks.length >= 2, `axis ticks: ${ticks.join(', ')}`);
    await shotOf(page, 'figure.chart-wrap', 'timeline-one-month-desktop.png');
    await fitsWidth(page, DESKTOP.width, 'desktop');
    assert.deepEqual(errors, [], 'no script errors or CSP violations');
    await page.close();
  });

  test('phone: the phone drawing, labels apart, legend, nothing cut', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${url}/timeline/RUS/territory`);
    const chart = 'svg.chart-narrow';
    assert.ok(await page.locator(chart).isVisible(), 'the phone drawing is shown');
    assert.ok(!(await page.locator('svg.chart-wide').isVisible()), 'the desktop drawing is not');
    await noOverlaps(page, chart, 'latest steps, phone');
    await fitsWidth(page, PHONE.width, 'phone timeline, latest steps');
    await page.goto(`${url}/timeline/RUS/territory?from=2022-03-01&to=2025-12-20`);
    const box = (await page.locator(chart).boundingBox())!;
    assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, 'the chart fits the screen');
    await noOverlaps(page, chart, 'whole span, phone');
    // Labels keep a readable size: the drawing is not shrunk below 90 % of its size.
    assert.ok(box.width >= 0.9 * 360, `the chart is drawn ${box.width}px wide`);
    await legendShown(page, 'phone', chart);
    assert.equal(await page.locator(`${chart} text.band-label`).count(), await page.locator('svg.chart-wide text.band-label').count(), 'every band on the phone too');
    await fitsWidth(page, PHONE.width, 'phone timeline');
    await shot(page, 'timeline-300-steps-phone.png');
    await shotOf(page, 'figure.chart-wrap', 'timeline-300-steps-phone-chart.png');
    await page.locator('table.steps tbody tr').first().scrollIntoViewIfNeeded();
    await shot(page, 'timeline-300-steps-phone-table.png');
    await page.goto(`${url}/timeline/RUS/territory?from=2024-01-01&to=2024-12-31`);
    await noOverlaps(page, chart, '2024, phone');
    await page.goto(`${url}/timeline/RUS/territory?from=2024-03-01&to=2024-03-31`);
    await noOverlaps(page, chart, 'one month, phone');
    await page.close();
  });

  test('what is on screen: the latest steps and their chart first, earlier ones on demand (in place with the script, by link without it)', async () => {
    type Tl = { offset: number; steps_total: number; steps: Array<{ date: string; events: Array<{ id: string }> }> };
    const api = async (query: string) => await (await fetch(`${url}/api/positions/RUS/territory${query}`)).json() as Tl;
    const latest = await api('');
    assert.equal(latest.steps.length, 10);
    assert.equal(latest.offset, steps - 10);
    const earlier = await api(`?offset=${steps - 20}`);
    const rowDates = (page: Page) => page.locator('table.steps tbody tr td[data-label="date"]').evaluateAll((tds) => tds.map((td) => (td.firstChild?.textContent ?? '').trim()));
    const chartLabel = (page: Page) => page.locator('svg.chart-wide').getAttribute('aria-label');
    for (const script of [true, false]) {
      const page = await browser.context.newPage();
      await page.setViewportSize(DESKTOP);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // Without the script: app.js is not served (the one failed load is expected).
      page.on('console', (m) => { if (m.type() === 'error' && (script || !/ERR_FAILED/.test(m.text()))) errors.push(m.text()); });
      if (!script) await page.route('**/static/app.js', (r) => r.abort());
      const first = await page.goto(`${url}/timeline/RUS/territory`);
      const bytes = (await first!.body()).length;
      const wholeSpan = (await (await fetch(`${url}/timeline/RUS/territory?from=2022-03-01&to=2025-12-20`)).arrayBuffer()).byteLength;
      assert.ok(bytes < 80_000 && bytes < wholeSpan / 2, `the first screen is ${bytes} bytes (the whole span ${wholeSpan})`);
      // The first screen is whole without the script: the chart of the latest steps, and their rows.
      assert.deepEqual(await rowDates(page), latest.steps.map((s) => s.date));
      assert.equal(await chartLabel(page), `RUS territory position over time, steps ${steps - 9}\u2013${steps} (${latest.steps[0].date} to ${latest.steps[9].date})`);
      assert.ok(await page.locator('svg.chart-wide a.event-mark, svg.chart-wide a.event-cluster').count() >= 1, 'their events on the chart');
      assert.equal(await page.locator('svg.chart-wide rect.brush-window').count(), 1, 'the brush outlines the period shown');
      assert.match(await page.locator('form.zoom').innerText(), new RegExp(`steps ${steps - 9}–${steps} of ${steps}`));
      await noOverlaps(page, 'svg.chart-wide', `latest steps, ${script ? 'script' : 'no script'}`);
      // Earlier steps on demand.
      await page.evaluate(() => { (window as unknown as { kept: number }).kept = 1; });
      await page.locator('nav.pager a[rel="prev"]').click();
      await page.waitForURL(new RegExp(`offset=${steps - 20}`));
      await page.locator('table.steps tbody tr td[data-label="date"]').first().filter({ hasText: earlier.steps[0].date }).waitFor();
      assert.deepEqual(await rowDates(page), earlier.steps.map((s) => s.date));
      assert.equal(await chartLabel(page), `RUS territory position over time, steps ${steps - 19}\u2013${steps - 10} (${earlier.steps[0].date} to ${earlier.steps[9].date})`);
      const kept = await page.evaluate(() => (window as unknown as { kept?: number }).kept ?? null);
      assert.equal(kept, script ? 1 : null, script ? 'loaded in place' : 'a page load without the script');
      // The brush still zooms after a page loaded in place.
      await page.locator('svg.chart-wide a.year-link', { hasText: '2024' }).click();
      await page.waitForURL(/from=2024-01-01&to=2024-12-31/);
      if (script) {
        await page.goBack();
        await page.waitForURL(new RegExp(`offset=${steps - 20}`));
        assert.deepEqual(await rowDates(page), earlier.steps.map((s) => s.date));
      }
      assert.deepEqual(errors, [], 'no script errors or CSP violations');
      await page.close();
    }
  });

  test('map: one actor, stance colours with a legend, labels apart, desktop and phone', async () => {
    const page = await browser.context.newPage();
    // The month end with the most kinds of stance (and a partial region), so that the map shows them.
    type MapJson = { date: string; regions: Array<{ code: string; status: string; partial: boolean }> };
    let api: MapJson | null = null;
    let kinds = 0;
    for (const month of ['2023-03', '2023-09', '2024-03', '2024-09', '2025-03', '2025-09']) {
      const m = await (await fetch(`${url}/api/map?date=${month}&actor=RUS`)).json() as MapJson;
      const k = new Set(m.regions.map((r) => r.status)).size + (m.regions.some((r) => r.partial) ? 1 : 0);
      if (k > kinds) { api = m; kinds = k; }
    }
    assert.ok(api && kinds >= 4, `a map with ${kinds} kinds of stance`);
    for (const [viewport, map, tag] of [[DESKTOP, 'svg.map-wide', 'desktop'], [PHONE, 'svg.map-narrow', 'phone']] as const) {
      await page.setViewportSize(viewport);
      await page.goto(`${url}/map?date=${api.date}&actor=RUS`);
      assert.ok(await page.locator(map).isVisible(), `${tag}: its drawing is shown`);
      await noOverlaps(page, map, `map, ${tag}`);
      const legend = page.locator('.map-legend');
      assert.ok(await legend.isVisible());
      for (const st of ['claims', 'holds_line', 'concedes', 'none']) assert.equal(await legend.locator(`.key.st-${st}`).count(), 1, `${tag} legend: ${st}`);
      for (const r of api.regions) {
        const cls = await page.locator(`${map} a[data-region="${r.code}"] rect.tile`).getAttribute('class');
        assert.ok(cls?.split(' ').includes(`st-${r.status}`), `${tag}: ${r.code} drawn as ${r.status}`);
        assert.equal(await page.locator(`${map} a[data-region="${r.code}"] rect.tile-hatch`).count(), r.partial ? 1 : 0, `${tag}: ${r.code} hatched when partial`);
      }
      // Labels on hatched tiles keep a halo of the tile's colour, so the hatch does not cross the letters.
      const halos = await page.locator(`${map} rect.tile-hatch`).evaluateAll((hatches) => hatches.map((h) => {
        const tile = getComputedStyle(h.previousElementSibling!).fill;
        return Array.from(h.parentElement!.querySelectorAll('text')).map((t) => ({ text: t.textContent, order: getComputedStyle(t).paintOrder, stroke: getComputedStyle(t).stroke, tile }));
      }).flat());
      assert.ok(halos.length >= 1, `${tag}: labels on hatched tiles`);
      for (const h of halos) assert.ok(h.order.startsWith('stroke') && h.stroke === h.tile, `${tag}: "${h.text}" on a hatched tile has a halo (${JSON.stringify(h)})`);
      await fitsWidth(page, viewport.width, `map, ${tag}`);
      await shot(page, `map-${tag}.png`);
      await page.screenshot({ path: join(ARTIFACTS, `map-${tag}-full.png`), fullPage: true });
    }
    await page.close();
  });
});
