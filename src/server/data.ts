// The server's read model: events, positions, claims and articles loaded once from the Store and kept
// until the database changes (another process ingesting, or an ingest through the API). Pages and API
// handlers read this snapshot, so a request costs lookups, not table scans.
import { ensureLinked } from '../link/index.js';
import type { EventCount, EventRecord, Store, StoredArticle, StoredClaim } from '../store/types.js';
import { buildPositions, loadFronts, loadRegionTable, type Front, type Position, type RegionTable } from '../track/index.js';
import { regionNames, type RegionNames } from '../lexicon/regions.js';
import type { Vocabulary } from './params.js';
import { MAP_TILES } from './map-layout.js';

export interface Snapshot {
  /** Increases each time the snapshot is rebuilt. */
  generation: number;
  builtAt: string;
  events: EventRecord[];
  eventById: Map<string, EventRecord>;
  /** Claim key → id of the event it reports. */
  eventOfClaim: Map<number, string>;
  positions: Position[];
  positionByKey: Map<string, Position>;
  claims: StoredClaim[];
  claimByKey: Map<number, StoredClaim>;
  claimByRef: Map<string, StoredClaim>;
  claimsByArticle: Map<number, StoredClaim[]>;
  articles: StoredArticle[];
  articleById: Map<number, StoredArticle>;
  /** Actors with at least one event, most events first. */
  actors: Array<{ code: string; events: number }>;
  /** Latest event start date (the default as-of date). */
  lastDate: string | null;
  firstDate: string | null;
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
  private snap: Snapshot | null = null;
  private building: Promise<Snapshot> | null = null;
  private generation = 0;
  private dataVersion: number | null = null;
  private lexicon: LexiconInfo = { actors: new Map(), places: new Map(), actorNames: new Map(), placeNames: new Map() };
  regions: RegionTable | null = null;
  fronts: Front[] = [];
  private names: RegionNames = regionNames();

  constructor(store: Store) {
    this.store = store;
  }

  async init(): Promise<void> {
    [this.lexicon, this.regions, this.fronts] = await Promise.all([loadLexiconInfo(), loadRegionTable(), loadFronts()]);
    await this.snapshot();
  }

  /** SQLite's data_version: changes when another connection commits (cheap, per request). */
  private readDataVersion(): number | null {
    const db = (this.store as unknown as { db?: { pragma(s: string, o: { simple: true }): unknown; open?: boolean } }).db;
    if (!db || db.open === false) return null;
    try {
      return Number(db.pragma('data_version', { simple: true }));
    } catch {
      return null;
    }
  }

  /** Drops the snapshot and the per-actor views (after an ingest through this process). */
  invalidate(): void {
    this.snap = null;
    this.localChanges++;
  }

  // ------------------------------------------------------------ per-actor views
  // Timeline and map pages read one actor's events by index and compute its positions once per data
  // version (positions are derived data, like the snapshot's); they never wait for the whole-database
  // snapshot. Each request still builds its page from them.

  private localChanges = 0;
  private viewKey: string | null = null;
  private views = new Map<string, Promise<ActorView>>();
  private index: Promise<EventIndex> | null = null;
  private linked: Promise<void> | null = null;
  /** Most actors whose views are kept (the least recently used is dropped). */
  private static readonly MAX_VIEWS = 32;

  /** Identifies the data: SQLite's data_version (other connections' commits) and this process's ingests. */
  dataKey(): string {
    return `${this.readDataVersion() ?? 'x'}:${this.localChanges}`;
  }

  private freshViews(): void {
    const key = this.dataKey();
    if (key === this.viewKey) return;
    this.viewKey = key;
    this.views.clear();
    this.index = null;
    this.linked = null;
  }

  /** Links first when articles changed since the events were computed (once per data version). */
  private ensureViewsLinked(): Promise<void> {
    this.linked ??= ensureLinked(this.store);
    return this.linked;
  }

