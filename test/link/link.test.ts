import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEvents, groupStories, independentSources, isFrontLineClaim, regionsCompatible, typesCompatible } from '../../src/link/index.js';
import { relink } from '../../src/link/index.js';
import { signature, similarity } from '../../src/link/minhash.js';
import { dateBounds } from '../../src/util/dates.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { LinkArticle, StoredClaim } from '../../src/store/types.js';
import type { ClaimType, DateValue } from '../../src/extract/types.js';
import { generatedBody, makeArticle, makeClaim, type ClaimSpec } from '../store/helpers.js';

const WIRE = `MOSCOW (Wire) — Russian President Vladimir Putin told the visiting envoy that Moscow would halt its offensive in the south if Kyiv withdrew its forces from the eastern Donetsk region, three officials familiar with the conversation said on Thursday.
The officials, who spoke on condition of anonymity because the talks were private, said the proposal was delivered during a three-hour meeting in the Kremlin and was described as final.
Ukrainian officials have repeatedly rejected any withdrawal, saying the constitution forbids ceding territory and that a pullout would expose the cities of Kramatorsk and Sloviansk.
European diplomats said they had been briefed on the meeting and were consulting on a joint response before a summit of foreign ministers next week in Brussels.
The envoy is expected to travel on to Kyiv, where he will meet the Ukrainian president and his chief of staff, according to a schedule seen by reporters.
Fighting continued overnight along much of the front, with air raid alerts declared in several regions and damage reported to energy facilities near Kharkiv.`;

function light(text: string): string {
  // A republished copy: different dateline, a few words changed, the last paragraph dropped, one added.
  const paras = text.split('\n');
  paras[0] = paras[0].replace('MOSCOW (Wire) — ', '').replace('told the visiting envoy', 'told a visiting US envoy').replace('on Thursday', 'late on Thursday');
  paras[2] = paras[2].replace('repeatedly', 'consistently');
  paras.pop();
  paras.push('This story has been updated with reaction from Brussels.');
  return paras.join('\n');
}

function linkArticle(id: number, body: string, extra: Partial<LinkArticle> = {}): LinkArticle {
  const s = signature(body)!;
  return { id, published: '2025-08-17', outlet: 'X', signature: s.signature, shingles: s.shingles, ...extra };
}

test('minhash: identical texts are identical, edited copies similar, different texts not', () => {
  const a = signature(WIRE)!.signature;
  assert.equal(similarity(a, signature(WIRE)!.signature), 1);
  assert.ok(similarity(a, signature(light(WIRE))!.signature) >= 0.5);
  assert.ok(similarity(a, signature(generatedBody(1))!.signature) < 0.1);
  assert.equal(signature('  ... '), null);
});

test('stories: republished wire copy with a new headline and light edits groups; others stay apart', () => {
  const arts = [
    linkArticle(1, WIRE),
    linkArticle(2, light(WIRE)),
    linkArticle(3, generatedBody(7)),
    linkArticle(4, WIRE.split('\n').slice(0, 4).join('\n')), // trimmed copy: contained in the original
    linkArticle(5, generatedBody(8)),
    { id: 6, published: null, outlet: null, signature: null, shingles: 0 },
    linkArticle(7, generatedBody(7).replace(/Report 7-3/g, 'Item 7-3')),
  ];
  const stories = groupStories(arts);
  const of = (id: number) => stories.find((s) => s.articleIds.includes(id))!.id;
  assert.equal(of(2), of(1));
  assert.equal(of(4), of(1));
  assert.equal(of(1), 1, 'a story is named after its first article');
  assert.notEqual(of(3), of(1));
  assert.notEqual(of(5), of(3));
  assert.equal(of(7), of(3));
  assert.equal(of(6), 6);
  assert.equal(stories.reduce((n, s) => n + s.articleIds.length, 0), arts.length, 'every article in exactly one story');
});

test('stories: scale — 2,000 distinct articles with 100 copies group exactly', () => {
  const arts: LinkArticle[] = [];
  for (let i = 1; i <= 2000; i++) arts.push(linkArticle(i, generatedBody(i, 10)));
  for (let i = 1; i <= 100; i++) arts.push(linkArticle(2000 + i, generatedBody(i * 3, 10).replace(/^\S+ \S+/, 'Delegates gathered')));
  // No timing assertion: the machine's load decides it (the bench measures speed).
  const stories = groupStories(arts);
  const multi = stories.filter((s) => s.articleIds.length > 1);
  assert.equal(multi.length, 100);
  for (const s of multi) assert.equal(s.articleIds.length, 2);
});

