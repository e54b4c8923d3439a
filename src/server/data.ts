// The server's read model. Pages and API handlers read the Store through indexed, paginated queries;
// what is derived from many rows (positions, counts per actor and issue) is computed on demand and kept
// until the data changes (another process writing, or an ingest through the API): a bounded number of
// positions, and the latest step of every position (the overview). Positions are built page by page from
// an index (track's streamPosition), so neither the database nor one actor's events are ever in memory at
// once, and memory stays flat as the data grows.
import type { EventCount, EventRecord, Store, StoreStats } from '../store/types.js';
import { loadFronts, loadRegionTable, placedDate, placedOrder, streamPosition, type Front, type Position, type PositionSource, type PositionStep, type RegionTable } from '../track/index.js';
import { regionNames, type RegionNames } from '../lexicon/regions.js';
import type { Vocabulary } from './params.js';
import { MAP_TILES } from './map-layout.js';

/** One position (actor × issue) in brief: what the overview and the positions list show. */
export interface PositionSummary {
  actor: string;
  issue: string;
  steps: number;
  firstDate: string | null;
  /** The latest step. */
  last: PositionStep | null;
}

/** An event in brief: what the chart's marks and the map's evidence show of every event of a position. */
export interface EventBrief { id: string; type: string; implied: boolean; quote: string; outlets: number; dateEnd: string | null }

/** One position (actor × issue), built page by page from the index, with its events in brief. */
export interface PositionView {
  actor: string;
  issue: string;
  position: Position;
  events: Map<string, EventBrief>;
  /** Events read in full for the pages shown so far (at most the position's own events). */
  full: Map<string, EventRecord>;
}

/** What pages about one actor need to know of the others: events per actor and issue, first and last dates. */
export interface EventIndex {
  counts: EventCount[];
  firstDate: string | null;
  lastDate: string | null;
  /** Actors with a territorial position (territory events or ceasefires on the line of contact), most events first. */
  territorial: Array<{ actor: string; events: number }>;
  /** Actors with at least one event, most events first. */
  actors: Array<{ code: string; events: number }>;
  /** Region codes the events name (besides the lexicon's). */
  regions: Set<string>;
}

export interface Names {
  actor(code: string): string;
  region(code: string): string;
}

export const positionKey = (actor: string, issue: string) => `${actor}\u0000${issue}`;

/** Loaded once: the lexicon's parties and places (names, known codes), if the lexicon is available. */
interface LexiconInfo { actors: Map<string, string>; places: Map<string, string>; actorNames: Map<string, string[]>; placeNames: Map<string, string[]> }

async function loadLexiconInfo(): Promise<LexiconInfo> {
  const info: LexiconInfo = { actors: new Map(), places: new Map(), actorNames: new Map(), placeNames: new Map() };
  try {
    const spec = '../lexicon/load.js';
    type Named = { code: string; name: string; names?: string[] };
    const mod = (await import(spec)) as { loadLexicon: () => { actors?: Named[]; places?: Named[] } };
    const lex = mod.loadLexicon();
    for (const a of lex.actors ?? []) { info.actors.set(a.code, a.name); info.actorNames.set(a.code, [a.name, ...(a.names ?? [])]); }
    for (const p of lex.places ?? []) { info.places.set(p.code, p.name); info.placeNames.set(p.code, [p.name, ...(p.names ?? [])]); }
  } catch {
    // no lexicon: codes only
  }
  for (const t of MAP_TILES) if (!info.places.has(t.code)) { info.places.set(t.code, t.name); info.placeNames.set(t.code, [t.name]); }
  return info;
}

export class DataSource implements Vocabulary, Names {
  readonly store: Store;
  private lexicon: LexiconInfo = { actors: new Map(), places: new Map(), actorNames: new Map(), placeNames: new Map() };
  regions: RegionTable | null = null;
  fronts: Front[] = [];
  private names: RegionNames = regionNames();

  constructor(store: Store) {
    this.store = store;
  }

  /** Loads the lexicon (names, areas, fronts) and reads the data version: no data is loaded at start. */
  async init(): Promise<void> {
    [this.lexicon, this.regions, this.fronts] = await Promise.all([loadLexiconInfo(), loadRegionTable(), loadFronts()]);
    await this.refresh();
  }

  // ------------------------------------------------------------ data version
  // Derived data (per-actor views, position summaries, counts) is kept until the data version changes:
  // the store's (other processes' or connections' commits) and this process's own ingests.

  private localChanges = 0;
  private key: string | null = null;
  private checking: Promise<string> | null = null;
  /** Increases each time the data changed (derived data dropped). */
  generation = 0;
  /** When the current data version was first seen. */
  since = new Date().toISOString();

