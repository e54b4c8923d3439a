// End-to-end in a real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core):
// click from the overview to a timeline, an event and the article with its highlighted span; and the
// XSS test: hostile titles, outlets, text and URLs never run or render as markup.
// Skipped (with the reason) when Chromium is not installed.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ARTIFACTS, CHROMIUM, launch, type Browser } from './browser.js';
import { HOSTILE_ARTICLES, putHostileArticle, serveFixtures, WEB_ARTICLES, type TestServer } from '../server/helpers.js';

const SKIP = existsSync(CHROMIUM) ? false : `skipped: Chromium is not installed at ${CHROMIUM} (apt-get install chromium)`;

type Page = Awaited<ReturnType<Browser['context']['newPage']>>;

/** Collects what must not happen on a page: dialogs (alert/confirm/prompt), page errors, CSP violations. */
function watch(page: Page, allow4xx = false): { dialogs: string[]; errors: string[] } {
  const seen = { dialogs: [] as string[], errors: [] as string[] };
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); void d.dismiss(); });
  page.on('pageerror', (e) => { seen.errors.push(e.message); });
  // 4xx answers to the hostile URLs the test requests on purpose are expected; everything else is not.
  page.on('console', (m) => { if (m.type() === 'error' && !(allow4xx && /status of 4\d\d/.test(m.text()))) seen.errors.push(m.text()); });
  return seen;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });

describe('web app in Chromium', { skip: SKIP, timeout: 180_000 }, () => {
  let s: TestServer;
  let browser: Awaited<ReturnType<typeof launch>>;
  let hostileId = 0;
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    s = await serveFixtures([WEB_ARTICLES, HOSTILE_ARTICLES], { before: async (store) => { hostileId = await putHostileArticle(store); } });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await s?.close();
  });

  test('overview → timeline → event → article with its highlighted span', async () => {
    const page = await browser.context.newPage();
    const seen = watch(page);
    await page.goto(s.url + '/');
    assert.equal(await page.title(), 'Overview · Parley');
    const cell = page.locator('a.cell-link[href="/timeline/RUS/territory"]');
    assert.match(await cell.innerText(), /claims .*Donetsk/, "the latest stance in a few words, regions by name");
    assert.match(await cell.innerText(), /\d outlets?/);
    await shot(page, 'web-1-overview.png');

    await cell.click();
    await page.waitForURL('**/timeline/RUS/territory');
    assert.equal(await page.locator('svg.chart-wide').count(), 1);
    assert.ok(await page.locator('svg.chart-wide').isVisible(), 'the desktop drawing is shown');
    assert.ok(!(await page.locator('svg.chart-narrow').isVisible()), 'the phone drawing is not');
    assert.ok(await page.locator('svg.chart-wide a.event-mark').count() >= 3, 'event marks');
    assert.ok(await page.locator('svg.chart-wide text.change.c-softer').count() >= 1, 'change labels');
    assert.match(await page.locator('table.list').innerText(), /Donetsk \(UA-14\)/, 'regions by name with their code');
    assert.ok(await page.locator('svg.chart-wide rect.band').count() >= 4, 'the band view: one row per region');
    assert.ok(await page.locator('ol.narrative li').count() >= 3, 'the story of the position');
    await shot(page, 'web-2-timeline.png');

    // the October demand for Donetsk (two independent reports): click its mark in the chart
    const evs = await (await fetch(s.url + '/api/events?actor=RUS&issue=territory&region=UA-14')).json() as { items: Array<{ id: string; reports: number; regions: string[] }> };
    const id = evs.items.filter((e) => e.reports === 2 && e.regions.length === 1).at(-1)!.id;
    await page.locator(`svg.chart-wide a.event-mark[data-event="${id}"]`).click();
    await page.waitForURL(`**/events/${id}`);
    const reports = page.locator('li.report');
    assert.equal(await reports.count(), 2);
    const marks = await page.locator('li.report blockquote mark').allInnerTexts();
    assert.equal(marks.length, 2);
    assert.ok(marks.every((m) => /demanded/.test(m)), marks.join(' | '));
    assert.match(await page.locator('dl.facts').innerText(), /Evening Courier/);
    await shot(page, 'web-3-event.png');

    await reports.first().locator('.report-meta a').last().click();
    await page.waitForURL(/\/articles\/\d+#c-/);
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const span = page.locator(`[id="${hash}"]`);
    assert.equal(await span.count(), 1, 'the claim span is the link target');
    assert.match(await span.innerText(), /demanded/);
    assert.ok(await span.evaluate((el) => el.classList.contains('flash') || el.matches(':target')), 'highlighted');
    assert.equal(await span.getAttribute('href'), `/events/${id}`, 'the span links to its event');
    const bg = await span.evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'the stylesheet applies (CSP allows self)');
    await shot(page, 'web-4-article.png');

    await page.goto(s.url + '/map?date=2025-10-31');
    assert.ok(await page.locator('svg.map-wide rect.tile.st-claims').count() >= 2, 'regions claimed');
    assert.ok(await page.locator('svg.map-wide rect.tile.st-concedes').count() >= 1, 'regions conceded');
    for (const st of ['claims', 'holds_line', 'concedes']) assert.equal(await page.locator(`.map-legend .key.st-${st}`).count(), 1, `legend: ${st}`);
    assert.match(await page.locator('.map-legend').innerText(), /rejects ceding/);
    await shot(page, 'web-5-map.png');
    await page.goto(s.url + '/search?q=Donetsk&actor=RUS');
    assert.ok(await page.locator('li.hit').count() >= 1);
    await shot(page, 'web-6-search.png');
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(seen.errors, [], 'no script errors or CSP violations');
    await page.close();
  });

  test('XSS: hostile article metadata and text never run or render as markup', async () => {
    const page = await browser.context.newPage();
    const seen = watch(page, true);
    const api = await (await fetch(`${s.url}/api/search?q=Kharkiv&kind=article`)).json() as { items: Array<{ article: { id: number; doc: string } }> };
    const hostile = api.items.find((i) => i.article.doc === 'xss_hostile');
    assert.ok(hostile);
    const pages = [`/articles/${hostile.article.id}`, `/articles/${hostileId}`, '/', '/timeline/RUS/territory', '/search?q=alert', '/map?date=2025-09-30',
      '/search?q=%3Cscript%3Ealert(%22q%22)%3C%2Fscript%3E', '/timeline/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/territory'];
    for (const id of [hostile.article.id, hostileId]) {
      const a = await (await fetch(`${s.url}/api/articles/${id}`)).json() as { claim_list: Array<{ event: string | null }> };
      for (const c of a.claim_list) if (c.event) pages.push(`/events/${c.event}`);
    }
    for (const p of pages) {
      await page.goto(s.url + p);
      await page.waitForLoadState('load');
      const injected = await page.evaluate(() => ({
        scripts: Array.from(document.scripts).map((x) => x.getAttribute('src')),
        imgs: document.querySelectorAll('img, iframe, object, embed').length,
        handlers: Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name))).map((el) => el.outerHTML.slice(0, 80)),
        jsLinks: Array.from(document.querySelectorAll('[href], [src], [action]')).filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')).length,
        foreign: document.querySelectorAll('main b, main div[onmouseover], main svg:not(.chart):not(.map)').length,
      }));
      assert.deepEqual(injected.scripts, ['/static/app.js'], `${p}: only the app script`);
      assert.equal(injected.imgs, 0, `${p}: no injected img/iframe`);
      assert.deepEqual(injected.handlers, [], `${p}: no event-handler attributes`);
      assert.equal(injected.jsLinks, 0, `${p}: no javascript: URLs`);
      assert.equal(injected.foreign, 0, `${p}: no injected elements`);
    }
    await page.goto(`${s.url}/articles/${hostile.article.id}`);
    const text = await page.locator('article.article-text').innerText();
    assert.ok(text.includes("<script>alert('body')</script>"), 'the script tag shows literally');
    assert.ok(text.includes('<img src=x onerror="alert(\'img\')">'), 'the img tag shows literally');
    assert.ok(text.includes('<a href="javascript:alert(\'link\')" onclick="alert(\'click\')">click here</a>'));
    assert.match(await page.locator('h1').innerText(), /^<script>alert\('title'\)<\/script><img src=x onerror=alert\('title-img'\)> Breaking "news" & 'quotes'$/);
    assert.match(await page.locator('p.byline').innerText(), /<img src=x onerror="alert\('outlet'\)">Evil <b>Outlet<\/b>/);
    // a claim span containing markup is highlighted as text
    assert.match(await page.locator('a.span').first().innerText(), /<script>alert\('body'\)<\/script>/);
    await shot(page, 'web-7-xss-article.png');
    await page.goto(`${s.url}/articles/${hostileId}`);
    assert.equal(await page.locator('a.original').count(), 0, 'javascript: URL not a link');
    assert.match(await page.locator('p.byline').innerText(), /original: javascript:alert\('stored-url'\)/);
    // hovering and clicking the would-be handlers does nothing
    await page.locator('article.article-text').hover();
    await page.locator('article.article-text').click({ position: { x: 5, y: 5 } });
    await page.waitForTimeout(300);
    assert.deepEqual(seen.dialogs, [], 'no dialog fired');
    assert.deepEqual(seen.errors, [], 'no script errors or CSP violations');
    await page.close();
  });
});
