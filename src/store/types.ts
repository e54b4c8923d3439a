// The storage contract of Parley's memory: articles, their claims, stories and events.
// SQLite (sqlite.ts) is the embedded default; every method is async so that a client/server
// database (Postgres) can implement the same interface later.
import type { Article } from '../article/types.js';
import type { Claim, ClaimType } from '../extract/types.js';

/** What happened to one article on ingest. */
export type PutOutcome = 'new' | 'unchanged' | 'updated';

export interface PutArticleInput {
  article: Article;
  claims: Claim[];
  /** Version of the extractor (code + rules) that produced `claims`. */
  extractorVersion: string;
  /** MinHash signature of the cleaned text (see src/link/minhash.ts), stored for story linking. */
  signature?: Uint32Array | null;
  /** Number of distinct shingles behind the signature. */
  shingles?: number;
  /** LSH buckets of the signature (see src/link/buckets.ts), stored for finding candidate copies by index. */
  buckets?: number[];
}

/** An article as stored. */
export interface StoredArticle {
  /** Database key. */
  id: number;
  /** Document id (file name without extension, record id, or URL slug). */
  doc: string;
  source: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  format: string;
  hash: string;
  ingestedAt: string;
  extractorVersion: string;
  storyId: number | null;
}

export interface StoredArticleText extends StoredArticle {
  rawText: string;
  text: string;
  offsets: Array<{ clean: number; raw: number; length: number }>;
}

/** A claim as stored: the extractor's claim plus where it lives. */
export interface StoredClaim {
  /** Database key. */
  key: number;
  articleId: number;
  /** The claim's id ("doc#n", as extract prints it); "doc~hash8#n" when another article has the same doc name. */
  ref: string;
  claim: Claim;
  /** Interval of claim.date.value as YYYY-MM-DD bounds; null when undated. */
  dateStart: string | null;
  dateEnd: string | null;
  /** Article metadata the linker and exports need. */
  published: string | null;
  publisher: string | null;
  url: string | null;
  title: string | null;
  storyId: number | null;
}

/**
 * What building an event needs about one of its reports (link/events.ts): a StoredClaim without the
 * claim's text offsets, sentence, rule and modality, nor the article's URL and title.
 */
/** A report as building its event needs it (Store.eventReports): `claim.evidence` and `claim.mentions` are empty but for ceasefire claims. */
export interface EventReport {
  key: number;
  articleId: number;
  ref: string;
  claim: Pick<Claim, 'id' | 'actor' | 'type' | 'issue' | 'target' | 'regions' | 'partial' | 'date' | 'source' | 'conditions' | 'quote' | 'evidence' | 'mentions'>;
  dateStart: string | null;
  dateEnd: string | null;
  published: string | null;
  publisher: string | null;
  storyId: number | null;
}

export interface ClaimFilter {
  actor?: string;
  issue?: string;
  type?: string;
  articleId?: number;
  /** Claims of any of these articles. */
  articleIds?: number[];
  /** Claims with any of these refs. */
  refs?: string[];
  /** Only claims conditioned on another claim of their article (non-empty `conditions`). */
  conditioned?: boolean;
}

/** A page of a long list: at most `limit` items after skipping `offset`. */
export interface PageRange { limit: number; offset: number }

export interface ArticleFilter {
  /** Outlet name (substring, case-insensitive). */
  outlet?: string;
  /** Publication dates (YYYY-MM-DD, inclusive). */
  from?: string;
  to?: string;
  ids?: number[];
}

/**
 * What the search page lists without search text: claims matching the claim filters, and articles
 * matching their own (outlet, dates) with a claim matching the claim filters (actor, issue, type,
 * region), newest first.
 */
export interface BrowseFilter {
  actor?: string;
  issue?: string;
  type?: string;
  /** Any of these region codes (a region and its aliases). */
  regions?: string[];
  /** Outlet (substring, case-insensitive): the credited outlet or publisher of a claim, the outlet of an article. */
  outlet?: string;
  /** Dates: a claim's date interval (the publication date when undated), an article's publication date. */
  from?: string;
  to?: string;
  kind?: 'all' | 'article' | 'claim';
}