  private views = new Map<string, Promise<PositionView>>();
  private actorSummaryCache = new Map<string, Promise<PositionSummary[]>>();
  private index: Promise<EventIndex> | null = null;
  private summaries: Promise<PositionSummary[]> | null = null;
  private counts: Promise<StoreStats> | null = null;
  private linked: Promise<void> | null = null;
  /** Most positions kept whole (the least recently used is dropped), and most actors' summaries. */
  private static readonly MAX_VIEWS = 16;
  private static readonly MAX_ACTOR_SUMMARIES = 256;
  /** Events read per page when a position is built (default: the store's Store.positionPage). */
  static PAGE: number | null = null;

  /** Reads the data version (once per request) and drops derived data when it changed; returns the key. */
  async refresh(): Promise<string> {
    this.checking ??= this.store.dataVersion().finally(() => { this.checking = null; });
    const key = `${await this.checking}:${this.localChanges}`;
    if (key !== this.key) {
      this.key = key;
      this.generation++;
      this.since = new Date().toISOString();
      this.drop();
    }
    return key;
  }

  /** The current data version, as last read by refresh(). */
  dataKey(): string {
    return this.key ?? 'x';
  }

  /**
   * What every request needs before its parameters are checked: the data version, links brought up to date
   * (a writable store with articles not linked yet), and the codes the data uses (filters may name them).
   */
  async ready(): Promise<string> {
    await this.refresh();
    await this.eventIndex();
    return this.dataKey();
  }

  /**
   * Computes in the background what the first pages need, once the server listens: every position's latest
   * step and the counts (the overview), then the territorial position the map shows by default (the actor
   * with most territorial statements; its timeline is then ready too). At 30,000 articles that is ~1.5 s of
   * CPU reading every event, which the first request would otherwise wait for; a request arriving meanwhile
   * waits for the same computation, never starts a second. The overview first: building that position first
   * let a first overview request build the others at the same time, and the heap kept the higher peak (RSS
   * after serving 110 MB instead of 101 at 30,000 articles).
   */
  async warm(): Promise<void> {
    try {
      const top = (await this.eventIndex()).territorial[0]?.actor;
      await Promise.all([this.positionSummaries(), this.stats()]);
      if (top) await this.positionView(top, 'territory');
    } catch {
      // the first request tries again
    }
  }

  /** Drops the derived data (after an ingest through this process). */
  invalidate(): void {
    this.localChanges++;
    this.drop();
  }

  private drop(): void {
    this.views.clear();
    this.actorSummaryCache.clear();
    this.index = null;
    this.summaries = null;
    this.counts = null;
    this.linked = null;
  }

  /** Links first when articles changed since the events were computed (once per data version). */
  private ensureViewsLinked(): Promise<void> {
    // A read-only store is never linked here (see ensureLinked): the linker is loaded only for a writable one.
    this.linked ??= this.store.readOnly ? Promise.resolve() : import('../link/index.js').then((m) => m.ensureLinked(this.store));
    return this.linked;
  }

  /** Caches a promise of derived data, forgetting it when it fails (the next request tries again). */
  private keep<T>(get: () => Promise<T> | null, set: (p: Promise<T> | null) => void, make: () => Promise<T>): Promise<T> {
    const have = get();
    if (have) return have;
    const p = make();
    set(p);
    p.catch(() => { if (get() === p) set(null); });
    return p;
  }

  // ------------------------------------------------------------ positions
  // Timeline and map pages build one position from its events read page by page in placed order (an
  // index), once per data version; the overview keeps only the latest step of each position.

  /** Where a position's events come from: pages of the index (territory merges the ceasefires on the line of contact). */
  private source(actor: string, issue: string): PositionSource {
    const store = this.store;
    const size = DataSource.PAGE ?? store.positionPage;
    const read = (iss: string, frontLine: boolean) => async function* () {
      let after: { placed: string; id: string } | null = null;
      for (;;) {
        const page = await store.positionEvents(actor, iss, { frontLine, after, limit: size });
        // Back to the event loop between pages: SQLite answers synchronously, so building positions was one
        // chain of microtasks that held every other request (even a static file) until it ended, 1.4 s for
        // the first overview at 30,000 articles.
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (page.length) yield page;
        if (page.length < size) return;
        const last = page[page.length - 1];
        after = { placed: placedDate(last)!, id: last.id };
      }
    };
    const pages = issue === 'territory' ? () => mergePages(read('territory', false)(), read('ceasefire', true)(), size) : read(issue, false);
    return { pages, byIds: (ids) => store.listEvents({ ids }) };
  }

