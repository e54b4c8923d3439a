// SQLite implementation of the Store (better-sqlite3): one file, WAL mode so that readers never
// block and two ingest processes can share a database, versioned migrations, FTS5 search.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostname } from 'node:os';
import type { Article } from '../article/types.js';
import type { Claim } from '../extract/types.js';
import { shiftDay } from '../util/dates.js';
import { highlightText } from './highlight.js';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.js';
import {
  CLAIM_COLUMNS, CLASS_WIDTHS, EVENT_COLUMNS, CLAIM_SELECT, EVENT_REPORT_COLUMNS, LINK_CLAIM_SELECT, LINK_DATED_NARROW, PLACED_SQL, eventReportOfArray, linkDatedOfArray, linkClaimOfArray, browseQuery, claimValues, eventValues, json, likePattern, linkClaim, linkRow, parse, refsFor, rowToArticle,
  rowToClaim, rowToEvent, type ArticleRow, type ClaimRow, type EventRow, type LinkClaimRow, type LinkRow,
} from './rows.js';
import type {
  ArticleFilter, BrowseFilter, BrowseItem, ClaimFilter, ClaimGroup, DayWindow, EventCount, EventReport, PageRange, PositionEventsOptions, SearchOptions, EventFilter, EventRecord, LinkArticle, LinkClaim, LinkWork, PutArticleInput, PutOutcome, SearchHit, Store,
  StoreStats, StoredArticle, StoredArticleText, StoredClaim, StoryRecord,
} from './types.js';

export type DB = Database.Database;

// URI file names ("file:…?immutable=1") open a database in a read-only directory (see
// openReadOnly). better-sqlite3 reads this once, when its addon loads at the first open.
process.env.SQLITE_USE_URI ??= '1';

/** The database cannot be used by this version of Parley (newer schema, not a Parley database, …). */
export class StoreError extends Error {
  exitCode = 1;
}

export interface OpenOptions {
  /** Refuse to create a new file (query commands). */
  mustExist?: boolean;
  /** Milliseconds to wait for another process's write lock. Default 60 s. */
  busyTimeout?: number;
  /** Apply migrations up to this version only (tests). Default: the latest. */
  targetVersion?: number;
  /**
   * Open the existing database read-only and never change it (read commands, `serve` without
   * --allow-ingest): no journal-mode switch, no migration, no linking; writes fail. Works in a
   * read-only directory too.
   */
  readOnly?: boolean;
}

function tableExists(db: DB, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?").get(name);
}