/** One item of a browse page: a claim (with its article) or an article. */
export interface BrowseItem { kind: 'article' | 'claim'; articleId: number; claimKey: number | null; date: string | null }

/** What the linker needs about each article. */
export interface LinkArticle {
  id: number;
  published: string | null;
  outlet: string | null;
  signature: Uint32Array | null;
  /** Number of shingles the signature was computed from (for containment estimates). */
  shingles: number;
  /** The story the article is in, when linked. */
  storyId?: number | null;
}

export interface StoryRecord {
  /** Key of the first (lowest id) article of the story; stories are recomputed as a whole. */
  id: number;
  articleIds: number[];
}

export interface EventRecord {
  /** Stable id: "E" + hex digest of the earliest report's ref. */
  id: string;
  actor: string;
  type: ClaimType;
  /** Every type seen among the reports. */
  types: ClaimType[];
  issue: string;
  target: string | null;
  regions: string[];
  dateStart: string | null;
  dateEnd: string | null;
  /** The most precise date value among the reports. */
  date: Claim['date']['value'];
  /** Number of independent outlets among the reports. */
  outlets: number;
  /** Names of the independent sources (credited outlet, publisher, or "story N"). */
  outletNames: string[];
  /** Claim keys of every report. */
  claimKeys: number[];
  /** A representative quote (from the earliest report). */
  quote: string;
  /** Whether any report is about the line of contact ("freeze the front"). */
  frontLine: boolean;
  /** Regions some report names only in part ("parts of Kherson"); see Claim.partial. */
  partial?: string[];
  /** No report read its date from the text (the date is a default window ending at publication). */
  implied?: boolean;
  /** Events of the same actor this one is conditioned on or that are conditioned on it (one statement). */
  conditions?: string[];
}

/** Events per actor and issue (what pages about one actor need to know of the others). */
export interface EventCount {
  actor: string;
  issue: string;
  events: number;
  /** Events about the line of contact ("freeze the front"). */
  frontLine: number;
  /** Earliest and latest event start dates. */
  firstDate: string | null;
  lastDate: string | null;
}

/** Where a page of Store.positionEvents starts, and its size. */
export interface PositionEventsOptions {
  frontLine?: boolean;
  /** The last event of the previous page: its placed date and id. */
  after?: { placed: string; id: string } | null;
  limit: number;
}

export interface EventFilter {
  /** Events with these ids. */
  ids?: string[];
  actor?: string;
  issue?: string;
  type?: string;
  region?: string;
  outlet?: string;
  from?: string;
  to?: string;
}

export interface SearchHit {
  kind: 'article' | 'claim';
  articleId: number;
  doc: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Claim ref when kind is 'claim'. */
  claim: string | null;
  snippet: string;
  rank: number;
}

export interface SearchOptions {
  limit?: number;
  /** Hits of each kind skipped before the `limit` returned (a later page; default 0). */
  offset?: number;
  snippets?: boolean;
  recent?: number;
  /** Only hits of this kind (the other is neither ranked nor counted). */
  kind?: 'article' | 'claim';
  /** Set by the store when `recent` left older matches out. */
  bounded?: { reached: boolean };
  /**
   * Filled in by the store: the matches of each kind that were ranked (at most `recent` when given), counted
   * by the full-text index without reading or ranking them, so a page can say how many there are while
   * only `limit` are read.
   */
  matches?: { article: number; claim: number };
}

export interface StoreStats {
  articles: number;
  claims: number;
  stories: number;
  events: number;
  schemaVersion: number;
  /** true when articles changed since events were last computed. */
  linksStale: boolean;
}