let key = 0;
function stored(articleId: number, spec: ClaimSpec & { publisher?: string | null; published?: string }): StoredClaim {
  const claim = makeClaim(`doc${articleId}`, key, spec);
  const b = dateBounds(claim.date.value);
  key++;
  return {
    key, articleId, ref: `h${articleId}#${key}`, claim, dateStart: b?.[0] ?? null, dateEnd: b?.[1] ?? null,
    published: spec.published ?? '2025-08-17', publisher: spec.publisher === undefined ? `Paper ${articleId}` : spec.publisher, url: null, title: null, storyId: null,
  };
}

test('events: reports of one statement merge; distinct statements stay apart', () => {
  const claims = [
    // The Alaska demand, as reported by four articles with varying precision.
    stored(1, { regions: ['UA-14', 'UA-09'], date: '2025-08-15', outlet: 'Financial Times', credited: true }),
    stored(2, { regions: ['UA-14', 'UA-09'], date: '2025-08-15', type: 'PROPOSE', outlet: 'Financial Times', credited: true }),
    stored(3, { regions: ['UA-14'], date: { from: '2025-08-10', to: '2025-08-17' } }),
    stored(4, { regions: [], date: '2025-08' }),
    // A different occasion: the July demand incl. Crimea.
    stored(5, { regions: ['UA-14', 'UA-09', 'UA-43'], date: { from: '2025-07-25', to: '2025-08-08' } }),
    // Same article as a report above: a distinct statement of that article.
    stored(1, { type: 'OFFER', issue: 'ceasefire', regions: ['UA-65', 'UA-23'], date: '2025-08-15', quote: 'would freeze the frontline in Kherson and Zaporizhzhia' }),
    stored(2, { type: 'OFFER', issue: 'ceasefire', regions: ['UA-23', 'UA-65'], date: '2025-08-15', quote: 'halting his offensive in the southern front' }),
    // Incompatible regions, same date: a different statement.
    stored(6, { regions: ['UA-63'], date: '2025-08-15', type: 'OFFER' }),
    // Other actor.
    stored(7, { actor: 'UKR', type: 'REJECT', regions: ['UA-14'], date: '2025-08-15' }),
  ];
  const events = buildEvents(claims);
  const find = (k: number) => events.find((e) => e.claimKeys.includes(claims[k].key))!;
  const alaska = find(0);
  assert.deepEqual(alaska.claimKeys.sort((a, b) => a - b), [claims[0].key, claims[1].key, claims[2].key, claims[3].key]);
  assert.equal(alaska.type, 'DEMAND');
  assert.deepEqual(alaska.types.sort(), ['DEMAND', 'PROPOSE']);
  assert.deepEqual(alaska.regions, ['UA-09', 'UA-14']);
  assert.equal(alaska.dateStart, '2025-08-15');
  assert.equal(alaska.dateEnd, '2025-08-15');
  assert.equal(alaska.date, '2025-08-15');
  assert.notEqual(find(4).id, alaska.id);
  const freeze = find(5);
  assert.equal(freeze.claimKeys.length, 2);
  assert.equal(freeze.frontLine, true);
  assert.notEqual(find(7).id, alaska.id);
  assert.notEqual(find(8).id, alaska.id);
  assert.equal(events.length, 5);
  // Sevastopol is Crimea.
  const [sev] = buildEvents([stored(9, { regions: ['UA-40', 'UA-43'] })]);
  assert.deepEqual(sev.regions, ['UA-43']);
});

test('events: independent outlets — credited outlets and near-duplicate copies count once', () => {
  // Three outlets all crediting the FT are one source; a wire copy republished by two papers is one.
  const claims = [
    stored(11, { outlet: 'Financial Times', credited: true, publisher: 'Kyiv Post' }),
    stored(12, { outlet: 'The Financial Times', credited: true, publisher: 'Daily Star' }),
    stored(13, { outlet: 'financial times', credited: true, publisher: null }),
  ];
  assert.equal(independentSources(claims, (id) => id).length, 1);
  const wire = [stored(21, { outlet: 'Honolulu Paper', credited: false, publisher: 'Honolulu Paper' }), stored(22, { outlet: 'Capital Daily', credited: false, publisher: 'Capital Daily' })];
  assert.equal(independentSources(wire, (id) => id).length, 2, 'different stories by different publishers: two sources');
  assert.equal(independentSources(wire, () => 21).length, 1, 'copies of one story: one source');
  const mixed = [...claims, ...wire, stored(31, { outlet: 'Bloomberg', credited: true }), stored(32, { outlet: null, publisher: null })];
  const names = independentSources(mixed, (id) => (id === 22 ? 21 : id));
  assert.equal(names.length, 4, names.join(', '));
  // The same computation through buildEvents.
  const ev = buildEvents(mixed, (id) => (id === 22 ? 21 : id));
  assert.equal(ev.length, 1);
  assert.equal(ev[0].outlets, 4);
});

