// Positions built page by page (PositionStream, streamPosition: what the server does, reading an index)
// are the positions buildPositions makes from every event at once, and group steps exactly as the
// reference grouping of spec §6 (one step per day's statements and the events conditioned with them,
// placed at the first date read from the text, else at the publication date).
import test from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimType } from '../../src/extract/types.js';
import type { EventRecord } from '../../src/store/types.js';
import { buildPositions, inPosition, placedDate, placedOrder, streamPosition, type Front } from '../../src/track/index.js';

const FRONTS: Front[] = [{ name: 'ukraine', holder: 'RUS', defender: 'UKR', regions: ['UA-14', 'UA-09', 'UA-23', 'UA-65'], occupied: ['UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-43'] }];
const TYPES: ClaimType[] = ['DEMAND', 'OFFER', 'REJECT', 'PROPOSE', 'ACCEPT', 'THREATEN'];
const REGIONS = ['UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-43', 'UA-63'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

/** Random events of two actors on three issues, some implied, some undated, some conditioned on others (both ways, across days and issues). */
function randomEvents(seed: number, n: number): EventRecord[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const day = (k: number) => new Date(Date.UTC(2025, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
  const out: EventRecord[] = [];
  for (let i = 0; i < n; i++) {
    const k = Math.floor(r() * 40);
    const undated = r() < 0.05;
    const implied = !undated && r() < 0.3;
    const type = pick(TYPES);
    const issue = pick(['territory', 'territory', 'ceasefire', 'talks']);
    out.push({
      id: `E${(i * 7919 % 1000).toString(16).padStart(4, '0')}${i}`, actor: pick(['RUS', 'RUS', 'UKR']), type, types: r() < 0.2 ? [type, pick(TYPES)].sort() as ClaimType[] : [type],
      issue, target: null, regions: r() < 0.3 ? [] : [pick(REGIONS), pick(REGIONS)].filter((x, j, a) => a.indexOf(x) === j),
      dateStart: undated ? null : day(implied ? k - 7 : k), dateEnd: undated ? null : day(k), date: undated ? null : day(k),
      outlets: 1 + Math.floor(r() * 3), outletNames: [`Outlet ${Math.floor(r() * 5)}`], claimKeys: [i], quote: `quote ${i}`,
      frontLine: issue === 'ceasefire' && r() < 0.5, partial: r() < 0.1 ? [REGIONS[0]] : [], implied, conditions: [],
    });
  }
  // Conditions within one actor, recorded both ways (as linking stores them), some across days and issues.
  for (let i = 0; i < n / 6; i++) {
    const a = pick(out);
    const b = pick(out.filter((e) => e.actor === a.actor && e !== a));
    if (!b) continue;
    a.conditions = [...new Set([...a.conditions!, b.id])].sort();
    b.conditions = [...new Set([...b.conditions!, a.id])].sort();
  }
  return out;
}

/** The reference grouping: union of same placed day and conditions, over the whole position at once. */
function referenceSteps(events: EventRecord[]): Array<{ date: string; events: string[] }> {
  const parent = new Map<string, string>();
  const find = (x: string): string => { const p = parent.get(x)!; return p === x ? x : find(p); };
  const union = (a: string, b: string) => { const ra = find(a); const rb = find(b); if (ra !== rb) parent.set(ra, rb); };
  for (const e of events) parent.set(e.id, e.id);
  const byDay = new Map<string, string>();
  for (const e of events) {
    for (const c of e.conditions ?? []) if (parent.has(c)) union(e.id, c);
    const d = placedDate(e)!;
    if (byDay.has(d)) union(byDay.get(d)!, e.id); else byDay.set(d, e.id);
  }
  const groups = new Map<string, EventRecord[]>();
  for (const e of events) groups.set(find(e.id), [...(groups.get(find(e.id)) ?? []), e]);
  return [...groups.values()].map((evs) => {
    const stated = evs.filter((e) => !e.implied && e.dateStart).map((e) => e.dateStart!).sort();
    const date = stated.length ? stated[0] : evs.map((e) => placedDate(e)!).sort().at(-1)!;
    return { date, events: evs.sort(placedOrder).map((e) => e.id) };
  }).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

test('steps group a day\'s statements and the events conditioned with them, in date order, as the reference grouping does', () => {
  for (let seed = 1; seed <= 30; seed++) {
    const events = randomEvents(seed, 120);
    for (const p of buildPositions(events, { fronts: FRONTS })) {
      const mine = events.filter((e) => inPosition(e, p.actor, p.issue));
      assert.deepEqual(p.steps.map((s) => ({ date: s.date, events: s.events })), referenceSteps(mine), `seed ${seed}, ${p.actor} ${p.issue}`);
    }
  }
});

test('a position streamed page by page (any page size, conditions looked up by id) equals the one built at once', async () => {
  for (let seed = 1; seed <= 20; seed++) {
    const events = randomEvents(seed, 150);
    const byId = new Map(events.map((e) => [e.id, e]));
    for (const whole of buildPositions(events, { fronts: FRONTS })) {
      const size = 1 + (seed * 7) % 23;
      const mine = events.filter((e) => inPosition(e, whole.actor, whole.issue)).sort(placedOrder);
      let lookups = 0;
      const source = {
        async *pages() { for (let i = 0; i < mine.length; i += size) yield mine.slice(i, i + size); },
        async byIds(ids: string[]) { lookups++; return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])); },
      };
      const steps: typeof whole.steps = [];
      await streamPosition(whole.actor, whole.issue, source, { fronts: FRONTS }, (s) => steps.push(s));
      assert.deepEqual(steps, whole.steps, `seed ${seed}, ${whole.actor} ${whole.issue}, pages of ${size}`);
      assert.ok(lookups <= Math.ceil(mine.length / size), 'at most one look-up of conditioned events per page');
    }
  }
});

test('a step stays open while an event conditioned with it is still to come, and takes its date', () => {
  const base = { actor: 'RUS', types: [] as ClaimType[], target: null, outlets: 1, outletNames: ['A'], claimKeys: [], quote: 'q', frontLine: false, partial: [] };
  const events: EventRecord[] = [
    { ...base, id: 'Ea', type: 'OFFER', issue: 'territory', regions: ['UA-63'], dateStart: '2025-03-01', dateEnd: '2025-03-08', date: null, implied: true, conditions: ['Ec'] },
    { ...base, id: 'Eb', type: 'DEMAND', issue: 'territory', regions: ['UA-14'], dateStart: '2025-03-05', dateEnd: '2025-03-05', date: '2025-03-05', implied: false, conditions: [] },
    { ...base, id: 'Ec', type: 'DEMAND', issue: 'territory', regions: ['UA-09'], dateStart: '2025-03-10', dateEnd: '2025-03-10', date: '2025-03-10', implied: false, conditions: ['Ea'] },
  ];
  const [p] = buildPositions(events, { fronts: FRONTS });
  assert.deepEqual(p.steps.map((s) => [s.date, s.events]), [['2025-03-05', ['Eb']], ['2025-03-10', ['Ea', 'Ec']]]);
});