  /** Builds one position, handing each step to `emit` (its events pass by `seen`); resolves with the number of steps. */
  private async build(actor: string, issue: string, emit: (s: PositionStep) => void, seen?: (e: EventRecord) => void): Promise<void> {
    await this.ensureViewsLinked();
    const src = this.source(actor, issue);
    const pages = seen ? { ...src, pages: async function* () { for await (const p of src.pages()) { for (const e of p) seen(e); yield p; } } } : src;
    await streamPosition(actor, issue, pages, { regions: this.regions ?? undefined, fronts: this.fronts, names: (c) => this.region(c) }, emit);
  }

  /** One position whole, with its events in brief (null when it has no step), once per data version. */
  positionView(actor: string, issue: string): Promise<PositionView | null> {
    const key = positionKey(actor, issue);
    let view = this.views.get(key);
    if (view) {
      this.views.delete(key);
      this.views.set(key, view);
      return view.then((v) => (v.position.steps.length ? v : null));
    }
    view = (async () => {
      const steps: PositionStep[] = [];
      const events = new Map<string, EventBrief>();
      await this.build(actor, issue, (st) => steps.push(st), (e) => events.set(e.id, { id: e.id, type: e.type, implied: !!e.implied, quote: e.quote, outlets: e.outlets, dateEnd: e.dateEnd }));
      return { actor, issue, position: { actor, issue, steps }, events, full: new Map() };
    })();
    view.catch(() => { if (this.views.get(key) === view) this.views.delete(key); });
    this.views.set(key, view);
    while (this.views.size > DataSource.MAX_VIEWS) this.views.delete(this.views.keys().next().value as string);
    return view.then((v) => (v.position.steps.length ? v : null));
  }

  /**
   * Events of a position by id, read in full (the steps a page shows), kept with the position: a page read
   * again needs no query, and what is kept is bounded by the position's own events.
   */
  async eventsById(view: PositionView, ids: string[]): Promise<Map<string, EventRecord>> {
    const missing = ids.filter((id) => !view.full.has(id));
    if (missing.length) for (const e of await this.store.listEvents({ ids: missing })) if (view.events.has(e.id)) view.full.set(e.id, e);
    const out = new Map<string, EventRecord>();
    for (const id of ids) { const e = view.full.get(id); if (e) out.set(id, e); }
    return out;
  }

  /** One actor's positions in brief (their latest steps), each streamed keeping only its last step, once per data version. */
  actorSummaries(actor: string): Promise<PositionSummary[]> {
    let have = this.actorSummaryCache.get(actor);
    if (have) return have;
    have = (async () => {
      const index = await this.eventIndex();
      const issues = new Set<string>();
      for (const c of index.counts) {
        if (c.actor !== actor) continue;
        issues.add(c.issue);
        if (c.issue === 'ceasefire' && c.frontLine) issues.add('territory');
      }
      const out: PositionSummary[] = [];
      for (const issue of [...issues].sort()) {
        const cached = this.views.get(positionKey(actor, issue));
        let steps = 0;
        let firstDate: string | null = null;
        let last: PositionStep | null = null;
        if (cached) {
          const p = (await cached).position;
          steps = p.steps.length; firstDate = p.steps[0]?.date ?? null; last = p.steps[steps - 1] ?? null;
        } else {
          await this.build(actor, issue, (st) => { if (!steps++) firstDate = st.date; last = st; });
        }
        if (steps) out.push({ actor, issue, steps, firstDate, last });
      }
      return out;
    })();
    const p = have;
    p.catch(() => { if (this.actorSummaryCache.get(actor) === p) this.actorSummaryCache.delete(actor); });
    this.actorSummaryCache.set(actor, p);
    while (this.actorSummaryCache.size > DataSource.MAX_ACTOR_SUMMARIES) this.actorSummaryCache.delete(this.actorSummaryCache.keys().next().value as string);
    return p;
  }

  /**
   * The issues on which an actor has a position (for navigation), from the counts per actor and issue: the
   * issues with dated events (territory also with ceasefires on the line of contact). Not from the actor's
   * summaries, which build every one of the actor's positions: a timeline's first request read all of the
   * actor's events for its links to the other issues (~0.5 s of 1 s at 30,000 articles).
   */
  async actorIssues(actor: string): Promise<string[]> {
    const issues = new Set<string>();
    for (const c of (await this.eventIndex()).counts) {
      if (c.actor !== actor || !(c.firstDate || c.lastDate)) continue;
      issues.add(c.issue);
      if (c.issue === 'ceasefire' && c.frontLine) issues.add('territory');
    }
    return [...issues].sort();
  }

