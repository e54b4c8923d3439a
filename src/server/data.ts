// The server's read model. Pages and API handlers read the Store through indexed, paginated queries;
// what is derived from many rows (positions, counts per actor and issue) is computed on demand and kept
// until the data changes (another process writing, or an ingest through the API): a bounded number of
// per-actor views, and the latest step of every position (the overview). Nothing holds a copy of the
// database, so memory stays flat as the data grows.
import { ensureLinked } from '../link/index.js';
import type { EventCount, EventRecord, Store, StoreStats } from '../store/types.js';
import { buildPositions, loadFronts, loadRegionTable, type Front, type Position, type PositionStep, type RegionTable } from '../track/index.js';
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

/** One actor's events and positions, read by an indexed query (pages about one actor need nothing else). */
export interface ActorView {
  actor: string;
  eventById: Map<string, EventRecord>;
  /** Positions by issue. */
  positions: Map<string, Position>;
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

  private views = new Map<string, Promise<ActorView>>();
  private index: Promise<EventIndex> | null = null;
  private summaries: Promise<PositionSummary[]> | null = null;
  private counts: Promise<StoreStats> | null = null;
  private linked: Promise<void> | null = null;
  /** Most actors whose views are kept (the least recently used is dropped). */
  private static readonly MAX_VIEWS = 32;

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

  /** Drops the derived data (after an ingest through this process). */
  invalidate(): void {
    this.localChanges++;
    this.drop();
  }

  private drop(): void {
    this.views.clear();
    this.index = null;
    this.summaries = null;
    this.counts = null;
    this.linked = null;
  }

  /** Links first when articles changed since the events were computed (once per data version). */
  private ensureViewsLinked(): Promise<void> {
    this.linked ??= ensureLinked(this.store);
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

  // ------------------------------------------------------------ per-actor views
  // Timeline and map pages read one actor's events by index and compute its positions once per data
  // version (positions are derived data). Each request still builds its page from them.

  /** One actor's events (every issue: territory also reads ceasefires on the front line) and positions. */
  async actorView(actor: string): Promise<ActorView> {
    let view = this.views.get(actor);
    if (view) {
      this.views.delete(actor);
      this.views.set(actor, view);
      return view;
    }
    view = this.ensureViewsLinked().then(async () => {
      const events = await this.store.listEvents({ actor });
      return { actor, eventById: new Map(events.map((e) => [e.id, e])), positions: new Map(this.positionsOf(actor, events).map((p) => [p.issue, p])) };
    });
    view.catch(() => { if (this.views.get(actor) === view) this.views.delete(actor); });
    this.views.set(actor, view);
    while (this.views.size > DataSource.MAX_VIEWS) this.views.delete(this.views.keys().next().value as string);
    return view;
  }

  private positionsOf(actor: string, events: EventRecord[]): Position[] {
    return buildPositions(events, { actor, regions: this.regions ?? undefined, fronts: this.fronts, names: (c) => this.region(c) });
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
   * Every position in brief (its latest step), for the overview and the positions list: each actor's events
   * read in turn (one actor in memory at a time; a cached view is used when there is one), once per data version.
   */
  positionSummaries(): Promise<PositionSummary[]> {
    return this.keep(() => this.summaries, (p) => { this.summaries = p; }, async () => {
      const index = await this.eventIndex();
      const out: PositionSummary[] = [];
      for (const { code } of [...index.actors].sort((a, b) => a.code.localeCompare(b.code))) {
        const cached = this.views.get(code);
        const positions = cached ? [...(await cached).positions.values()] : this.positionsOf(code, await this.store.listEvents({ actor: code }));
        for (const p of positions) {
          out.push({ actor: p.actor, issue: p.issue, steps: p.steps.length, firstDate: p.steps[0]?.date ?? null, last: p.steps[p.steps.length - 1] ?? null });
        }
      }
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
    return this.lexicon.actors.has(code) || this.dataActors.has(code) || this.views.has(code);
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
