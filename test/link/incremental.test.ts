// Incremental linking must give the same stories and events as a full relink.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandBuckets, link, relink, signature } from '../../src/link/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Article } from '../../src/article/types.js';
import type { Claim, ClaimType, DateValue } from '../../src/extract/types.js';
import type { Store } from '../../src/store/types.js';
import { generatedBody, makeArticle, makeClaim } from '../store/helpers.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { freshSchema, SKIP_PG } from '../helpers/postgres.js';
import { shiftDay } from '../../src/util/dates.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t ^= t + Math.imul(t ^ (t >>> 7), 61 | t); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

interface Put { article: Article; claims: Claim[]; version: string }

/** A mixed corpus: distinct articles, republished copies, an article bridging two stories, re-extractions. */
function corpus(seed: number, n: number): Put[][] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const day = () => `2025-0${1 + Math.floor(r() * 3)}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const date = (): DateValue => {
    const k = r();
    if (k < 0.45) return day();
    if (k < 0.75) { const d = day(); return { from: d.slice(0, 8) + '01', to: d }; }
    if (k < 0.85) return day().slice(0, 7);
    if (k < 0.9) return '2025';
    return null;
  };
  const claims = (doc: string, k: number): Claim[] => {
    const list = Array.from({ length: k }, (_, i) => makeClaim(doc, i, {
      actor: pick(['RUS', 'UKR', 'USA']), type: pick<ClaimType>(['DEMAND', 'OFFER', 'PROPOSE', 'ACCEPT', 'REJECT']),
      issue: pick(['territory', 'ceasefire']), regions: pick([[], ['UA-14'], ['UA-09'], ['UA-14', 'UA-09'], ['UA-23']]),
      date: date(), outlet: pick(['Wire A', 'Wire B', 'Daily C', null]), credited: r() < 0.3,
    }));
    // Ceasefires on the line of contact, told by a cue or an evidence quote only (not by the quote): linking reads
    // these texts for ceasefire claims (Store.eventReports), and an event's front_line depends on them.
    list.forEach((c, i) => {
      if (c.issue !== 'ceasefire') return;
      if ((i + doc.length) % 3 === 0) c.mentions.push({ kind: 'cue', text: 'freeze the front', span: [0, 0], value: 'OFFER' });
      else if ((i + doc.length) % 5 === 1) c.evidence.push({ quote: 'to stop where they stand', span: [0, 0] });
    });
    // Conditioned pairs ("Donetsk in exchange for parts of Zaporizhzhia"): a claim conditioned on another of its article and actor.
    for (const c of list) {
      const other = list.find((o) => o !== c && o.actor === c.actor && o.type !== c.type);
      if (other && r() < 0.6) c.conditions.push(other.id);
    }
    return list;
  };
  const bodies: string[] = [];
  const puts: Put[] = [];
  for (let i = 0; i < n; i++) {
    let body: string;
    if (i > 3 && r() < 0.15) body = bodies[Math.floor(r() * bodies.length)].replace(/Report/g, 'Item'); // a copy
    else if (i > 10 && r() < 0.04) body = bodies[Math.floor(r() * bodies.length)] + ' ' + bodies[Math.floor(r() * bodies.length)]; // bridges two
    else body = generatedBody(seed * 1000 + i, 8);
    bodies.push(body);
    const published = day();
    const article = makeArticle(`d${i}`, body, { published, outlet: pick(['Wire A', 'Wire B', 'Daily C']) });
    puts.push({ article, claims: claims(`d${i}`, 1 + Math.floor(r() * 3)), version: 'v1' });
  }
  // Batches of random sizes; some later batches re-extract earlier articles with other claims.
  const batches: Put[][] = [];
  let i = 0;
  while (i < puts.length) {
    const size = 1 + Math.floor(r() * 12);
    const batch = puts.slice(i, i + size);
    i += size;
    if (i > 20 && r() < 0.5) {
      const old = puts[Math.floor(r() * (i - size))];
      batch.push({ article: old.article, claims: claims(old.article.id, Math.floor(r() * 3)), version: `v${batches.length + 2}` });
    }
    batches.push(batch);
  }
  return batches;
}

async function put(store: Store, p: Put): Promise<void> {
  const sig = signature(p.article.body);
  await store.putArticle({ article: p.article, claims: p.claims, extractorVersion: p.version, signature: sig?.signature ?? null,
    shingles: sig?.shingles ?? 0, buckets: sig ? bandBuckets(sig.signature) : [] });
}

/** Stories and events as data: articles by doc, reports by ref (keys differ between databases). */
async function links(store: Store) {
  const articles = await store.listArticles();
  const docOf = new Map(articles.map((a) => [a.id, a.doc]));
  const refOf = new Map((await store.listClaims()).map((c) => [c.key, c.ref]));
  const stories = new Map<string, string[]>();
  for (const a of articles) {
    const s = docOf.get(a.storyId ?? a.id)!;
    stories.set(s, [...(stories.get(s) ?? []), a.doc].sort());
  }
  const events = (await store.listEvents()).map((e) => ({ ...e, claimKeys: e.claimKeys.map((k) => refOf.get(k)).sort() }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { stories: [...stories.entries()].sort(), events };
}

type Open = () => Promise<{ store: Store; drop?: () => Promise<void> }>;
const sqlite: Open = async () => ({ store: await openSqliteStore(':memory:') });
const postgres: Open = async () => { const s = freshSchema('inc'); return { store: await openPostgresStore(s.url), drop: s.drop }; };
// PostgreSQL answers each look-up over a socket: a smaller corpus keeps the test quick.
const RUNS: Array<[string, Open, number, number, string | false]> = [
  ['sqlite', sqlite, 1, 110, false], ['sqlite', sqlite, 2, 110, false], ['sqlite', sqlite, 3, 110, false], ['postgres', postgres, 4, 50, SKIP_PG],
];

for (const [backend, open, seed, n, skip] of RUNS) {
  test(`${backend}: incremental linking after each batch gives the same stories and events as a full relink (seed ${seed})`, { skip }, async () => {
    const batches = corpus(seed, n);
    const a = await open();
    const f = await open();
    const inc = a.store;
    const full = f.store;
    try {
      let incrementalRuns = 0;
      for (const batch of batches) {
        for (const p of batch) await put(inc, p);
        const r = await link(inc);
        if (r.incremental) incrementalRuns++;
        assert.equal(r.incremental?.widened ?? 0, 0, 'every change stayed within its neighbourhood of days');
        assert.equal((await inc.stats()).linksStale, false);
      }
      assert.equal(incrementalRuns, batches.length, 'every link after the first ingest is incremental');
      for (const batch of batches) for (const p of batch) await put(full, p);
      await relink(full);
      const a = await links(inc);
      const b = await links(full);
      assert.ok(b.events.length > 20 && b.stories.some(([, docs]) => docs.length > 2), 'the corpus has events and multi-article stories');
      assert.ok(b.events.filter((e) => e.conditions?.length).length > (n > 60 ? 10 : 3), 'the corpus has conditioned events');
      assert.ok(b.events.some((e) => e.frontLine) && b.events.some((e) => e.issue === 'ceasefire' && !e.frontLine), 'ceasefires on the line of contact and others');
      assert.deepEqual(a.stories, b.stories);
      assert.deepEqual(a.events, b.events);
      // A full relink of the incrementally linked database changes nothing.
      await relink(inc);
      assert.deepEqual(await links(inc), b);
    } finally {
      await inc.close();
      await full.close();
      await a.drop?.();
      await f.drop?.();
    }
  });
}

test('a new article that copies two stories merges them, and their events are recomputed', async () => {
  const store = await openSqliteStore(':memory:');
  try {
    const A = generatedBody(501, 10);
    const B = generatedBody(502, 10);
    await put(store, { article: makeArticle('a', A), claims: [makeClaim('a', 0, { regions: ['UA-14'], date: null })], version: 'v1' });
    await put(store, { article: makeArticle('b', B), claims: [makeClaim('b', 0, { regions: ['UA-14'], date: null })], version: 'v1' });
    await link(store);
    let arts = await store.listArticles();
    assert.notEqual(arts[0].storyId, arts[1].storyId);
    // Undated reports of different stories published the same day are one statement only within a story: here they are.
    await put(store, { article: makeArticle('c', A + ' ' + B), claims: [], version: 'v1' });
    const r = await link(store);
    assert.ok(r.incremental && r.incremental.storyChanges >= 1);
    arts = await store.listArticles();
    assert.deepEqual(arts.map((a) => a.storyId), [arts[0].id, arts[0].id, arts[0].id]);
    const events = await store.listEvents();
    const full = await openSqliteStore(':memory:');
    for (const [doc, body] of [['a', A], ['b', B]] as const) await put(full, { article: makeArticle(doc, body), claims: [makeClaim(doc, 0, { regions: ['UA-14'], date: null })], version: 'v1' });
    await put(full, { article: makeArticle('c', A + ' ' + B), claims: [], version: 'v1' });
    await relink(full);
    assert.deepEqual((await links(store)).events, (await links(full)).events);
    assert.equal(events.length, 1, 'the two undated reports of one story are one event');
    await full.close();
  } finally {
    await store.close();
  }
});

/** Article a: a demand for Donetsk and an offer on Zaporizhzhia conditioned on it (one statement). */
function conditionedPair(doc: string, date: string): Claim[] {
  const demand = makeClaim(doc, 1, { type: 'DEMAND', regions: ['UA-14'], date });
  const offer = makeClaim(doc, 2, { type: 'OFFER', regions: ['UA-23'], date, quote: 'Russia could give back parts of Zaporizhzhia' });
  offer.conditions = [demand.id];
  return [demand, offer];
}

test('a later report of one half of a conditioned pair: both events keep their conditions, as after a full relink', async () => {
  const inc = await openSqliteStore(':memory:');
  const full = await openSqliteStore(':memory:');
  try {
    const first: Put = { article: makeArticle('pair', generatedBody(601, 8)), claims: conditionedPair('pair', '2025-10-05'), version: 'v1' };
    await put(inc, first);
    await link(inc);
    const before = await inc.listEvents();
    assert.equal(before.length, 2);
    assert.deepEqual(before[0].conditions, [before[1].id], 'linked as one statement');
    // Other outlets report the demand alone (compatible with the first report: it joins its event, which is reclustered;
    // the offer's event is not). Several reports, so that one of them orders first and the event's id changes too.
    const later: Put[] = [602, 603, 604].map((n, i) => ({
      article: makeArticle(`later${i}`, generatedBody(n, 8), { outlet: `Wire ${i}` }),
      claims: [makeClaim(`later${i}`, 1, { type: 'DEMAND', regions: ['UA-14'], date: '2025-10-05', outlet: `Wire ${i}` })], version: 'v1',
    }));
    for (const p of later) { await put(inc, p); const r = await link(inc); assert.ok(r.incremental, 'linked incrementally'); }
    for (const p of [first, ...later]) await put(full, p);
    await relink(full);
    const a = await links(inc);
    const b = await links(full);
    assert.equal(b.events.length, 2);
    const [demand, offer] = [b.events.find((e) => e.type === 'DEMAND')!, b.events.find((e) => e.type === 'OFFER')!];
    assert.deepEqual([demand.conditions, offer.conditions], [[offer.id], [demand.id]], 'full relink: one statement');
    assert.deepEqual(a.events, b.events, 'incremental linking gives the same events and conditions');
    // And the other way: a re-extraction drops the offer; the demand's event no longer names it.
    const dropped: Put = { ...first, claims: [conditionedPair('pair', '2025-10-05')[0]], version: 'v2' };
    await put(inc, dropped);
    await link(inc);
    await put(full, dropped);
    await relink(full);
    assert.deepEqual((await links(inc)).events, (await links(full)).events);
    assert.ok((await inc.listEvents()).every((e) => !e.conditions?.length), 'no condition left pointing at a removed event');
  } finally {
    await inc.close();
    await full.close();
  }
});

/** A store whose method calls are counted (reads and writes alike). */
function counting(store: Store): { store: Store; calls: () => number } {
  let calls = 0;
  const proxy = new Proxy(store, {
    get(target, name, receiver) {
      const v = Reflect.get(target, name, receiver);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => { if (name !== 'withLinkLock') calls++; return (v as (...a: unknown[]) => unknown).apply(target, args); };
    },
  });
  return { store: proxy, calls: () => calls };
}

test('adding an article costs the same number of store calls however many reports its actor × issue already has', async () => {
  // Reports two days apart with week-long windows: each overlaps its neighbours, so the whole group is
  // one chain of compatible reports (as default two-week windows make it in a busy group). Looking up
  // each report's neighbours by its own query made linking one article cost a query per report of the chain.
  const callsAfter = async (n: number) => {
    const store = await openSqliteStore(':memory:');
    try {
      for (let i = 0; i < n; i++) {
        const start = shiftDay('2025-01-01', 2 * i);
        await put(store, { article: makeArticle(`c${i}`, generatedBody(900 + i, 8)), claims: [makeClaim(`c${i}`, 0, { date: { from: start, to: shiftDay(start, 6) } })], version: 'v1' });
      }
      await link(store);
      await put(store, { article: makeArticle('new', generatedBody(899, 8)), claims: [makeClaim('new', 0, { date: '2025-01-03' })], version: 'v1' });
      const c = counting(store);
      const r = await link(c.store);
      assert.ok(r.incremental, 'linked incrementally');
      return c.calls();
    } finally {
      await store.close();
    }
  };
  const small = await callsAfter(10);
  const large = await callsAfter(60);
  assert.equal(large, small, `store calls: ${small} with 10 reports, ${large} with 60`);
});

test('the sizes of stored events are asked of the database only for events that may reach past the days read', async () => {
  // The chain above: after adding one report, ~24 days on each side are read and reclustered. An event with a
  // report wholly inside those days has every report read (its reports overlap pairwise); only events at the
  // edges need their size counted by the database.
  const store = await openSqliteStore(':memory:');
  try {
    for (let i = 0; i < 60; i++) {
      const start = shiftDay('2025-01-01', 2 * i);
      await put(store, { article: makeArticle(`c${i}`, generatedBody(900 + i, 8)), claims: [makeClaim(`c${i}`, 0, { date: { from: start, to: shiftDay(start, 6) } })], version: 'v1' });
    }
    await link(store);
    await put(store, { article: makeArticle('new', generatedBody(899, 8)), claims: [makeClaim('new', 0, { date: '2025-01-09' })], version: 'v1' });
    const asked: string[] = [];
    const proxy = new Proxy(store, {
      get(target, name, receiver) {
        const v = Reflect.get(target, name, receiver);
        if (typeof v !== 'function') return v;
        return (...args: unknown[]) => { if (name === 'eventSizes') asked.push(...(args[0] as string[])); return (v as (...a: unknown[]) => unknown).apply(target, args); };
      },
    });
    const r = await link(proxy);
    assert.ok(r.incremental && r.incremental.reports >= 10, `reclustered ${r.incremental?.reports} reports`);
    assert.ok(asked.length <= 1, `sizes asked for ${asked.length} events: ${asked.join(', ')}`);
    // And the result is a full relink's.
    const full = await openSqliteStore(':memory:');
    try {
      for (let i = 0; i < 60; i++) {
        const start = shiftDay('2025-01-01', 2 * i);
        await put(full, { article: makeArticle(`c${i}`, generatedBody(900 + i, 8)), claims: [makeClaim(`c${i}`, 0, { date: { from: start, to: shiftDay(start, 6) } })], version: 'v1' });
      }
      await put(full, { article: makeArticle('new', generatedBody(899, 8)), claims: [makeClaim('new', 0, { date: '2025-01-09' })], version: 'v1' });
      await relink(full);
      assert.deepEqual(await links(store), await links(full));
    } finally {
      await full.close();
    }
  } finally {
    await store.close();
  }
});

/** One article per claim spec, with its own body (no copies), published the day its window ends. */
function dated(doc: string, seed: number, specs: Array<{ date: DateValue; type?: ClaimType; regions?: string[]; actor?: string; issue?: string }>): Put {
  const end = specs.map((c) => (typeof c.date === 'string' ? c.date : c.date && 'to' in c.date ? c.date.to : '2025-06-30')).sort().pop()!;
  return {
    article: makeArticle(doc, generatedBody(seed, 8), { published: end.length === 10 ? end : '2025-06-30', outlet: `Outlet ${seed % 5}` }),
    claims: specs.map((c, i) => makeClaim(doc, i, { type: c.type ?? 'DEMAND', regions: c.regions ?? ['UA-14'], date: c.date, actor: c.actor, issue: c.issue, outlet: `Outlet ${seed % 5}` })),
    version: 'v1',
  };
}

const win = (from: string, days: number): DateValue => ({ from, to: shiftDay(from, days) });

/** Stored statements a month or more apart, each a day report with loose reports around it, and two loose-only cells. */
function baseline(): Put[] {
  const out: Put[] = [];
  let n = 0;
  for (const day of ['2025-03-01', '2025-03-10', '2025-04-20', '2025-06-01']) {
    out.push(dated(`base${n}`, 700 + n, [{ date: day }, { date: day, type: 'REJECT', actor: 'UKR' }])); n++;
    out.push(dated(`base${n}`, 700 + n, [{ date: win(shiftDay(day, -10), 14) }])); n++;
    out.push(dated(`base${n}`, 700 + n, [{ date: win(shiftDay(day, -3), 14), type: 'PROPOSE' }, { date: day, regions: ['UA-09'] }])); n++;
  }
  out.push(dated(`base${n}`, 700 + n, [{ date: win('2025-05-05', 14), regions: ['UA-23'] }])); n++;
  out.push(dated(`base${n}`, 700 + n, [{ date: win('2025-05-07', 14), regions: ['UA-23'], type: 'PROPOSE' }])); n++;
  return out;
}

/** New reports placed against the baseline's statements (2025-03-01, 03-10, 04-20, 06-01). */
const CASES: Array<[string, Put[]]> = [
  ['between two statements', [dated('between0', 801, [{ date: '2025-04-01' }]), dated('between1', 802, [{ date: win('2025-03-25', 14) }])]],
  ['before every statement', [dated('before0', 803, [{ date: '2025-01-05' }, { date: win('2024-12-28', 14), type: 'PROPOSE' }])]],
  ['after every statement', [dated('after0', 804, [{ date: '2025-08-01' }]), dated('after1', 805, [{ date: win('2025-07-25', 14) }])]],
  ['into a statement: a day report, an incompatible one, a loose one', [
    dated('into0', 806, [{ date: '2025-03-10' }]), dated('into1', 807, [{ date: '2025-03-10', type: 'REJECT' }]), dated('into2', 808, [{ date: win('2025-03-05', 14) }]),
  ]],
  ['bridging two statements (a window holding both days, and day reports that outrank the stored ones)', [
    dated('bridge0', 809, [{ date: win('2025-03-01', 9) }]), dated('bridge1', 810, [{ date: '2025-03-01', regions: [] }]), dated('bridge2', 811, [{ date: '2025-03-10', regions: [] }]),
  ]],
  ['joining a loose-only cell and a wide window over all', [
    dated('cell0', 812, [{ date: win('2025-05-06', 14), regions: ['UA-23'] }]), dated('wide0', 813, [{ date: win('2025-01-01', 200) }]),
  ]],
];

for (const [name, added] of CASES) {
  test(`new reports ${name}: incremental linking, in any order and batching, equals a full relink`, async () => {
    const base = baseline();
    const orders: Put[][][] = [[added], added.map((p) => [p]), [[...added].reverse()], [...added].reverse().map((p) => [p])];
    const full = await openSqliteStore(':memory:');
    let expected: Awaited<ReturnType<typeof links>>;
    try {
      for (const p of [...base, ...added]) await put(full, p);
      await relink(full);
      expected = await links(full);
    } finally {
      await full.close();
    }
    for (const batches of orders) {
      const inc = await openSqliteStore(':memory:');
      try {
        for (const p of base) await put(inc, p);
        await link(inc);
        for (const batch of batches) {
          for (const p of batch) await put(inc, p);
          const r = await link(inc);
          assert.ok(r.incremental, 'linked incrementally');
          assert.equal(r.incremental.widened, 0);
        }
        assert.deepEqual(await links(inc), expected, `batches ${batches.map((b) => b.map((p) => p.article.id).join('+')).join(', ')}`);
      } finally {
        await inc.close();
      }
    }
  });
}

test('a new report reads only the reports near its date window, not its whole actor × issue', async () => {
  const store = await openSqliteStore(':memory:');
  try {
    // A year of statements, one every four days, each with a loose report.
    for (let i = 0; i < 90; i++) {
      const day = shiftDay('2025-01-01', 4 * i);
      await put(store, dated(`y${i}`, 1000 + i, [{ date: day }, { date: win(shiftDay(day, -7), 14), type: 'PROPOSE' }]));
    }
    await link(store);
    const total = (await store.listClaims()).length;
    await put(store, dated('late', 999, [{ date: '2025-12-20' }]));
    const r = await link(store);
    assert.ok(r.incremental);
    // The day report touches its day; loose windows of 15 days reach it, so reports within 4 × 14 days are read.
    assert.ok(r.incremental.reports > 0 && r.incremental.reports < total / 4, `${r.incremental.reports} reports read of ${total}`);
    // Its own event, and the loose report whose latest fitting day it now is.
    assert.ok(r.incremental.written <= 3, `${r.incremental.written} events written`);
    const full = await openSqliteStore(':memory:');
    for (let i = 0; i < 90; i++) {
      const day = shiftDay('2025-01-01', 4 * i);
      await put(full, dated(`y${i}`, 1000 + i, [{ date: day }, { date: win(shiftDay(day, -7), 14), type: 'PROPOSE' }]));
    }
    await put(full, dated('late', 999, [{ date: '2025-12-20' }]));
    await relink(full);
    assert.deepEqual(await links(store), await links(full));
    await full.close();
  } finally {
    await store.close();
  }
});