/** A report as linking sees it: enough to decide whether two reports are one statement, no text. */
export interface LinkClaim {
  key: number;
  articleId: number;
  ref: string;
  actor: string;
  issue: string;
  type: ClaimType;
  /** As stored (incremental linking normalises them in place before clustering: see link/events.ts normalizeRegions). */
  regions: string[];
  dateStart: string | null;
  dateEnd: string | null;
  /**
   * The article's publication date and story. Clustering looks at them for undated reports only, so
   * linkClaimsNear reads them for those only (null for dated reports: read from an index alone).
   */
  published: string | null;
  storyId: number | null;
  /** The event the report is in as last linked (null when in none). */
  eventId: string | null;
}

/** What is waiting to be linked. */
export interface LinkWork {
  /** Articles stored or re-extracted since they were last linked, with the write they come from. */
  pending: Array<{ id: number; seq: number }>;
  /** Events that lost reports when an article's claims were replaced. */
  staleEvents: string[];
  /** Stories and events must be recomputed as a whole (a database from before incremental linking). */
  needsFull: boolean;
}

/** One actor × issue: the unit events are clustered in. */
export interface ClaimGroup { actor: string; issue: string }

/** A range of days (YYYY-MM-DD, both inclusive). */
export interface DayWindow { from: string; to: string }

export interface Store {
  readonly location: string;
  /**
   * Opened read-only (OpenOptions.readOnly): every write fails and callers must not try one
   * (no linking on read). Any implementation must honour it: read commands promise not to change
   * the database.
   */
  readonly readOnly: boolean;
  /**
   * Events a caller should read per page of Store.positionEvents: an embedded store answers small pages at no
   * cost (and small pages keep a server's memory flat), a client/server one pays a round trip for each.
   */
  readonly positionPage: number;
  /** Looks an article up by content hash: its key and the extractor version of its claims. */
  findByHash(hash: string): Promise<{ id: number; extractorVersion: string } | null>;
  /**
   * Stores one article and its claims in one transaction. Idempotent by content hash:
   * the same content with the same extractor version is 'unchanged'; with another version its
   * claims are replaced ('updated').
   */
  putArticle(input: PutArticleInput): Promise<{ outcome: PutOutcome; id: number }>;
  getArticle(id: number): Promise<StoredArticleText | null>;
  /** Articles (no text) in id order; a filter and a page read only those (the server's lists). */
  listArticles(filter?: ArticleFilter, page?: PageRange): Promise<StoredArticle[]>;
  countArticles(filter?: ArticleFilter): Promise<number>;
  /** Number of claims of each of the given articles (articles without claims are left out). */
  claimCounts(articleIds: number[]): Promise<Map<number, number>>;
  listClaims(filter?: ClaimFilter): Promise<StoredClaim[]>;
  /** The event each of the given claims reports (claims in no event are left out). */
  eventsOfClaims(claimKeys: number[]): Promise<Map<number, string>>;
  /** A page of claims and articles without search text, newest first (see BrowseFilter), with the total. */
  browse(filter: BrowseFilter, page: PageRange): Promise<{ total: number; items: BrowseItem[] }>;
  /** Inputs of story linking. */
  linkArticles(): Promise<LinkArticle[]>;
  /** Everything linking needs, read in one snapshot, with the change counter it reflects. */
  linkSnapshot(): Promise<{ changes: number; articles: LinkArticle[]; claims: StoredClaim[] }>;
  /**
   * Replaces every story and event (one transaction). `basis` is the change counter of the snapshot
   * they were computed from: links stay stale if articles were written since. `buckets` fills in the
   * LSH buckets of articles stored before they were kept.
   */
  replaceLinks(stories: StoryRecord[], events: EventRecord[], basis?: number, buckets?: Map<number, number[]>): Promise<void>;
  /** Events in actor, issue, date order; with `page`, only that page of them (and only its reports are read). */
  listEvents(filter?: EventFilter, page?: PageRange): Promise<EventRecord[]>;
  countEvents(filter?: EventFilter): Promise<number>;
  /**
   * Events counted per actor and issue, with their first and last dates (one aggregate query). Optional:
   * without it, callers count `listEvents()`.
   */
  eventCounts?(): Promise<EventCount[]>;
  /** The region codes events name (distinct), for checking region filters against the data. */
  eventRegions(): Promise<string[]>;
  /**
   * A page of one actor × issue's events that have a date to be placed at, in the order positions read
   * them (track's placedOrder: the placed date, then id), after `after`; `frontLine`: only those about
   * the line of contact. Read by index (migration event-placed), so a position is built one page at a
   * time. Light: `claimKeys` is left empty.
   */
  positionEvents(actor: string, issue: string, options: PositionEventsOptions): Promise<EventRecord[]>;