test('link rules: compatible types, regions and front-line ceasefires', () => {
  assert.ok(typesCompatible('OFFER', 'ACCEPT'));
  assert.ok(typesCompatible('DEMAND', 'PROPOSE'));
  assert.ok(!typesCompatible('DEMAND', 'OFFER'));
  assert.ok(!typesCompatible('REJECT', 'ACCEPT'));
  assert.ok(regionsCompatible([], ['UA-14']));
  assert.ok(regionsCompatible(['UA-14'], ['UA-14', 'UA-09']));
  assert.ok(!regionsCompatible(['UA-63'], ['UA-14', 'UA-09']));
  assert.ok(isFrontLineClaim(stored(1, { issue: 'ceasefire', quote: 'Russia could freeze the whole frontline' })));
  assert.ok(isFrontLineClaim(stored(1, { issue: 'ceasefire', quote: 'stop its offensive on the current front lines' })));
  assert.ok(!isFrontLineClaim(stored(1, { issue: 'ceasefire', quote: 'declared a 30-hour Easter ceasefire' })));
  assert.ok(!isFrontLineClaim(stored(1, { issue: 'territory', quote: 'freeze the front' })));
});

test('relink: stories and events persisted; re-running gives the same ids', async () => {
  const store = await openSqliteStore(':memory:');
  try {
    const c = (doc: string, spec: ClaimSpec) => [makeClaim(doc, 0, spec)];
    await store.putArticle({ article: makeArticle('w1', WIRE, { outlet: 'Paper A' }), claims: c('w1', { outlet: 'Paper A' }), extractorVersion: 'v', ...sig(WIRE) });
    await store.putArticle({ article: makeArticle('w2', light(WIRE), { outlet: 'Paper B', title: 'Another headline' }), claims: c('w2', { outlet: 'Paper B' }), extractorVersion: 'v', ...sig(light(WIRE)) });
    await store.putArticle({ article: makeArticle('o1', generatedBody(3), { outlet: 'Paper C' }), claims: c('o1', { outlet: 'Financial Times', credited: true }), extractorVersion: 'v', ...sig(generatedBody(3)) });
    const first = await relink(store);
    assert.equal(first.stories, 1);
    assert.equal(first.duplicates, 1);
    assert.equal(first.events, 1);
    const [event] = await store.listEvents();
    assert.equal(event.claimKeys.length, 3);
    assert.equal(event.outlets, 2, 'the wire copy counts once, the FT report once');
    await relink(store);
    assert.equal((await store.listEvents())[0].id, event.id);
    assert.equal((await store.stats()).linksStale, false);
  } finally { await store.close(); }
});

function sig(text: string) {
  const s = signature(text)!;
  return { signature: s.signature, shingles: s.shingles };
}

test('events: a region one report names only in part is partial in the event', () => {
  const a = stored(11, { type: 'OFFER', regions: ['UA-23', 'UA-65'], date: '2025-10-16' });
  a.claim.partial = ['UA-23', 'UA-65'];
  const b = stored(12, { type: 'OFFER', regions: ['UA-23', 'UA-65'], date: '2025-10-16' });
  const c = stored(13, { type: 'DEMAND', regions: ['UA-14'], date: '2025-10-16' });
  const events = buildEvents([a, b, c]);
  const offer = events.find((e) => e.type === 'OFFER')!;
  assert.equal(offer.claimKeys.length, 2);
  assert.deepEqual(offer.partial, ['UA-23', 'UA-65']);
  assert.deepEqual(events.find((e) => e.type === 'DEMAND')!.partial, []);
});

test('events: the clusters do not depend on the order reports come in', () => {
  const dates: DateValue[] = ['2025-08-15', '2025-08-16', { from: '2025-08-10', to: '2025-08-24' }, { from: '2025-08-02', to: '2025-08-16' }, '2025-08', null];
  const types: ClaimType[] = ['DEMAND', 'PROPOSE', 'OFFER', 'REJECT'];
  const claims = Array.from({ length: 60 }, (_, i) => stored(i + 1, {
    date: dates[(i * 7) % dates.length], type: types[(i * 5) % types.length], regions: [['UA-14'], [], ['UA-09'], ['UA-14', 'UA-09']][(i * 3) % 4],
  }));
  const shape = (events: ReturnType<typeof buildEvents>) => events.map((e) => [...e.claimKeys].sort((a, b) => a - b).join(',')).sort();
  const expected = shape(buildEvents(claims));
  assert.ok(expected.length > 5 && expected.length < 50, `${expected.length} events`);
  let seed = 7;
  for (let round = 0; round < 5; round++) {
    const shuffled = [...claims];
    for (let i = shuffled.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const j = seed % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    assert.deepEqual(shape(buildEvents(shuffled)), expected);
  }
});