/** Schema version of an open database: 0 for an empty one. Throws StoreError for a foreign database. */
export function schemaVersion(db: DB, location = 'database'): number {
  if (!tableExists(db, 'schema_version')) {
    const any = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").get() as { n: number };
    if (any.n > 0) throw new StoreError(`${location} is an SQLite database but not a Parley one (no schema_version table); refusing to touch it`);
    return 0;
  }
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/** Applies pending migrations inside one IMMEDIATE transaction (re-checking the version under the lock). */
export function migrate(db: DB, target = LATEST_VERSION, location = 'database'): number {
  const current = schemaVersion(db, location);
  if (current > LATEST_VERSION) {
    throw new StoreError(
      `${location} has schema version ${current}, newer than this Parley supports (${LATEST_VERSION}); ` +
      'upgrade Parley to use it (the database was not modified)');
  }
  if (current >= target) return current;
  const run = db.transaction(() => {
    if (!tableExists(db, 'schema_version')) {
      db.exec('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    }
    const now = schemaVersion(db, location); // another process may have migrated meanwhile
    if (now > LATEST_VERSION) throw new StoreError(`${location} has schema version ${now}, newer than this Parley supports (${LATEST_VERSION})`);
    for (const m of MIGRATIONS) {
      if (m.version <= now || m.version > target) continue;
      try {
        db.exec(m.sql);
      } catch (error) {
        throw new StoreError(`${location}: migration ${m.version} (${m.name}) failed: ${(error as Error).message}; database left at version ${now}`);
      }
      db.prepare('INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }
  });
  run.immediate();
  return schemaVersion(db, location);
}

/**
 * Opens an existing database without writing anything to it. SQLite needs its -shm file next to a
 * WAL database to read it; when that cannot be created (a read-only directory or medium), the file
 * is opened immutable: nothing can be writing it there either.
 */
function openReadOnly(path: string): DB {
  if (path === ':memory:' || !existsSync(path)) throw new StoreError(`no database at ${path} (run 'parley ingest' first, or pass --db FILE)`);
  const check = (db: DB): DB => {
    let version: number;
    try {
      version = schemaVersion(db, path);
    } catch (error) {
      db.close();
      throw error;
    }
    if (version !== LATEST_VERSION) {
      db.close();
      throw new StoreError(version > LATEST_VERSION
        ? `${path} has schema version ${version}, newer than this Parley supports (${LATEST_VERSION}); upgrade Parley to use it (the database was not modified)`
        : `${path} has schema version ${version}; this Parley reads version ${LATEST_VERSION}: run 'parley ingest' or 'parley relink' on it once to upgrade it (read-only commands never change a database)`);
    }
    db.pragma('foreign_keys = ON');
    // A bounded page cache for readers (the server, read commands): better-sqlite3 builds SQLite with 16 MB
    // per connection, which a long-running server fills as the data grows (issue 11: RSS +9 MB from 10,000 to
    // 30,000 articles for one aggregate query); pages beyond it come from the operating system's file cache.
    db.pragma(`cache_size = -${READ_CACHE_KB}`);
    return db;
  };
  const explain = (error: unknown): StoreError => {
    if (error instanceof StoreError) return error;
    const message = (error as Error).message;
    if (/not a database|file is encrypted/i.test(message)) return new StoreError(`${path} is not a Parley database (not an SQLite file)`);
    return new StoreError(`cannot read database ${path}: ${message}`);
  };
  // What SQLite says when it cannot create the -shm file of a WAL database it only reads.
  const noSharedMemory = (error: unknown) => /^SQLITE_(CANTOPEN|READONLY)/.test((error as { code?: string }).code ?? '');
  try {
    return check(new Database(path, { readonly: true, fileMustExist: true }));
  } catch (error) {
    if (!noSharedMemory(error)) throw explain(error);
  }
  try {
    return check(new Database(`${pathToFileURL(resolvePath(path)).href}?immutable=1`, { readonly: true, fileMustExist: true }));
  } catch (error) {
    throw explain(error);
  }
}

/** Page cache of a read-only connection, in KiB (SQLite's own default). */
export const READ_CACHE_KB = Number(process.env.PARLEY_READ_CACHE_KB ?? 2000);

/** Opens (creating when allowed) and migrates a database file; refuses newer or foreign databases untouched. */
export function openDatabase(path: string, options: OpenOptions = {}): DB {
  if (options.readOnly) return openReadOnly(path);
  if (options.mustExist && path !== ':memory:' && !existsSync(path)) {
    throw new StoreError(`no database at ${path} (run 'parley ingest' first, or pass --db FILE)`);
  }
  let db: DB;
  try {
    db = new Database(path, { fileMustExist: !!options.mustExist && path !== ':memory:' });
  } catch (error) {
    throw new StoreError(`cannot open database ${path}: ${(error as Error).message}`);
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeout ?? 60_000}`);
    let version: number;
    try {
      version = schemaVersion(db, path);
    } catch (error) {
      if (error instanceof StoreError) throw error;
      const message = (error as Error).message;
      if (/not a database|file is encrypted/i.test(message)) throw new StoreError(`${path} is not a Parley database (not an SQLite file)`);
      throw new StoreError(`cannot read database ${path}: ${message}`);
    }
    if (version > LATEST_VERSION) {
      throw new StoreError(
        `${path} has schema version ${version}, newer than this Parley supports (${LATEST_VERSION}); ` +
        'upgrade Parley to use it (the database was not modified)');
    }
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, options.targetVersion ?? LATEST_VERSION, path);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Quotes arbitrary user text as an FTS5 query: every word a quoted phrase, all required. */
export function ftsQuery(text: string): string | null {
  const words = text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  return words.slice(0, 32).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try { process.kill(pid, 0); return true; } catch (error) { return (error as NodeJS.ErrnoException).code === 'EPERM'; }
}

export class SqliteStore implements Store {
  /** Small pages: a page costs no round trip, and 256 let V8 grow its young generation with the data (a server's RSS). */
  readonly positionPage = 64;
  readonly db: DB;
  readonly location: string;
  readonly readOnly: boolean;

  constructor(db: DB, location: string) {
    this.db = db;
    this.location = location;
    this.readOnly = db.readonly;
  }

  /** Prepared statements by SQL text: preparing costs about as much as running the small queries a page makes. */
  private statements = new Map<string, Database.Statement>();

  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      // Filters combine into a bounded but sizeable set of texts: keep the most recent ones.
      if (this.statements.size >= 256) this.statements.delete(this.statements.keys().next().value as string);
      this.statements.set(sql, st);
    }
    return st;
  }

  async findByHash(hash: string): Promise<{ id: number; extractorVersion: string } | null> {
    const row = this.prepare('SELECT id, extractor_version FROM articles WHERE hash = ?').get(hash) as
      { id: number; extractor_version: string } | undefined;
    return row ? { id: row.id, extractorVersion: row.extractor_version } : null;
  }

  async putArticle(input: PutArticleInput): Promise<{ outcome: PutOutcome; id: number }> {
    const { article, claims, extractorVersion } = input;
    const db = this.db;
    // Statements prepared once per connection (this.prepare): preparing an insert into a table with full-text
    // triggers took ~1.3 ms, some 2 ms per article at 30,000 articles (issue 11).
    const prep = (sql: string) => this.prepare(sql);
    const sig = input.signature ? Buffer.from(input.signature.buffer, input.signature.byteOffset, input.signature.byteLength) : null;
    const shingles = input.shingles ?? 0;
    const tx = db.transaction((): { outcome: PutOutcome; id: number } => {
      const existing = prep('SELECT id, extractor_version FROM articles WHERE hash = ?').get(article.hash) as
        { id: number; extractor_version: string } | undefined;
      if (existing && existing.extractor_version === extractorVersion) return { outcome: 'unchanged', id: existing.id };
      let id: number;
      if (existing) {
        id = existing.id;
        // Events that had a report of the old claims must be recomputed by the next link.
        prep(`INSERT OR IGNORE INTO link_stale_events (event_id) SELECT DISTINCT r.event_id FROM event_reports r
          JOIN claims c ON c.id = r.claim_id WHERE c.article_id = ?`).run(id);
        prep('DELETE FROM claims WHERE article_id = ?').run(id);
        prep('UPDATE articles SET extractor_version = ?, ingested_at = ?, signature = coalesce(?, signature), shingles = CASE WHEN ? > 0 THEN ? ELSE shingles END WHERE id = ?')
          .run(extractorVersion, new Date().toISOString(), sig, shingles, shingles, id);
      } else {
        id = Number(insertArticle(prep, article, extractorVersion, sig, shingles));
      }
      insertClaims(prep, id, article, claims);
      if (input.buckets?.length) {
        const ins = prep('INSERT OR IGNORE INTO article_buckets (bucket, article_id) VALUES (?, ?)');
        for (const b of input.buckets) ins.run(b, id);
      }
      prep("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'changes'").run();
      prep(`INSERT INTO link_pending (article_id, seq) VALUES (?, ?)
        ON CONFLICT(article_id) DO UPDATE SET seq = excluded.seq`).run(id, this.changeCounter('changes'));
      return { outcome: existing ? 'updated' : 'new', id };
    });
    return tx.immediate();
  }

  async getArticle(id: number): Promise<StoredArticleText | null> {
    const r = this.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    if (!r) return null;
    return { ...rowToArticle(r), rawText: r.raw_text ?? '', text: r.text ?? '', offsets: parse(r.offsets, []) };
  }

  async listArticles(filter: ArticleFilter = {}, page?: PageRange): Promise<StoredArticle[]> {
    const { sql, params } = articleWhere(filter);
    const rows = this.prepare(`SELECT id, doc, source, url, outlet, published, title, format, hash, ingested_at, extractor_version, story_id
      FROM articles${sql} ORDER BY id${page ? ' LIMIT ? OFFSET ?' : ''}`).all(...params, ...(page ? [page.limit, page.offset] : [])) as ArticleRow[];
    return rows.map(rowToArticle);
  }

  async countArticles(filter: ArticleFilter = {}): Promise<number> {
    const { sql, params } = articleWhere(filter);
    return (this.prepare(`SELECT count(*) AS n FROM articles${sql}`).get(...params) as { n: number }).n;
  }

  async claimCounts(articleIds: number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    if (!articleIds.length) return out;
    const rows = this.prepare(`SELECT article_id AS id, count(*) AS n FROM claims WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY article_id`)
      .all(JSON.stringify(articleIds)) as Array<{ id: number; n: number }>;
    for (const r of rows) out.set(r.id, r.n);
    return out;
  }

  async listClaims(filter: ClaimFilter = {}): Promise<StoredClaim[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.actor) { where.push('c.actor = ?'); params.push(filter.actor); }
    if (filter.issue) { where.push('c.issue = ?'); params.push(filter.issue); }
    if (filter.type) { where.push('c.type = ?'); params.push(filter.type); }
    if (filter.articleId != null) { where.push('c.article_id = ?'); params.push(filter.articleId); }
    if (filter.articleIds) { where.push('c.article_id IN (SELECT value FROM json_each(?))'); params.push(JSON.stringify(filter.articleIds)); }
    if (filter.refs) { where.push('c.ref IN (SELECT value FROM json_each(?))'); params.push(JSON.stringify(filter.refs)); }
    if (filter.conditioned) where.push("c.conditions <> '[]'");
    const sql = `${CLAIM_SELECT}${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY c.article_id, c.ordinal`;
    return (this.prepare(sql).all(...params) as ClaimRow[]).map(rowToClaim);
  }

  async eventsOfClaims(claimKeys: number[]): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    if (!claimKeys.length) return out;
    const rows = this.prepare('SELECT claim_id, event_id FROM event_reports WHERE claim_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(claimKeys)) as Array<{ claim_id: number; event_id: string }>;
    for (const r of rows) out.set(r.claim_id, r.event_id);
    return out;
  }

  async browse(filter: BrowseFilter, page: PageRange): Promise<{ total: number; items: BrowseItem[] }> {
    const { sql, params } = browseQuery(filter, 'sqlite');
    const total = (this.prepare(`SELECT count(*) AS n FROM (${sql})`).get(...params) as { n: number }).n;
    const rows = this.prepare(`SELECT kind, article_id, claim_key, date FROM (${sql})
      ORDER BY coalesce(date, '') DESC, kind DESC, article_id, ord LIMIT ? OFFSET ?`).all(...params, page.limit, page.offset) as
      Array<{ kind: string; article_id: number; claim_key: number | null; date: string | null }>;
    return { total, items: rows.map((r) => ({ kind: r.kind as BrowseItem['kind'], articleId: r.article_id, claimKey: r.claim_key, date: r.date })) };
  }

  async linkArticles(): Promise<LinkArticle[]> {
    const rows = this.prepare('SELECT id, published, outlet, signature, shingles FROM articles INDEXED BY articles_signature ORDER BY id').all() as
      Array<{ id: number; published: string | null; outlet: string | null; signature: Buffer | null; shingles: number }>;
    return rows.map((r) => ({
      id: r.id, published: r.published, outlet: r.outlet, shingles: r.shingles,
      signature: r.signature ? new Uint32Array(new Uint8Array(r.signature).buffer) : null,
    }));
  }

  /** Everything linking needs, read in one snapshot, with the change counter it reflects. */
  async linkSnapshot(): Promise<{ changes: number; articles: LinkArticle[]; claims: StoredClaim[] }> {
    const read = this.db.transaction(() => ({
      changes: this.changeCounter('changes'),
      articles: [] as LinkArticle[],
      claimsRows: this.prepare(`${CLAIM_SELECT} ORDER BY c.article_id, c.ordinal`).all() as ClaimRow[],
      articleRows: this.prepare('SELECT id, published, outlet, signature, shingles FROM articles INDEXED BY articles_signature ORDER BY id').all() as
        Array<{ id: number; published: string | null; outlet: string | null; signature: Buffer | null; shingles: number }>,
    }));
    const snap = read.deferred();
    return {
      changes: snap.changes,
      articles: snap.articleRows.map((r) => ({
        id: r.id, published: r.published, outlet: r.outlet, shingles: r.shingles,
        signature: r.signature ? new Uint32Array(new Uint8Array(r.signature).buffer) : null,
      })),
      claims: snap.claimsRows.map(rowToClaim),
    };
  }

  private changeCounter(key: string): number {
    const row = this.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? Number(row.value) : 0;
  }

  async replaceLinks(stories: StoryRecord[], events: EventRecord[], basis?: number, buckets?: Map<number, number[]>): Promise<void> {
    const db = this.db;
    const tx = db.transaction(() => {
      if (buckets) {
        const ins = db.prepare('INSERT OR IGNORE INTO article_buckets (bucket, article_id) SELECT ?, id FROM articles WHERE id = ?');
        for (const [id, list] of buckets) for (const b of list) ins.run(b, id);
      }
      db.prepare('UPDATE articles SET story_id = NULL WHERE story_id IS NOT NULL').run();
      const setStory = db.prepare('UPDATE articles SET story_id = ? WHERE id = ?');
      for (const s of stories) for (const a of s.articleIds) setStory.run(s.id, a);
      db.prepare('DELETE FROM event_reports').run();
      db.prepare('DELETE FROM events').run();
      this.insertEvents(events);
      const changes = basis ?? this.changeCounter('changes');
      db.prepare("INSERT INTO meta(key, value) VALUES ('linked', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(changes));
      db.prepare('DELETE FROM link_pending WHERE seq <= ?').run(changes);
      db.prepare("UPDATE meta SET value = '0' WHERE key = 'needs_full_link'").run();
    });
    tx.immediate();
  }

  async withLinkLock<T>(fn: () => Promise<T>): Promise<T> {
    // In this process, one at a time; across processes, a lease row (the owner's host, pid and
    // expiry) that a dead owner's successor may take over.
    const previous = this.linkQueue;
    let release!: () => void;
    this.linkQueue = new Promise<void>((r) => { release = r; });
    await previous;
    try {
      await this.acquireLease();
      try { return await fn(); } finally { this.releaseLease(); }
    } finally {
      release();
    }
  }

  private linkQueue: Promise<void> = Promise.resolve();
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  private async acquireLease(): Promise<void> {
    const leaseMs = 10 * 60_000;
    for (;;) {
      const got = this.db.transaction(() => {
        const row = this.prepare("SELECT value FROM meta WHERE key = 'link_lock'").get() as { value: string } | undefined;
        const [host, pid, , expires] = (row?.value ?? '').split(':');
        const free = !row?.value || Number(expires) < Date.now() || (host === hostname() && !processAlive(Number(pid)));
        if (!free) return false;
        this.prepare("INSERT INTO meta(key, value) VALUES ('link_lock', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
          .run(`${this.owner}:${Date.now() + leaseMs}`);
        return true;
      }).immediate();
      if (got) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private releaseLease(): void {
    if (!this.db.open) return;
    this.prepare("UPDATE meta SET value = '' WHERE key = 'link_lock' AND value LIKE ?").run(`${this.owner}:%`);
  }

  async linkWork(): Promise<LinkWork> {
    const read = this.db.transaction(() => ({
      pending: this.prepare('SELECT article_id AS id, seq FROM link_pending ORDER BY article_id').all() as Array<{ id: number; seq: number }>,
      staleEvents: (this.prepare('SELECT event_id FROM link_stale_events ORDER BY event_id').all() as Array<{ event_id: string }>).map((r) => r.event_id),
      needsFull: this.changeCounter('needs_full_link') === 1,
    }));
    return read.deferred();
  }

  async linkCandidates(articleIds: number[]): Promise<LinkArticle[]> {
    const out = new Map<number, LinkArticle>();
    // From the signature's index (migration 9), not from the rows behind the articles' texts.
    const own = this.prepare('SELECT id, published, outlet, signature, shingles, story_id FROM articles INDEXED BY articles_signature WHERE id = ?');
    const mates = this.prepare(`SELECT DISTINCT a.id, a.published, a.outlet, a.signature, a.shingles, a.story_id
      FROM article_buckets mine JOIN article_buckets other ON other.bucket = mine.bucket JOIN articles a INDEXED BY articles_signature ON a.id = other.article_id
      WHERE mine.article_id = ?`);
    for (const id of articleIds) {
      for (const r of [own.get(id), ...mates.all(id)] as Array<LinkRow | undefined>) if (r && !out.has(r.id)) out.set(r.id, linkRow(r));
    }
    return [...out.values()];
  }

  async storyMembers(storyIds: number[]): Promise<Array<{ id: number; storyId: number }>> {
    const q = this.prepare('SELECT id, story_id AS storyId FROM articles WHERE story_id = ?');
    return storyIds.flatMap((s) => q.all(s) as Array<{ id: number; storyId: number }>);
  }

  async setStories(changes: Array<{ articleId: number; storyId: number }>): Promise<Array<{ id: number; seq: number }>> {
    const db = this.db;
    return db.transaction(() => {
      const set = db.prepare('UPDATE articles SET story_id = ? WHERE id = ?');
      const pend = db.prepare(`INSERT INTO link_pending (article_id, seq) VALUES (?, ?) ON CONFLICT(article_id) DO NOTHING`);
      const seq = this.changeCounter('changes');
      const added: Array<{ id: number; seq: number }> = [];
      for (const c of changes) {
        set.run(c.storyId, c.articleId);
        if (pend.run(c.articleId, seq).changes > 0) added.push({ id: c.articleId, seq });
      }
      return added;
    }).immediate();
  }

  async linkClaimsOfArticles(articleIds: number[]): Promise<LinkClaim[]> {
    const q = this.prepare(`${LINK_CLAIM_SELECT} WHERE c.article_id = ?`);
    return articleIds.flatMap((id) => (q.all(id) as LinkClaimRow[]).map(linkClaim));
  }

  async linkClaimsOfGroups(groups: ClaimGroup[]): Promise<LinkClaim[]> {
    const q = this.prepare(`${LINK_CLAIM_SELECT} WHERE c.actor = ? AND c.issue = ?`);
    return groups.flatMap((g) => (q.all(g.actor, g.issue) as LinkClaimRow[]).map(linkClaim));
  }

  async linkClaimsNear(group: ClaimGroup, windows: DayWindow[]): Promise<LinkClaim[]> {
    // Tens of thousands of rows at scale: read as arrays, no row objects, the group's actor and issue not read again.
    const out: LinkClaim[] = [];
    const seen = new Set<number>();
    const add = (rows: unknown[], of: (r: unknown[]) => LinkClaim) => {
      for (const r of rows as unknown[][]) if (!seen.has(r[0] as number)) { seen.add(r[0] as number); out.push(of(r)); }
    };
    const dated = (r: unknown[]) => linkDatedOfArray(r, group);
    // A class bounds an interval's width (migration 004), so each class is one index range on its start; the
    // index holds every column read (migration 8).
    const near = this.prepare(`${LINK_DATED_NARROW} WHERE c.actor = ? AND c.issue = ? AND c.date_class = ? AND c.date_start BETWEEN ? AND ? AND c.date_end >= ?`);
    const wide = this.prepare(`${LINK_DATED_NARROW} WHERE c.actor = ? AND c.issue = ? AND c.date_class = 2 AND c.date_start <= ? AND c.date_end >= ?`);
    near.raw(true);
    wide.raw(true);
    for (const w of windows) {
      for (const [cls, width] of CLASS_WIDTHS) add(near.all(group.actor, group.issue, cls, shiftDay(w.from, -width), w.to, w.from), dated);
      add(wide.all(group.actor, group.issue, w.to, w.from), dated);
    }
    const undated = this.prepare(`${LINK_CLAIM_SELECT} WHERE c.actor = ? AND c.issue = ? AND c.date_class IS NULL`);
    undated.raw(true);
    add(undated.all(group.actor, group.issue), linkClaimOfArray);
    return out;
  }

  async eventSizes(eventIds: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (!eventIds.length) return out;
    const rows = this.prepare('SELECT event_id, count(*) FROM event_reports WHERE event_id IN (SELECT value FROM json_each(?)) GROUP BY event_id')
      .raw(true).all(JSON.stringify(eventIds)) as Array<[string, number]>;
    for (const [id, n] of rows) out.set(id, n);
    return out;
  }

  async eventsOf(claimKeys: number[], eventIds: string[]): Promise<Array<{ id: string; actor: string | null; issue: string | null; claimKeys: number[] }>> {
    const ids = new Set(eventIds);
    if (claimKeys.length) {
      for (const r of this.prepare('SELECT DISTINCT event_id FROM event_reports WHERE claim_id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(claimKeys)) as Array<{ event_id: string }>) ids.add(r.event_id);
    }
    if (!ids.size) return [];
    const out = new Map<string, { id: string; actor: string | null; issue: string | null; claimKeys: number[] }>();
    for (const id of ids) out.set(id, { id, actor: null, issue: null, claimKeys: [] });
    const rows = this.prepare(`SELECT e.id, e.actor, e.issue, r.claim_id FROM events e LEFT JOIN event_reports r ON r.event_id = e.id
      WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.id, r.claim_id`).all(JSON.stringify([...ids])) as
      Array<{ id: string; actor: string; issue: string; claim_id: number | null }>;
    for (const r of rows) {
      const e = out.get(r.id)!;
      e.actor = r.actor;
      e.issue = r.issue;
      if (r.claim_id != null) e.claimKeys.push(r.claim_id);
    }
    return [...out.values()];
  }

  async claimsByKeys(keys: number[]): Promise<StoredClaim[]> {
    if (!keys.length) return [];
    const rows = this.prepare(`${CLAIM_SELECT} WHERE c.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(keys)) as ClaimRow[];
    const byKey = new Map(rows.map((r) => [r.id, r]));
    return keys.map((k) => byKey.get(k)).filter((r): r is ClaimRow => !!r).map(rowToClaim);
  }

  async eventReports(keys: number[]): Promise<EventReport[]> {
    if (!keys.length) return [];
    // The article's columns from its index (migration 8), not from the row behind its text.
    const rows = this.prepare(`SELECT ${EVENT_REPORT_COLUMNS} FROM claims c JOIN articles a INDEXED BY articles_link ON a.id = c.article_id
      WHERE c.id IN (SELECT value FROM json_each(?))`).raw(true).all(JSON.stringify(keys)) as unknown[][];
    return rows.map(eventReportOfArray);
  }

  async applyLinks(removeEvents: string[], events: EventRecord[], done: LinkWork): Promise<void> {
    const db = this.db;
    db.transaction(() => {
      // An event rewritten under the same id (most often: one report more) is updated in place, and only
      // its reports that changed are written; the others are removed, then the new ones inserted.
      const rewritten = new Set(events.map((e) => e.id));
      const del = this.prepare('DELETE FROM events WHERE id = ?');
      for (const id of removeEvents) if (!rewritten.has(id)) del.run(id);
      const exists = this.prepare('SELECT 1 FROM events WHERE id = ?').pluck();
      const update = this.prepare(`UPDATE events SET ${EVENT_COLUMNS.slice(1).map((c) => `${c} = ?`).join(', ')} WHERE id = ?`);
      const reportsOf = this.prepare('SELECT claim_id FROM event_reports WHERE event_id = ?').pluck();
      const dropReport = this.prepare('DELETE FROM event_reports WHERE event_id = ? AND claim_id = ?');
      const addReport = this.prepare('INSERT OR IGNORE INTO event_reports (event_id, claim_id) SELECT ?, id FROM claims WHERE id = ?');
      const added: EventRecord[] = [];
      for (const e of events) {
        if (!exists.get(e.id)) { added.push(e); continue; }
        const [id, ...values] = eventValues(e);
        update.run(...values, id);
        const keys = new Set(e.claimKeys);
        const before = new Set(reportsOf.all(e.id) as number[]);
        for (const k of before) if (!keys.has(k)) dropReport.run(e.id, k);
        for (const k of keys) if (!before.has(k)) addReport.run(e.id, k);
      }
      this.insertEvents(added);
      const clear = db.prepare('DELETE FROM link_pending WHERE article_id = ? AND seq = ?');
      for (const p of done.pending) clear.run(p.id, p.seq);
      const clearStale = db.prepare('DELETE FROM link_stale_events WHERE event_id = ?');
      for (const e of done.staleEvents) clearStale.run(e);
      if (!db.prepare('SELECT 1 FROM link_pending LIMIT 1').get()) {
        db.prepare("UPDATE meta SET value = (SELECT value FROM meta WHERE key = 'changes') WHERE key = 'linked'").run();
      }
    }).immediate();
  }

  private insertEvents(events: EventRecord[]): void {
    const insEvent = this.prepare(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`);
    const insReport = this.prepare('INSERT OR IGNORE INTO event_reports (event_id, claim_id) SELECT ?, id FROM claims WHERE id = ?');
    for (const e of events) {
      insEvent.run(...eventValues(e));
      for (const k of e.claimKeys) insReport.run(e.id, k);
    }
  }

  async listEvents(filter: EventFilter = {}, page?: PageRange): Promise<EventRecord[]> {
    const { where, params } = this.eventWhere(filter);
    const whereSql = where.length ? ' WHERE ' + where.join(' AND ') : '';
    const order = ' ORDER BY e.actor, e.issue, e.date_start IS NULL, e.date_start, e.id';
    const limit = page ? ' LIMIT ? OFFSET ?' : '';
    const pageParams = page ? [page.limit, page.offset] : [];
    const rows = this.prepare(`SELECT e.* FROM events e${whereSql}${order}${limit}`).all(...params, ...pageParams) as EventRow[];
    const reports = new Map<string, number[]>();
    // The reports of the selected events only (a page about one actor must not read the whole table), by the
    // ids just read (running the filter again to select them costs several times more).
    const all = (where.length || page
      ? this.prepare('SELECT event_id, claim_id FROM event_reports WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY claim_id').all(JSON.stringify(rows.map((r) => r.id)))
      : this.prepare('SELECT event_id, claim_id FROM event_reports ORDER BY claim_id').all()) as Array<{ event_id: string; claim_id: number }>;
    for (const r of all) {
      const list = reports.get(r.event_id);
      if (list) list.push(r.claim_id); else reports.set(r.event_id, [r.claim_id]);
    }
    return rows.map((r) => rowToEvent(r, reports.get(r.id) ?? []));
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    const { where, params } = this.eventWhere(filter);
    return (this.prepare(`SELECT count(*) AS n FROM events e${where.length ? ' WHERE ' + where.join(' AND ') : ''}`).get(...params) as { n: number }).n;
  }

  private eventWhere(filter: EventFilter): { where: string[]; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.ids) { where.push('e.id IN (SELECT value FROM json_each(?))'); params.push(JSON.stringify(filter.ids)); }
    if (filter.actor) { where.push('e.actor = ?'); params.push(filter.actor); }
    if (filter.issue) { where.push('e.issue = ?'); params.push(filter.issue); }
    if (filter.type) { where.push('(e.type = ? OR EXISTS (SELECT 1 FROM json_each(e.types) WHERE value = ?))'); params.push(filter.type, filter.type); }
    if (filter.region) { where.push('EXISTS (SELECT 1 FROM json_each(e.regions) WHERE value = ?)'); params.push(filter.region); }
    if (filter.from) { where.push('e.date_end >= ?'); params.push(filter.from); }
    if (filter.to) { where.push('e.date_start <= ?'); params.push(filter.to); }
    if (filter.outlet) {
      const like = likePattern(filter.outlet);
      where.push(`(lower(e.outlet_names) LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM event_reports r JOIN claims c ON c.id = r.claim_id
        JOIN articles a ON a.id = c.article_id WHERE r.event_id = e.id AND (lower(coalesce(c.source_outlet, '')) LIKE ? ESCAPE '\\'
        OR lower(coalesce(a.outlet, '')) LIKE ? ESCAPE '\\')))`);
      params.push(like, like, like);
    }
    return { where, params };
  }

  async eventCounts(): Promise<EventCount[]> {
    const rows = this.prepare(`SELECT actor, issue, count(*) AS events, sum(front_line) AS front_line, min(date_start) AS first_date,
      max(date_start) AS last_date FROM events GROUP BY actor, issue ORDER BY actor, issue`).all() as
      Array<{ actor: string; issue: string; events: number; front_line: number; first_date: string | null; last_date: string | null }>;
    return rows.map((r) => ({ actor: r.actor, issue: r.issue, events: r.events, frontLine: r.front_line ?? 0, firstDate: r.first_date, lastDate: r.last_date }));
  }

  async positionEvents(actor: string, issue: string, options: PositionEventsOptions): Promise<EventRecord[]> {
    const placed = PLACED_SQL.sqlite;
    const where = ['e.actor = ?', 'e.issue = ?', `(${placed}) IS NOT NULL`];
    const params: unknown[] = [actor, issue];
    if (options.frontLine) where.push('e.front_line = 1');
    // The keyset as a range on the indexed expression (>=) and then the tie on id: SQLite seeks the index to the
    // page's start. Written as "p > ? OR (p = ? AND id > ?)" (or as a row value) it scanned the actor × issue's
    // events from the first on every page: ~2× the reads of a position at 30,000 articles.
    if (options.after) { where.push(`(${placed}) >= ? AND ((${placed}) > ? OR e.id > ?)`); params.push(options.after.placed, options.after.placed, options.after.id); }
    const rows = this.prepare(`SELECT e.* FROM events e WHERE ${where.join(' AND ')} ORDER BY ${placed}, e.id LIMIT ?`).all(...params, options.limit) as EventRow[];
    return rows.map((r) => rowToEvent(r, []));
  }

  async eventRegions(): Promise<string[]> {
    return (this.prepare('SELECT DISTINCT j.value AS code FROM events e, json_each(e.regions) j ORDER BY 1').all() as Array<{ code: string }>).map((r) => r.code);
  }

  async search(text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const query = ftsQuery(text);
    if (options.matches) { options.matches.article = 0; options.matches.claim = 0; }
    if (!query) return [];
    // limit 0 ranks nothing: the matches are only counted (see SearchOptions.matches).
    const limit = Math.max(0, Math.min(options.limit ?? 20, 1000));
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    // snippet() is costly on long article texts and SQLite computes it for every match before sorting:
    // with `snippets: false` only the ranking runs, and `snippets()` fills in the few a page shows.
    const snip = options.snippets === false;
    const recent = options.recent ? Math.max(1, Math.floor(options.recent)) : 0;
    type Row = { id: number; doc: string; title: string | null; outlet: string | null; published: string | null; ref?: string; snip: string; rank: number };
    let articles: Row[] = [];
    let claims: Row[] = [];
    if (recent) {
      // The `recent` newest matches of each kind, listed newest first, as on PostgreSQL: FTS5 walks its index by
      // rowid backwards and stops at the page, so only the page's rows are read. Ranking them by bm25 read every
      // one of the `recent` matches' sizes: ~3 ms of a search page's ~5 at 30,000 articles (issue 11). Counted by
      // the index up to recent + 1 (were older matches left out?).
      const one = (kind: 'article' | 'claim'): Row[] => {
        const table = kind === 'article' ? 'articles_fts' : 'claims_fts';
        if (options.matches || options.bounded) {
          const n = (this.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM ${table} WHERE ${table} MATCH ? LIMIT ?)`).get(query, recent + 1) as { n: number }).n;
          if (n > recent && options.bounded) options.bounded.reached = true;
          if (options.matches) options.matches[kind] = Math.min(n, recent);
        }
        const take = Math.min(limit, recent - offset);
        if (take <= 0) return [];
        const rows = (kind === 'article'
          ? this.prepare(`SELECT a.id, a.doc, a.title, a.outlet, a.published, ${snip ? "''" : "snippet(articles_fts, -1, '[', ']', '…', 16)"} AS snip
              FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY articles_fts.rowid DESC LIMIT ? OFFSET ?`)
          : this.prepare(`SELECT a.id, a.doc, a.title, a.outlet, a.published, c.ref, ${snip ? "''" : "snippet(claims_fts, 0, '[', ']', '…', 16)"} AS snip
              FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid JOIN articles a ON a.id = c.article_id WHERE claims_fts MATCH ? ORDER BY claims_fts.rowid DESC LIMIT ? OFFSET ?`))
          .all(query, take, offset) as Row[];
        // As with bm25, a lower rank is a better hit.
        rows.forEach((r, i) => { r.rank = offset + i + 1; });
        return rows;
      };
      if (options.kind !== 'article') claims = one('claim');
      if (options.kind !== 'claim') articles = one('article');
    } else {
      // Every match ranked by bm25; counted by the index when asked (-1: not counted).
      const count = (table: string) => (options.matches ? (this.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`).get(query) as { n: number }).n : -1);
      if (options.kind !== 'claim') {
        const n = count('articles_fts');
        if (options.matches) options.matches.article = Math.max(0, n);
        if (limit && (n < 0 || n > offset)) {
          articles = (snip ? this.prepare(`SELECT a.id, a.doc, a.title, a.outlet, a.published, '' AS snip, f.score AS rank
            FROM (SELECT rowid, bm25(articles_fts) AS score FROM articles_fts WHERE articles_fts MATCH ? ORDER BY score, rowid LIMIT ? OFFSET ?) f
            JOIN articles a ON a.id = f.rowid ORDER BY f.score, f.rowid`).all(query, limit, offset) : this.prepare(`SELECT a.id, a.doc, a.title, a.outlet, a.published,
              snippet(articles_fts, -1, '[', ']', '…', 16) AS snip, bm25(articles_fts) AS rank
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`).all(query, limit, offset)) as Row[];
        }
      }
      if (options.kind !== 'article') {
        const n = count('claims_fts');
        if (options.matches) options.matches.claim = Math.max(0, n);
        if (limit && (n < 0 || n > offset)) {
          claims = (snip ? this.prepare(`SELECT a.id, a.doc, a.title, a.outlet, a.published, c.ref, '' AS snip, f.score AS rank
            FROM (SELECT rowid, bm25(claims_fts) AS score FROM claims_fts WHERE claims_fts MATCH ? ORDER BY score, rowid LIMIT ? OFFSET ?) f
            JOIN claims c ON c.id = f.rowid JOIN articles a ON a.id = c.article_id ORDER BY f.score, f.rowid`).all(query, limit, offset) : this.prepare(`SELECT a.id, a.doc, a.title, a.outlet, a.published, c.ref,
              snippet(claims_fts, 0, '[', ']', '…', 16) AS snip, bm25(claims_fts) AS rank
            FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid JOIN articles a ON a.id = c.article_id
            WHERE claims_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`).all(query, limit, offset)) as Row[];
        }
      }
    }
    return [
      ...claims.map((r) => ({ kind: 'claim' as const, articleId: r.id, doc: r.doc, title: r.title, outlet: r.outlet, published: r.published, claim: r.ref!, snippet: r.snip, rank: r.rank })),
      ...articles.map((r) => ({ kind: 'article' as const, articleId: r.id, doc: r.doc, title: r.title, outlet: r.outlet, published: r.published, claim: null, snippet: r.snip, rank: r.rank })),
    ];
  }

  async snippets(text: string, hits: SearchHit[]): Promise<void> {
    const query = ftsQuery(text);
    if (!query || !hits.length) return;
    // CAST: better-sqlite3 binds a JS number as a REAL, and FTS5 then drops the rowid constraint and answers
    // with the first match, so every article hit showed the top hit's snippet (issue 9).
    const art = this.prepare(`SELECT snippet(articles_fts, -1, '[', ']', '…', 16) AS snip FROM articles_fts WHERE articles_fts MATCH ? AND rowid = CAST(? AS INTEGER)`);
    // A claim's quote is short: marked here (see highlight.ts), not by a look-up in the full-text index.
    const quote = this.prepare('SELECT quote FROM claims WHERE ref = ?');
    for (const h of hits) {
      if (h.kind === 'article') {
        const row = art.get(query, h.articleId) as { snip: string } | undefined;
        if (row) h.snippet = row.snip;
      } else {
        const row = quote.get(h.claim) as { quote: string } | undefined;
        if (row) h.snippet = highlightText(row.quote, text);
      }
    }
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string) => (this.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const stories = (this.prepare('SELECT count(DISTINCT story_id) AS n FROM articles WHERE story_id IS NOT NULL').get() as { n: number }).n;
    return {
      articles: count('articles'), claims: count('claims'), stories, events: count('events'),
      schemaVersion: schemaVersion(this.db, this.location),
      linksStale: await this.linksStale(),
    };
  }

  async linksStale(): Promise<boolean> {
    return this.changeCounter('changes') !== this.changeCounter('linked') || this.changeCounter('needs_full_link') === 1
      || !!this.prepare('SELECT 1 FROM link_pending UNION ALL SELECT 1 FROM link_stale_events LIMIT 1').get();
  }

  async dataVersion(): Promise<string> {
    // Changes when another connection commits; this connection's own writes are counted by the caller.
    return String(this.db.pragma('data_version', { simple: true }));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function articleWhere(filter: ArticleFilter): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.ids) { where.push('id IN (SELECT value FROM json_each(?))'); params.push(JSON.stringify(filter.ids)); }
  if (filter.outlet) { where.push("lower(coalesce(outlet, '')) LIKE ? ESCAPE '\\'"); params.push(likePattern(filter.outlet)); }
  if (filter.from) { where.push('published >= ?'); params.push(filter.from); }
  if (filter.to) { where.push('published <= ?'); params.push(filter.to); }
  return { sql: where.length ? ' WHERE ' + where.join(' AND ') : '', params };
}

type Prepare = (sql: string) => Database.Statement;

function insertArticle(prep: Prepare, a: Article, version: string, sig: Buffer | null, shingles: number): number | bigint {
  return prep(`INSERT INTO articles (doc, source, url, outlet, published, title, lang, format, raw_text, text, offsets, warnings,
      hash, ingested_at, extractor_version, signature, shingles)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    a.id, a.source, a.meta.url ?? null, a.meta.outlet ?? null, a.meta.published ?? null, a.meta.title ?? null, a.meta.lang ?? null,
    a.format, a.rawBody, a.body, json(a.offsets ?? []), json(a.warnings ?? []), a.hash, new Date().toISOString(), version, sig, shingles,
  ).lastInsertRowid;
}

/**
 * The claim refs of one article: its claims' own ids ("doc#n", the ids `extract` prints), so that every
 * command and page names a claim the same way. Two articles can share a doc name (the same file name
 * in two folders): the later one's refs then carry a piece of its content hash, "doc~1a2b3c4d#n".
 */
function claimRefs(prep: Prepare, articleId: number, article: Article, claims: Claim[]): string[] {
  const taken = prep('SELECT 1 FROM claims WHERE ref = ? AND article_id != ?');
  return refsFor(article, claims, (ref) => !!taken.get(ref, articleId));
}

function insertClaims(prep: Prepare, articleId: number, article: Article, claims: Claim[]): void {
  const ins = prep(`INSERT INTO claims (${CLAIM_COLUMNS.join(', ')}) VALUES (${CLAIM_COLUMNS.map(() => '?').join(', ')})`);
  const refs = claimRefs(prep, articleId, article, claims);
  claims.forEach((c, i) => ins.run(...claimValues(articleId, refs[i], article, c, i)));
}

/** Opens the SQLite store at `path` (created and migrated as needed). */
export async function openSqliteStore(path: string, options: OpenOptions = {}): Promise<SqliteStore> {
  return new SqliteStore(openDatabase(path, options), path);
}