  // Incremental linking (src/link/incremental.ts): indexed look-ups, so that linking new articles
  // touches only the stories and events they affect.
  /** Runs `fn` while holding the database's link lease: one process links at a time. */
  withLinkLock<T>(fn: () => Promise<T>): Promise<T>;
  linkWork(): Promise<LinkWork>;
  /** The given articles and every article sharing an LSH bucket with one of them. */
  linkCandidates(articleIds: number[]): Promise<LinkArticle[]>;
  /** Articles of the given stories. */
  storyMembers(storyIds: number[]): Promise<Array<{ id: number; storyId: number }>>;
  /** Moves articles to other stories; they become pending (their reports are relinked): returns the pending rows added. */
  setStories(changes: Array<{ articleId: number; storyId: number }>): Promise<Array<{ id: number; seq: number }>>;
  linkClaimsOfArticles(articleIds: number[]): Promise<LinkClaim[]>;
  /** Every report of the given actor × issue groups (light rows: no text). */
  linkClaimsOfGroups(groups: ClaimGroup[]): Promise<LinkClaim[]>;
  /**
   * The reports of one actor × issue whose date interval overlaps one of `windows`, and every undated
   * report of the group (light rows). Dated ones are read from the (actor, issue, date class, start)
   * index alone, without their article (published and storyId null).
   */
  linkClaimsNear(group: ClaimGroup, windows: DayWindow[]): Promise<LinkClaim[]>;
  /** Number of reports of each of the given events (unknown ids are left out). */
  eventSizes(eventIds: string[]): Promise<Map<string, number>>;
  /** Events with a report among `claimKeys` or with one of `eventIds`, with all their reports (actor and issue are null for an unknown id). */
  eventsOf(claimKeys: number[], eventIds: string[]): Promise<Array<{ id: string; actor: string | null; issue: string | null; claimKeys: number[] }>>;
  claimsByKeys(keys: number[]): Promise<StoredClaim[]>;
  /** The given reports as building their events needs them (fewer columns than claimsByKeys; unknown keys left out). */
  eventReports(keys: number[]): Promise<EventReport[]>;
  /** Replaces some events by others and marks `done` as linked (one transaction). */
  applyLinks(removeEvents: string[], events: EventRecord[], done: LinkWork): Promise<void>;
  /**
   * Full-text search over article titles and texts and claim quotes (any string is accepted): the best
   * `limit` hits of each kind by relevance. With `snippets: false` the snippet is left empty (cheap), see
   * `snippets()`. With `recent: N`, only the N most recently stored matches of each kind are listed, newest
   * first (both stores: only the page's rows are read, so the cost stays flat however many documents match;
   * ranking them by relevance read every one of the N), and `bounded.reached` is set when older matches were
   * left out. `offset` and
   * `limit` page each kind's ranking (limit 0: only `matches` is filled in); `kind` ranks one kind only.
   */
  search(text: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Fills in the snippets of the given hits (for the few a page shows). */
  snippets?(text: string, hits: SearchHit[]): Promise<void>;
  stats(): Promise<StoreStats>;
  /** StoreStats.linksStale alone: a few look-ups, no count of any table (a server's start-up at any size). */
  linksStale(): Promise<boolean>;
  /**
   * Changes whenever another process (or connection) writes the database: the server keeps derived data
   * (positions, counts) until it changes. Writes through this same store object need not change it
   * (the server counts its own). Cheap: called on every request.
   */
  dataVersion(): Promise<string>;
  close(): Promise<void>;
}