  /** One actor's events (every issue: territory also reads ceasefires on the front line) and positions. */
  async actorView(actor: string): Promise<ActorView> {
    this.freshViews();
    let view = this.views.get(actor);
    if (view) {
      this.views.delete(actor);
      this.views.set(actor, view);
      return view;
    }
    view = this.ensureViewsLinked().then(async () => {
      const events = await this.store.listEvents({ actor });
      const positions = buildPositions(events, { actor, regions: this.regions ?? undefined, fronts: this.fronts, names: (c) => this.region(c) });
      return { actor, eventById: new Map(events.map((e) => [e.id, e])), positions: new Map(positions.map((p) => [p.issue, p])) };
    });
    view.catch(() => { if (this.views.get(actor) === view) this.views.delete(actor); });
    this.views.set(actor, view);
    while (this.views.size > DataSource.MAX_VIEWS) this.views.delete(this.views.keys().next().value as string);
    return view;
  }

  /** Events per actor and issue (one aggregate query per data version). */
  async eventIndex(): Promise<EventIndex> {
    this.freshViews();
    const index = this.index ?? this.ensureViewsLinked().then(async () => {
      const counts = this.store.eventCounts ? await this.store.eventCounts() : countEvents(await this.store.listEvents());
      let first: string | null = null;
      let last: string | null = null;
      const territorial = new Map<string, number>();
      for (const c of counts) {
        if (c.firstDate && (!first || c.firstDate < first)) first = c.firstDate;
        if (c.lastDate && (!last || c.lastDate > last)) last = c.lastDate;
        const n = c.issue === 'territory' ? c.events : c.issue === 'ceasefire' ? c.frontLine : 0;
        if (n) territorial.set(c.actor, (territorial.get(c.actor) ?? 0) + n);
      }
      return {
        counts, firstDate: first, lastDate: last,
        territorial: [...territorial].map(([actor, events]) => ({ actor, events })).sort((a, b) => b.events - a.events || a.actor.localeCompare(b.actor)),
      };
    });
    if (!this.index) { this.index = index; index.catch(() => { if (this.index === index) this.index = null; }); }
    return index;
  }

  async snapshot(): Promise<Snapshot> {
    const version = this.readDataVersion();
    if (this.snap && version === this.dataVersion) return this.snap;
    if (this.building) return this.building;
    this.building = this.build().finally(() => { this.building = null; });
    return this.building;
  }

  private async build(): Promise<Snapshot> {
    await ensureLinked(this.store);
    const version = this.readDataVersion();
    const [events, claims, articles] = await Promise.all([this.store.listEvents(), this.store.listClaims(), this.store.listArticles()]);
    const eventById = new Map(events.map((e) => [e.id, e]));
    const eventOfClaim = new Map<number, string>();
    for (const e of events) for (const k of e.claimKeys) eventOfClaim.set(k, e.id);
    const positions = buildPositions(events, { regions: this.regions ?? undefined, fronts: this.fronts, names: (c) => this.region(c) });
    const positionByKey = new Map(positions.map((p) => [positionKey(p.actor, p.issue), p]));
    const counts = new Map<string, number>();
    let first: string | null = null;
    let last: string | null = null;
    for (const e of events) {
      counts.set(e.actor, (counts.get(e.actor) ?? 0) + 1);
      if (e.dateStart && (!last || e.dateStart > last)) last = e.dateStart;
      if (e.dateStart && (!first || e.dateStart < first)) first = e.dateStart;
    }
    const claimsByArticle = new Map<number, StoredClaim[]>();
    for (const c of claims) {
      const list = claimsByArticle.get(c.articleId);
      if (list) list.push(c); else claimsByArticle.set(c.articleId, [c]);
    }
    const actors = [...counts].map(([code, n]) => ({ code, events: n })).sort((a, b) => b.events - a.events || a.code.localeCompare(b.code));
    const snap: Snapshot = {
      generation: ++this.generation, builtAt: new Date().toISOString(), events, eventById, eventOfClaim, positions, positionByKey,
      claims, claimByKey: new Map(claims.map((c) => [c.key, c])), claimByRef: new Map(claims.map((c) => [c.ref, c])), claimsByArticle, articles, articleById: new Map(articles.map((a) => [a.id, a])),
      actors, lastDate: last, firstDate: first,
    };
    this.snap = snap;
    this.dataVersion = version;
    return snap;
  }

  isActor(code: string): boolean {
    return this.lexicon.actors.has(code) || !!this.snap?.actors.some((a) => a.code === code) || this.views.has(code);
  }

  isRegion(code: string): boolean {
    return this.lexicon.places.has(code) || !!this.snap?.events.some((e) => e.regions.includes(code));
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
