// The shared Store test suite: any implementation (SQLite now, Postgres later) must pass it.
// Call storeSuite('name', factory) from a *.test.ts file; the factory returns a fresh, empty store.
import { test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord, Store } from '../../src/store/types.js';
import { makeArticle, makeClaim } from './helpers.js';

/** A fresh, empty store; `another` opens a second connection to the same database (when the store has one to share). */
export type StoreFactory = () => Promise<{ store: Store; cleanup?: () => Promise<void> | void; another?: () => Promise<Store> }>;

export function storeSuite(name: string, factory: StoreFactory, options: { skip?: string | false } = {}): void {
  const test = (title: string, fn: () => Promise<void>) => nodeTest(title, { skip: options.skip ?? false }, fn);
  const withStore = async (fn: (store: Store, another?: () => Promise<Store>) => Promise<void>) => {
    const { store, cleanup, another } = await factory();
    try { await fn(store, another); } finally { await store.close(); await cleanup?.(); }
  };

  test(`${name}: stores an article with its claims and reads them back`, () => withStore(async (store) => {
    const a = makeArticle('a1', 'Putin demanded that Ukraine pull out of Donetsk and Luhansk.', { outlet: 'Example News', title: 'Alaska' });
    const claims = [
      makeClaim('a1', 0, { regions: ['UA-14', 'UA-09'], outlet: 'Financial Times', credited: true, count: 4, target: 'UKR' }),
      makeClaim('a1', 1, { type: 'OFFER', issue: 'ceasefire', regions: ['UA-65', 'UA-23'], date: { from: '2025-08-10', to: '2025-08-16' } }),
    ];
    const r = await store.putArticle({ article: a, claims, extractorVersion: 'v1' });
    assert.equal(r.outcome, 'new');
    const back = await store.getArticle(r.id);
    assert.ok(back);
    assert.equal(back.doc, 'a1');
    assert.equal(back.title, 'Alaska');
    assert.equal(back.text, a.body);
    assert.equal(back.rawText, a.rawBody);
    assert.deepEqual(back.offsets, a.offsets);
    assert.equal(back.hash, a.hash);
    assert.equal(back.extractorVersion, 'v1');
    const stored = await store.listClaims();
    assert.equal(stored.length, 2);
    assert.deepEqual(stored[0].claim, claims[0]);
    assert.deepEqual(stored[1].claim, claims[1]);
    assert.equal(stored[1].dateStart, '2025-08-10');
    assert.equal(stored[1].dateEnd, '2025-08-16');
    assert.equal(stored[0].publisher, 'Example News');
    assert.deepEqual((await store.listClaims({ issue: 'ceasefire' })).map((c) => c.claim.id), ['a1#1']);
  }));

  test(`${name}: a claim's ref is its id ("doc#n"); a second article with the same doc name gets distinct refs`, () => withStore(async (store) => {
    const a = makeArticle('talks', 'Putin demanded Donetsk.', { title: 'One' });
    const b = makeArticle('talks', 'Zelensky refused to cede Donetsk.', { title: 'Two' });
    await store.putArticle({ article: a, claims: [makeClaim('talks', 1), makeClaim('talks', 2)], extractorVersion: 'v1' });
    await store.putArticle({ article: b, claims: [makeClaim('talks', 1)], extractorVersion: 'v1' });
    const refs = (await store.listClaims()).map((c) => [c.ref, c.claim.id]);
    assert.deepEqual(refs.slice(0, 2), [['talks#1', 'talks#1'], ['talks#2', 'talks#2']]);
    assert.deepEqual(refs[2], [`talks~${b.hash.slice(0, 8)}#1`, 'talks#1']);
    // Re-extracting the first article (new rules) keeps its plain refs.
    await store.putArticle({ article: a, claims: [makeClaim('talks', 1)], extractorVersion: 'v2' });
    assert.ok((await store.listClaims()).some((c) => c.ref === 'talks#1' && c.claim.quote.length > 0));
  }));

  test(`${name}: ingest is idempotent by content hash`, () => withStore(async (store) => {
    const a = makeArticle('a1', 'Same body.');
    const claims = [makeClaim('a1', 0)];
    assert.equal((await store.putArticle({ article: a, claims, extractorVersion: 'v1' })).outcome, 'new');
    assert.equal((await store.putArticle({ article: a, claims, extractorVersion: 'v1' })).outcome, 'unchanged');
    const copy = { ...a, id: 'renamed', source: '/elsewhere/renamed.txt' };
    assert.equal((await store.putArticle({ article: copy, claims, extractorVersion: 'v1' })).outcome, 'unchanged');
    const stats = await store.stats();
    assert.equal(stats.articles, 1);
    assert.equal(stats.claims, 1);
    assert.deepEqual(await store.findByHash(a.hash), { id: 1, extractorVersion: 'v1' });
  }));

  test(`${name}: a new extractor version replaces the article's claims`, () => withStore(async (store) => {
    const a = makeArticle('a1', 'Body.');
    await store.putArticle({ article: a, claims: [makeClaim('a1', 0), makeClaim('a1', 1, { type: 'OFFER' })], extractorVersion: 'v1' });
    const r = await store.putArticle({ article: a, claims: [makeClaim('a1', 0, { regions: ['UA-09'] })], extractorVersion: 'v2' });
    assert.equal(r.outcome, 'updated');
    const claims = await store.listClaims();
    assert.equal(claims.length, 1);
    assert.deepEqual(claims[0].claim.regions, ['UA-09']);
    assert.equal((await store.listArticles())[0].extractorVersion, 'v2');
    assert.equal((await store.search('Donetsk')).filter((h) => h.kind === 'claim').length, 1);
  }));

  test(`${name}: full-text search over titles, texts and quotes; hostile queries do not error`, () => withStore(async (store) => {
    await store.putArticle({ article: makeArticle('a1', 'The envoy flew to Anchorage for the summit.', { title: 'Summit in Alaska' }), claims: [makeClaim('a1', 0, { quote: 'freeze the frontline in Kherson' })], extractorVersion: 'v1' });
    await store.putArticle({ article: makeArticle('a2', 'Grain exports resumed from Odesa.', { title: 'Ports' }), claims: [], extractorVersion: 'v1' });
    const alaska = await store.search('alaska');
    assert.deepEqual(alaska.map((h) => h.doc), ['a1']);
    const quote = await store.search('frontline Kherson');
    assert.ok(quote.some((h) => h.kind === 'claim' && h.claim?.endsWith('#0')));
    assert.deepEqual((await store.search('Odesa')).map((h) => h.doc), ['a2']);
    for (const hostile of ['"', 'AND OR NOT', 'NEAR(', '*', 'title:', '") OR 1=1 --', "'; DROP TABLE articles; --", '\u0000', '(((', '^x', 'a"b', '', '   ', '-', 'NOT', 'col:*']) {
      const hits = await store.search(hostile);
      assert.ok(Array.isArray(hits), hostile);
    }
    assert.equal((await store.stats()).articles, 2);
  }));

  test(`${name}: search can rank only the most recent matches (a common word costs the same at any size)`, () => withStore(async (store) => {
    for (const id of ['r1', 'r2', 'r3']) {
      await store.putArticle({ article: makeArticle(id, `Talks in Geneva, report ${id}.`), claims: [makeClaim(id, 1, { quote: `talks in Geneva ${id}` })], extractorVersion: 'v1' });
    }
    await store.putArticle({ article: makeArticle('r4', 'Nothing to see.'), claims: [], extractorVersion: 'v1' });
    const docs = (hits: Array<{ kind: string; doc: string }>, kind: string) => hits.filter((h) => h.kind === kind).map((h) => h.doc).sort();
    const bounded = { reached: false };
    const recent = await store.search('Geneva', { limit: 10, recent: 2, bounded });
    assert.deepEqual(docs(recent, 'article'), ['r2', 'r3']);
    assert.deepEqual(docs(recent, 'claim'), ['r2', 'r3']);
    // Listed newest first, on both stores.
    assert.deepEqual(recent.filter((h) => h.kind === 'claim').map((h) => h.doc), ['r3', 'r2']);
    assert.deepEqual((await store.search('Geneva', { kind: 'article', limit: 2, offset: 1, recent: 3 })).map((h) => h.doc), ['r2', 'r1']);
    assert.equal(bounded.reached, true, 'older matches were left out');
    const all = { reached: false };
    assert.deepEqual(docs(await store.search('Geneva', { limit: 10, recent: 3, bounded: all }), 'article'), ['r1', 'r2', 'r3']);
    assert.equal(all.reached, false);
    assert.deepEqual(docs(await store.search('Geneva', { limit: 10 }), 'article'), ['r1', 'r2', 'r3']);
    assert.deepEqual(await store.search('Lisbon', { limit: 10, recent: 2 }), []);
  }));

  test(`${name}: search counts the matches of each kind by the index, ranks one kind, and pages (limit 0 only counts)`, () => withStore(async (store) => {
    for (const id of ['m1', 'm2', 'm3', 'm4', 'm5']) {
      await store.putArticle({ article: makeArticle(id, `Envoys met in Vienna, note ${id}.`), claims: [makeClaim(id, 1, { quote: `met in Vienna ${id}` })], extractorVersion: 'v1' });
    }
    await store.putArticle({ article: makeArticle('m6', 'Vienna again: Vienna, Vienna.'), claims: [], extractorVersion: 'v1' });
    const matches = { article: -1, claim: -1 };
    const counted = await store.search('Vienna', { limit: 0, recent: 100, matches });
    assert.deepEqual(counted, [], 'limit 0 ranks nothing');
    assert.deepEqual(matches, { article: 6, claim: 5 });
    const capped = { article: -1, claim: -1 };
    const bounded = { reached: false };
    await store.search('Vienna', { limit: 0, recent: 4, matches: capped, bounded });
    assert.deepEqual(capped, { article: 4, claim: 4 }, 'counted up to `recent`');
    assert.equal(bounded.reached, true);
    const onlyClaims = { article: -1, claim: -1 };
    const claims = await store.search('Vienna', { kind: 'claim', limit: 10, recent: 100, matches: onlyClaims });
    assert.ok(claims.length === 5 && claims.every((h) => h.kind === 'claim'));
    assert.equal(onlyClaims.claim, 5);
    assert.equal(onlyClaims.article, 0, 'the other kind is not counted');
    const whole = (await store.search('Vienna', { kind: 'article', limit: 10, snippets: false })).map((h) => h.doc);
    assert.equal(whole.length, 6);
    assert.equal(whole[0], 'm6', 'by relevance: the article naming Vienna most often first');
    const paged = [];
    for (let offset = 0; offset < 6; offset += 4) paged.push(...(await store.search('Vienna', { kind: 'article', offset, limit: 4, snippets: false })).map((h) => h.doc));
    assert.deepEqual(paged, whole, 'pages follow the ranking');
    assert.deepEqual(await store.search('Vienna', { kind: 'article', offset: 6, limit: 4 }), []);
    const none = { article: -1, claim: -1 };
    assert.deepEqual(await store.search('Lisbon', { limit: 5, recent: 10, matches: none }), []);
    assert.deepEqual(none, { article: 0, claim: 0 });
  }));

  test(`${name}: regions named in part are kept on claims and events`, () => withStore(async (store) => {
    const claim = { ...makeClaim('p1', 0, { type: 'OFFER', regions: ['UA-23', 'UA-65', 'UA-14'] }), partial: ['UA-23', 'UA-65'] };
    await store.putArticle({ article: makeArticle('p1', 'Parts.'), claims: [claim, makeClaim('p1', 1)], extractorVersion: 'v1' });
    const claims = await store.listClaims();
    assert.deepEqual(claims.map((c) => c.claim.partial), [['UA-23', 'UA-65'], undefined]);
    const snap = await store.linkSnapshot();
    await store.replaceLinks([], [{
      id: 'Epart', actor: 'RUS', type: 'OFFER', types: ['OFFER'], issue: 'territory', target: null, regions: ['UA-14', 'UA-23', 'UA-65'],
      dateStart: '2025-10-18', dateEnd: '2025-10-18', date: '2025-10-18', outlets: 1, outletNames: ['Example News'],
      claimKeys: [snap.claims[0].key], quote: 'q', frontLine: false, partial: ['UA-23', 'UA-65'],
    }], snap.changes);
    assert.deepEqual((await store.listEvents())[0].partial, ['UA-23', 'UA-65']);
  }));

  test(`${name}: events of one actor come with their own reports; events are counted per actor and issue`, () => withStore(async (store) => {
    await store.putArticle({ article: makeArticle('c1', 'One.'), claims: [makeClaim('c1', 0), makeClaim('c1', 1, { actor: 'UKR', type: 'REJECT' }),
      makeClaim('c1', 2, { issue: 'ceasefire', type: 'OFFER', date: '2025-09-01' })], extractorVersion: 'v1' });
    const snap = await store.linkSnapshot();
    const [k0, k1, k2] = snap.claims.map((c) => c.key);
    const ev = (id: string, actor: string, issue: string, keys: number[], date: string, frontLine = false) => ({
      id, actor, type: 'DEMAND' as const, types: ['DEMAND' as const], issue, target: null, regions: ['UA-14'], dateStart: date, dateEnd: date, date,
      outlets: 1, outletNames: ['Example News'], claimKeys: keys, quote: 'q', frontLine,
    });
    await store.replaceLinks([], [ev('Ea', 'RUS', 'territory', [k0], '2025-08-15'), ev('Eb', 'UKR', 'territory', [k1], '2025-08-15'),
      ev('Ec', 'RUS', 'ceasefire', [k2], '2025-09-01', true)], snap.changes);
    const rus = await store.listEvents({ actor: 'RUS' });
    assert.deepEqual(rus.map((e) => [e.id, e.claimKeys]), [['Ec', [k2]], ['Ea', [k0]]]);
    assert.deepEqual((await store.listEvents({ actor: 'UKR' })).map((e) => e.claimKeys), [[k1]]);
    if (store.eventCounts) {
      assert.deepEqual(await store.eventCounts(), [
        { actor: 'RUS', issue: 'ceasefire', events: 1, frontLine: 1, firstDate: '2025-09-01', lastDate: '2025-09-01' },
        { actor: 'RUS', issue: 'territory', events: 1, frontLine: 0, firstDate: '2025-08-15', lastDate: '2025-08-15' },
        { actor: 'UKR', issue: 'territory', events: 1, frontLine: 0, firstDate: '2025-08-15', lastDate: '2025-08-15' },
      ]);
    }
  }));

  test(`${name}: one actor × issue's events are read page by page in the order positions place them`, () => withStore(async (store) => {
    await store.putArticle({ article: makeArticle('p1', 'One.'), claims: [makeClaim('p1', 0)], extractorVersion: 'v1' });
    const snap = await store.linkSnapshot();
    const key = snap.claims[0].key;
    const ev = (id: string, start: string | null, end: string | null, extra: Partial<EventRecord> = {}): EventRecord => ({
      id, actor: 'RUS', type: 'DEMAND', types: ['DEMAND'], issue: 'territory', target: null, regions: ['UA-14'], dateStart: start, dateEnd: end, date: start,
      outlets: 1, outletNames: ['Example News'], claimKeys: [key], quote: `quote ${id}`, frontLine: false, ...extra,
    });
    await store.replaceLinks([], [
      ev('E5', '2025-03-01', '2025-03-01'), ev('E1', '2025-03-01', '2025-03-01'),
      ev('E2', '2025-02-20', '2025-03-02', { implied: true }), // placed at the end of its window
      ev('E3', '2025-02-25', '2025-02-25', { conditions: ['E4'] }),
      ev('E6', null, null), // undated: not placed
      ev('E7', '2025-01-01', '2025-01-01', { actor: 'UKR' }),
      ev('E8', '2025-02-01', '2025-02-01', { issue: 'ceasefire', frontLine: true }), ev('E9', '2025-02-02', '2025-02-02', { issue: 'ceasefire' }),
    ], snap.changes);
    const pages: string[][] = [];
    let after: { placed: string; id: string } | null = null;
    for (;;) {
      const page = await store.positionEvents('RUS', 'territory', { after, limit: 2 });
      if (page.length) pages.push(page.map((e) => e.id));
      if (page.length < 2) break;
      const last = page[page.length - 1];
      after = { placed: last.implied ? last.dateEnd! : last.dateStart!, id: last.id };
    }
    assert.deepEqual(pages, [['E3', 'E1'], ['E5', 'E2']]);
    assert.ok(Number.isInteger(store.positionPage) && store.positionPage >= 16, `positionPage ${store.positionPage}: a page size callers can use`);
    const [first] = await store.positionEvents('RUS', 'territory', { limit: 1 });
    assert.deepEqual([first.conditions, first.quote, first.claimKeys], [['E4'], 'quote E3', []], 'light: no reports read');
    assert.deepEqual((await store.positionEvents('RUS', 'ceasefire', { frontLine: true, limit: 10 })).map((e) => e.id), ['E8']);
    assert.deepEqual((await store.positionEvents('RUS', 'ceasefire', { limit: 10 })).map((e) => e.id), ['E8', 'E9']);
  }));

  test(`${name}: stories and events are replaced as a whole and filtered`, () => withStore(async (store) => {
    const r1 = await store.putArticle({ article: makeArticle('a1', 'One.'), claims: [makeClaim('a1', 0, { regions: ['UA-14', 'UA-09'] })], extractorVersion: 'v1' });
    const r2 = await store.putArticle({ article: makeArticle('a2', 'Two.', { outlet: 'Other Paper' }), claims: [makeClaim('a2', 0, { regions: ['UA-14', 'UA-09'] })], extractorVersion: 'v1' });
    assert.equal((await store.stats()).linksStale, true);
    assert.equal(await store.linksStale(), true, 'the same without counting');
    const snap = await store.linkSnapshot();
    assert.equal(snap.claims.length, 2);
    assert.equal(snap.articles.length, 2);
    const keys = snap.claims.map((c) => c.key);
    await store.replaceLinks([{ id: r1.id, articleIds: [r1.id, r2.id] }], [{
      id: 'Etest', actor: 'RUS', type: 'DEMAND', types: ['DEMAND'], issue: 'territory', target: null, regions: ['UA-09', 'UA-14'],
      dateStart: '2025-08-15', dateEnd: '2025-08-15', date: '2025-08-15', outlets: 2, outletNames: ['Example News', 'Other Paper'],
      claimKeys: keys, quote: 'q', frontLine: false,
    }], snap.changes);
    const stats = await store.stats();
    assert.equal(stats.linksStale, false);
    assert.equal(await store.linksStale(), false);
    assert.equal(stats.events, 1);
    assert.equal(stats.stories, 1);
    const events = await store.listEvents();
    assert.equal(events.length, 1);
    assert.deepEqual(events[0].claimKeys.sort(), [...keys].sort());
    assert.equal((await store.listEvents({ region: 'UA-09' })).length, 1);
    assert.equal((await store.listEvents({ region: 'UA-43' })).length, 0);
    assert.equal((await store.listEvents({ outlet: 'other paper' })).length, 1);
    assert.equal((await store.listEvents({ outlet: '100%_' })).length, 0);
    assert.equal((await store.listEvents({ from: '2025-08-16' })).length, 0);
    assert.equal((await store.listEvents({ from: '2025-08-01', to: '2025-08-15' })).length, 1);
    assert.equal((await store.listEvents({ type: 'OFFER' })).length, 0);
    assert.equal((await store.listArticles()).every((a) => a.storyId === r1.id), true);
    await store.replaceLinks([], [], snap.changes);
    assert.equal((await store.stats()).events, 0);
  }));

  test(`${name}: claims with unusual values round-trip`, () => withStore(async (store) => {
    const c = makeClaim('odd', 0, { date: null, outlet: null, regions: [], quote: 'quote with "quotes", ünïcödé and \u2014 dashes' });
    (c as unknown as Record<string, unknown>).futureField = { kept: true };
    await store.putArticle({ article: makeArticle('odd', 'x'), claims: [c], extractorVersion: 'v1' });
    const [back] = await store.listClaims();
    assert.deepEqual(back.claim, c);
    assert.equal(back.dateStart, null);
  }));

  // ---------------------------------------------------------------- what the server reads (issue 11, item 5)

  /** Three articles with claims and two events, for the server's queries. */
  const serverData = async (store: Store) => {
    const a1 = await store.putArticle({ article: makeArticle('s1', 'One.', { outlet: 'Capital Wire', published: '2025-08-10' }), extractorVersion: 'v1',
      claims: [makeClaim('s1', 1, { regions: ['UA-14', 'UA-09'], date: '2025-08-09' }), makeClaim('s1', 2, { actor: 'UKR', type: 'REJECT', regions: ['UA-43'], date: null, outlet: 'Reuters', credited: true })] });
    const a2 = await store.putArticle({ article: makeArticle('s2', 'Two.', { outlet: 'Evening Courier', published: '2025-09-01' }), extractorVersion: 'v1',
      claims: [makeClaim('s2', 1, { issue: 'ceasefire', type: 'OFFER', regions: ['UA-23'], date: '2025-08-30' })] });
    const a3 = await store.putArticle({ article: makeArticle('s3', 'Three.', { outlet: 'Capital Wire', published: '2025-07-01' }), extractorVersion: 'v1', claims: [] });
    const snap = await store.linkSnapshot();
    const key = (ref: string) => snap.claims.find((c) => c.ref === ref)!.key;
    const ev = (id: string, actor: string, issue: string, keys: number[], date: string, regions: string[]) => ({
      id, actor, type: 'DEMAND' as const, types: ['DEMAND' as const], issue, target: null, regions, dateStart: date, dateEnd: date, date,
      outlets: 1, outletNames: ['Example News'], claimKeys: keys, quote: 'q', frontLine: false,
    });
    await store.replaceLinks([], [ev('Ea', 'RUS', 'territory', [key('s1#1')], '2025-08-09', ['UA-14', 'UA-09']),
      ev('Eb', 'RUS', 'ceasefire', [key('s2#1')], '2025-08-30', ['UA-23'])], snap.changes);
    return { ids: [a1.id, a2.id, a3.id], key };
  };

  test(`${name}: events, articles and claims are read by page, filter and key (what the server shows)`, () => withStore(async (store) => {
    const { ids: [a1, a2, a3], key } = await serverData(store);
    assert.deepEqual((await store.listEvents({}, { limit: 1, offset: 0 })).map((e) => e.id), ['Eb'], 'actor, issue, date order');
    const second = await store.listEvents({}, { limit: 1, offset: 1 });
    assert.deepEqual(second.map((e) => [e.id, e.claimKeys]), [['Ea', [key('s1#1')]]], 'a page comes with its own reports');
    assert.deepEqual(await store.listEvents({}, { limit: 5, offset: 2 }), []);
    assert.deepEqual((await store.listEvents({ ids: ['Ea', 'Ezz'] })).map((e) => e.id), ['Ea']);
    assert.equal(await store.countEvents(), 2);
    assert.equal(await store.countEvents({ region: 'UA-09' }), 1);
    assert.equal(await store.countEvents({ actor: 'UKR' }), 0);
    assert.deepEqual(await store.eventRegions(), ['UA-09', 'UA-14', 'UA-23']);

    assert.deepEqual((await store.listArticles({}, { limit: 2, offset: 1 })).map((a) => a.id), [a2, a3]);
    assert.deepEqual((await store.listArticles({ outlet: 'capital' })).map((a) => a.doc), ['s1', 's3']);
    assert.deepEqual((await store.listArticles({ outlet: 'capital', from: '2025-08-01' })).map((a) => a.doc), ['s1']);
    assert.deepEqual((await store.listArticles({ to: '2025-08-10' })).map((a) => a.doc), ['s1', 's3']);
    assert.deepEqual((await store.listArticles({ ids: [a3, a1] })).map((a) => a.doc), ['s1', 's3']);
    assert.deepEqual((await store.listArticles({ outlet: '%' })).map((a) => a.doc), [], 'LIKE wildcards are taken literally');
    assert.equal(await store.countArticles(), 3);
    assert.equal(await store.countArticles({ outlet: 'CAPITAL wire' }), 2);
    assert.deepEqual([...(await store.claimCounts([a1, a2, a3]))].sort(), [[a1, 2], [a2, 1]]);

    assert.deepEqual((await store.listClaims({ refs: ['s2#1', 's1#2', 'nope#1'] })).map((c) => c.ref), ['s1#2', 's2#1']);
    assert.deepEqual((await store.listClaims({ articleIds: [a2, a3] })).map((c) => c.ref), ['s2#1']);
    assert.deepEqual([...(await store.eventsOfClaims([key('s1#1'), key('s1#2'), key('s2#1')]))].sort(), [[key('s1#1'), 'Ea'], [key('s2#1'), 'Eb']]);
    assert.equal((await store.eventsOfClaims([])).size, 0);
  }));

  test(`${name}: linking reads the reports whose date window overlaps given days, and events by report or id`, () => withStore(async (store) => {
    const claims = [
      makeClaim('n1', 0, { date: '2025-03-10' }),
      makeClaim('n1', 1, { date: { from: '2025-02-25', to: '2025-03-11' } }), // 15 days: class 0, starts before the window
      makeClaim('n1', 2, { date: '2025' }), // a year: class 1
      makeClaim('n1', 3, { date: { from: '2023-01-01', to: '2026-12-31' } }), // longer: class 2
      makeClaim('n1', 4, { date: null }),
      makeClaim('n1', 5, { date: '2025-03-20' }),
      { ...makeClaim('n1', 6, { date: '2025-03-10', issue: 'ceasefire' }), conditions: ['n1#1'] },
      makeClaim('n1', 7, { date: '2024-06-01' }),
    ];
    await store.putArticle({ article: makeArticle('n1', 'Putin demanded that Ukraine pull out of Donetsk.'), claims, extractorVersion: 'v1' });
    const near = async (windows: Array<{ from: string; to: string }>) =>
      (await store.linkClaimsNear({ actor: 'RUS', issue: 'territory' }, windows)).map((c) => c.ref).sort();
    assert.deepEqual(await near([{ from: '2025-03-09', to: '2025-03-10' }]), ['n1#0', 'n1#1', 'n1#2', 'n1#3', 'n1#4']);
    assert.deepEqual(await near([{ from: '2025-03-12', to: '2025-03-19' }]), ['n1#2', 'n1#3', 'n1#4'], 'a window ending the day before does not overlap');
    assert.deepEqual(await near([{ from: '2025-03-12', to: '2025-03-19' }, { from: '2024-05-01', to: '2024-06-01' }]), ['n1#2', 'n1#3', 'n1#4', 'n1#7']);
    assert.deepEqual(await near([]), ['n1#4'], 'undated reports come whatever the windows');
    const [light] = await store.linkClaimsNear({ actor: 'RUS', issue: 'territory' }, [{ from: '2025-03-20', to: '2025-03-20' }]).then((l) => l.filter((c) => c.ref === 'n1#5'));
    assert.deepEqual([light.dateStart, light.dateEnd, light.type, light.regions], ['2025-03-20', '2025-03-20', 'DEMAND', ['UA-14']]);

    const all = await store.listClaims();
    const key = (ref: string) => all.find((c) => c.ref === ref)!.key;
    const event = (id: string, refs: string[]) => ({
      id, actor: 'RUS', type: 'DEMAND' as const, types: ['DEMAND' as const], issue: 'territory', target: null, regions: ['UA-14'], dateStart: '2025-03-10',
      dateEnd: '2025-03-10', date: '2025-03-10', outlets: 1, outletNames: ['Example News'], claimKeys: refs.map(key), quote: 'q', frontLine: false,
    });
    await store.replaceLinks([], [event('Ea', ['n1#0', 'n1#1']), event('Eb', ['n1#5'])]);
    const of = (await store.eventsOf([key('n1#1')], ['Eb', 'Enone'])).sort((a, b) => a.id.localeCompare(b.id));
    assert.deepEqual(of.map((e) => [e.id, e.actor, [...e.claimKeys].sort((x, y) => x - y)]), [
      ['Ea', 'RUS', [key('n1#0'), key('n1#1')].sort((x, y) => x - y)], ['Eb', 'RUS', [key('n1#5')]], ['Enone', null, []],
    ]);
    assert.deepEqual(await store.eventsOf([], []), []);

    // Each report read for clustering comes with its event; events' sizes; reports as building an event needs them.
    const events = new Map((await store.linkClaimsNear({ actor: 'RUS', issue: 'territory' }, [{ from: '2025-03-09', to: '2025-03-20' }])).map((c) => [c.ref, c.eventId]));
    assert.deepEqual([events.get('n1#0'), events.get('n1#1'), events.get('n1#5'), events.get('n1#2')], ['Ea', 'Ea', 'Eb', null]);
    assert.deepEqual([...(await store.eventSizes(['Ea', 'Eb', 'Enone']))].sort(), [['Ea', 2], ['Eb', 1]]);
    assert.equal((await store.eventSizes([])).size, 0);
    const [report] = await store.eventReports([key('n1#6'), 987654]);
    const [stored] = await store.claimsByKeys([key('n1#6')]);
    const { id, actor, type, issue, target, regions, partial, date, source, conditions, quote, evidence, mentions } = stored.claim;
    assert.deepEqual(report, {
      key: stored.key, articleId: stored.articleId, ref: 'n1#6', dateStart: stored.dateStart, dateEnd: stored.dateEnd, published: stored.published,
      publisher: stored.publisher, storyId: stored.storyId,
      claim: Object.fromEntries(Object.entries({ id, actor, type, issue, target, regions, partial, date, source, conditions, quote, evidence, mentions }).filter(([, v]) => v !== undefined)),
    });
    assert.deepEqual(report.claim.conditions, ['n1#1']);
    assert.deepEqual((await store.listClaims({ articleIds: [stored.articleId], conditioned: true })).map((c) => c.ref), ['n1#6']);

    // Links applied: an event rewritten under its id is updated in place with its new reports; a removed one is gone.
    await store.applyLinks(['Ea', 'Eb'], [{ ...event('Ea', ['n1#0', 'n1#5']), quote: 'rewritten' }, event('Ec', ['n1#1'])], { pending: [], staleEvents: [], needsFull: false });
    const after = await store.listEvents();
    assert.deepEqual(after.map((e) => [e.id, e.quote, [...e.claimKeys].sort((x, y) => x - y)]), [
      ['Ea', 'rewritten', [key('n1#0'), key('n1#5')].sort((x, y) => x - y)], ['Ec', 'q', [key('n1#1')]],
    ]);
  }));

  test(`${name}: browsing claims and articles without search text: filters, newest first, claims before their article, pages`, () => withStore(async (store) => {
    const { ids: [a1, a2, a3], key } = await serverData(store);
    const page = { limit: 50, offset: 0 };
    const all = await store.browse({}, page);
    // Dates: a claim's own (the publication date when undated), an article's publication date.
    assert.deepEqual(all.items.map((i) => [i.kind, i.articleId, i.claimKey, i.date]), [
      ['article', a2, null, '2025-09-01'], ['claim', a2, key('s2#1'), '2025-08-30'], ['claim', a1, key('s1#2'), '2025-08-10'],
      ['article', a1, null, '2025-08-10'], ['claim', a1, key('s1#1'), '2025-08-09'], ['article', a3, null, '2025-07-01'],
    ]);
    assert.equal(all.total, 6);
    const second = await store.browse({}, { limit: 2, offset: 2 });
    assert.equal(second.total, 6);
    assert.deepEqual(second.items, all.items.slice(2, 4));
    // Claim filters: the articles listed are those with a matching claim.
    const ukr = await store.browse({ actor: 'UKR' }, page);
    assert.deepEqual(ukr.items.map((i) => [i.kind, i.articleId]), [['claim', a1], ['article', a1]]);
    assert.deepEqual((await store.browse({ actor: 'RUS', kind: 'claim' }, page)).items.map((i) => i.claimKey), [key('s2#1'), key('s1#1')]);
    assert.deepEqual((await store.browse({ regions: ['UA-43', 'UA-40'], kind: 'claim' }, page)).items.map((i) => i.claimKey), [key('s1#2')]);
    assert.deepEqual((await store.browse({ regions: ['UA-23'] }, page)).items.map((i) => i.kind), ['article', 'claim']);
    assert.deepEqual((await store.browse({ issue: 'ceasefire', type: 'DEMAND' }, page)).total, 0);
    // Outlet: a claim's credited outlet or its publisher; an article's outlet.
    assert.deepEqual((await store.browse({ outlet: 'reuters' }, page)).items.map((i) => i.claimKey), [key('s1#2')]);
    assert.deepEqual((await store.browse({ outlet: 'capital', kind: 'article' }, page)).items.map((i) => i.articleId), [a1, a3]);
    assert.equal((await store.browse({ outlet: '_' }, page)).total, 0);
    // Dates: a claim overlapping the period (undated: its publication date), an article published in it.
    assert.deepEqual((await store.browse({ from: '2025-08-10', to: '2025-08-31' }, page)).items.map((i) => [i.kind, i.articleId]),
      [['claim', a2], ['claim', a1], ['article', a1]]);
    assert.deepEqual((await store.browse({ to: '2025-07-31' }, page)).items.map((i) => i.articleId), [a3]);
  }));

  test(`${name}: the data version changes when another connection writes`, () => withStore(async (store, another) => {
    if (!another) return; // an in-memory database has no second connection
    const before = await store.dataVersion();
    assert.equal(await store.dataVersion(), before, 'stable while nothing is written');
    const other = await another();
    try {
      await other.putArticle({ article: makeArticle('v1', 'Versioned.'), claims: [makeClaim('v1', 1)], extractorVersion: 'v1' });
      const stored = await store.dataVersion();
      assert.notEqual(stored, before, 'an article stored elsewhere');
      const snap = await other.linkSnapshot();
      await other.replaceLinks([], [{ id: 'Ev', actor: 'RUS', type: 'DEMAND', types: ['DEMAND'], issue: 'territory', target: null, regions: ['UA-14'],
        dateStart: '2025-08-15', dateEnd: '2025-08-15', date: '2025-08-15', outlets: 1, outletNames: ['Example News'], claimKeys: [snap.claims[0].key], quote: 'q', frontLine: false }], snap.changes);
      assert.notEqual(await store.dataVersion(), stored, 'events written elsewhere');
    } finally { await other.close(); }
  }));
}