  /** Events per actor and issue, and the region codes events name (two aggregate queries per data version). */
  eventIndex(): Promise<EventIndex> {
    return this.keep(() => this.index, (p) => { this.index = p; }, () => this.ensureViewsLinked().then(async () => {
      const [counts, regionCodes] = await Promise.all([
        this.store.eventCounts ? this.store.eventCounts() : this.store.listEvents().then(countEvents),
        this.store.eventRegions(),
      ]);
      let first: string | null = null;
      let last: string | null = null;
      const territorial = new Map<string, number>();
      const byActor = new Map<string, number>();
      for (const c of counts) {
        if (c.firstDate && (!first || c.firstDate < first)) first = c.firstDate;
        if (c.lastDate && (!last || c.lastDate > last)) last = c.lastDate;
        byActor.set(c.actor, (byActor.get(c.actor) ?? 0) + c.events);
        const n = c.issue === 'territory' ? c.events : c.issue === 'ceasefire' ? c.frontLine : 0;
        if (n) territorial.set(c.actor, (territorial.get(c.actor) ?? 0) + n);
      }
      const mostFirst = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      this.dataActors = new Set(byActor.keys());
      this.dataRegions = new Set(regionCodes);
      return {
        counts, firstDate: first, lastDate: last,
        territorial: mostFirst(territorial).map(([actor, events]) => ({ actor, events })),
        actors: mostFirst(byActor).map(([code, events]) => ({ code, events })),
        regions: this.dataRegions,
      };
    }));
  }

  /**
   * Every position in brief (its latest step), for the overview and the positions list: each position
   * streamed in turn keeping only its last step (one page of events in memory at a time), once per data version.
   */
  positionSummaries(): Promise<PositionSummary[]> {
    return this.keep(() => this.summaries, (p) => { this.summaries = p; }, async () => {
      const index = await this.eventIndex();
      const out: PositionSummary[] = [];
      for (const { code } of [...index.actors].sort((a, b) => a.code.localeCompare(b.code))) out.push(...await this.actorSummaries(code));
      return out.sort((a, b) => a.actor.localeCompare(b.actor) || a.issue.localeCompare(b.issue));
    });
  }

  /** Counts of the database (once per data version). */
  stats(): Promise<StoreStats> {
    return this.keep(() => this.counts, (p) => { this.counts = p; }, () => this.ensureViewsLinked().then(() => this.store.stats()));
  }

  /** Actor codes the data uses, known once ready() has run for this data version. */
  private dataActors = new Set<string>();
  private dataRegions = new Set<string>();

  isActor(code: string): boolean {
    return this.lexicon.actors.has(code) || this.dataActors.has(code);
  }

  isRegion(code: string): boolean {
    return this.lexicon.places.has(code) || this.dataRegions.has(code);
  }

  actorNames(): Iterable<[string, string[]]> {
    return this.lexicon.actorNames;
  }

  regionNames(): Iterable<[string, string[]]> {
    return this.lexicon.placeNames;
  }

  actor(code: string): string {
    return this.lexicon.actors.get(code) ?? code;
  }

  region(code: string): string {
    return this.lexicon.places.get(code) ?? code;
  }

  regionByName(name: string): string | null {
    return this.names.resolve(name);
  }

  area(code: string): number | null {
    return this.regions?.area.get(this.regions.aliases[code] ?? code) ?? null;
  }
}

/** eventCounts() for a store without it: counted from every event. */
function countEvents(events: EventRecord[]): EventCount[] {
  const by = new Map<string, EventCount>();
  for (const e of events) {
    const key = `${e.actor}\u0000${e.issue}`;
    let c = by.get(key);
    if (!c) { c = { actor: e.actor, issue: e.issue, events: 0, frontLine: 0, firstDate: null, lastDate: null }; by.set(key, c); }
    c.events++;
    if (e.frontLine) c.frontLine++;
    if (e.dateStart && (!c.firstDate || e.dateStart < c.firstDate)) c.firstDate = e.dateStart;
    if (e.dateStart && (!c.lastDate || e.dateStart > c.lastDate)) c.lastDate = e.dateStart;
  }
  return [...by.values()].sort((a, b) => a.actor.localeCompare(b.actor) || a.issue.localeCompare(b.issue));
}

/** Merges two sequences of pages in placed order into pages of about `size` events. */
async function* mergePages(a: AsyncIterable<EventRecord[]>, b: AsyncIterable<EventRecord[]>, size: number): AsyncGenerator<EventRecord[]> {
  const ia = flatten(a)[Symbol.asyncIterator]();
  const ib = flatten(b)[Symbol.asyncIterator]();
  let x = await ia.next();
  let y = await ib.next();
  let page: EventRecord[] = [];
  while (!x.done || !y.done) {
    if (y.done || (!x.done && placedOrder(x.value, y.value) <= 0)) { page.push(x.value); x = await ia.next(); } else { page.push(y.value); y = await ib.next(); }
    if (page.length >= size) { yield page; page = []; }
  }
  if (page.length) yield page;
}

async function* flatten(pages: AsyncIterable<EventRecord[]>): AsyncGenerator<EventRecord> {
  for await (const p of pages) yield* p;
}
