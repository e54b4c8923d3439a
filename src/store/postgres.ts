// PostgreSQL implementation of the Store (node-postgres): for several ingest workers on several
// machines sharing one database. Same tables and columns as SQLite, its own versioned migrations
// (pg-migrations/), PostgreSQL full-text search (tsvectors in narrow tables of their own with GIN
// indexes, ts_rank, ts_headline), row locks and an advisory lock where SQLite has its single writer.
import pg from 'pg';
import type { Article } from '../article/types.js';
import type { Claim } from '../extract/types.js';
import { shiftDay } from '../util/dates.js';
import { PG_LATEST_VERSION, PG_MIGRATIONS } from './pg-migrations/index.js';
import {
  CLAIM_COLUMNS, CLAIM_SELECT, CLASS_WIDTHS, EVENT_COLUMNS, EVENT_REPORT_COLUMNS, LINK_CLAIM_SELECT, LINK_DATED_SELECT, PLACED_SQL, eventReportOfArray, browseQuery, claimValues, likePattern, eventValues, json, linkClaim, linkRow, parse, refsFor,
  rowToArticle, rowToClaim, rowToEvent, type ArticleRow, type ClaimRow, type EventRow, type LinkClaimRow, type LinkRow,
} from './rows.js';
import { StoreError, type OpenOptions } from './sqlite.js';
import type {
  ArticleFilter, BrowseFilter, BrowseItem, PageRange, SearchOptions, ClaimFilter, ClaimGroup, DayWindow, EventCount, EventFilter, EventReport, EventRecord, PositionEventsOptions, LinkArticle, LinkClaim, LinkWork, PutArticleInput, PutOutcome, SearchHit, Store,
  StoreStats, StoredArticle, StoredArticleText, StoredClaim, StoryRecord,
} from './types.js';

type Client = pg.PoolClient;
type Queryable = pg.Pool | pg.PoolClient;

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Counts and keys come back as numbers (int8 would otherwise be a string). */
const TYPES = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 20 ? (v: string) => Number(v) : (pg.types.getTypeParser as (o: number, f?: string) => unknown)(oid, format)) as typeof pg.types.getTypeParser,
};

/** "$1, $2, …" from `start`. */
const params = (n: number, start = 1) => Array.from({ length: n }, (_, i) => `$${start + i}`).join(', ');

/** Words of arbitrary user text, as plainto_tsquery reads them: every word required, no operators. */
export function tsWords(text: string): string | null {
  const words = text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length ? words.slice(0, 32).join(' ') : null;
}

/** The schema a URL names with `?schema=NAME` (tests use one schema each), else `public`. */
function splitSchema(url: string): { url: string; schema: string } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? 'public';
  u.searchParams.delete('schema');
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new StoreError(`schema name '${schema}' must be lower-case letters, digits and _`);
  return { url: u.toString(), schema };
}

/** Hides the password when naming a database in messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch { return 'postgres://…'; }
}

const LINK_LOCK = 0x7061726c; // 'parl': the advisory lock one linker holds at a time

export class PostgresStore implements Store {
  readonly location: string;
  readonly pool: pg.Pool;
  readonly schema: string;
  readonly readOnly: boolean;
  /** Four times SQLite's: a round trip each (a position of 9,000 events is 36 queries, not 140). */
  readonly positionPage = 256;
  private linkQueue: Promise<void> = Promise.resolve();

  constructor(pool: pg.Pool, location: string, schema: string, readOnly = false) {
    this.pool = pool;
    this.location = location;
    this.schema = schema;
    this.readOnly = readOnly;
  }

  private async tx<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const r = await fn(c);
      await c.query('COMMIT');
      return r;
    } catch (error) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      c.release();
    }
  }

  private async rows<T>(q: Queryable, sql: string, values: unknown[] = []): Promise<T[]> {
    return (await q.query(sql, values)).rows as T[];
  }

  private async counter(q: Queryable, key: string): Promise<number> {
    const r = await this.rows<{ value: string }>(q, 'SELECT value FROM meta WHERE key = $1', [key]);
    return r.length ? Number(r[0].value) : 0;
  }

  async findByHash(hash: string): Promise<{ id: number; extractorVersion: string } | null> {
    const r = await this.rows<{ id: number; extractor_version: string }>(this.pool, 'SELECT id, extractor_version FROM articles WHERE hash = $1', [hash]);
    return r.length ? { id: r[0].id, extractorVersion: r[0].extractor_version } : null;
  }

  async putArticle(input: PutArticleInput): Promise<{ outcome: PutOutcome; id: number }> {
    const { article, claims, extractorVersion } = input;
    const sig = input.signature ? Buffer.from(input.signature.buffer, input.signature.byteOffset, input.signature.byteLength) : null;
    const shingles = input.shingles ?? 0;
    return this.tx(async (c) => {
      // Two workers storing the same content: the second waits on the row (or the unique index) and
      // then sees the first one's article.
      let existing = (await this.rows<{ id: number; extractor_version: string }>(c,
        'SELECT id, extractor_version FROM articles WHERE hash = $1 FOR UPDATE', [article.hash]))[0];
      let id: number;
      if (!existing) {
        const inserted = await this.rows<{ id: number }>(c, `INSERT INTO articles (doc, source, url, outlet, published, title, lang, format,
          raw_text, text, offsets, warnings, hash, ingested_at, extractor_version, signature, shingles)
          VALUES (${params(17)}) ON CONFLICT (hash) DO NOTHING RETURNING id`, [
          article.id, article.source, article.meta.url ?? null, article.meta.outlet ?? null, article.meta.published ?? null,
          article.meta.title ?? null, article.meta.lang ?? null, article.format, article.rawBody, article.body, json(article.offsets ?? []),
          json(article.warnings ?? []), article.hash, new Date().toISOString(), extractorVersion, sig, shingles,
        ]);
        if (inserted.length) {
          id = inserted[0].id;
        } else {
          existing = (await this.rows<{ id: number; extractor_version: string }>(c,
            'SELECT id, extractor_version FROM articles WHERE hash = $1 FOR UPDATE', [article.hash]))[0];
          if (!existing) throw new StoreError(`article ${article.id} vanished while being stored`);
          id = existing.id;
        }
      } else {
        id = existing.id;
      }
      if (existing && existing.extractor_version === extractorVersion) return { outcome: 'unchanged' as const, id };
      if (existing) {
        await c.query(`INSERT INTO link_stale_events (event_id) SELECT DISTINCT r.event_id FROM event_reports r
          JOIN claims cl ON cl.id = r.claim_id WHERE cl.article_id = $1 ON CONFLICT DO NOTHING`, [id]);
        await c.query('DELETE FROM claims WHERE article_id = $1', [id]);
        await c.query(`UPDATE articles SET extractor_version = $1, ingested_at = $2, signature = coalesce($3, signature),
          shingles = CASE WHEN $4::int > 0 THEN $4::int ELSE shingles END WHERE id = $5`,
        [extractorVersion, new Date().toISOString(), sig, shingles, id]);
      }
      await this.insertClaims(c, id, article, claims);
      if (input.buckets?.length) {
        await c.query(`INSERT INTO article_buckets (bucket, article_id) SELECT b, $2 FROM unnest($1::bigint[]) AS b
          ON CONFLICT DO NOTHING`, [input.buckets, id]);
      }
      const seq = Number((await this.rows<{ value: string }>(c,
        "UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'changes' RETURNING value"))[0].value);
      await c.query(`INSERT INTO link_pending (article_id, seq) VALUES ($1, $2)
        ON CONFLICT (article_id) DO UPDATE SET seq = excluded.seq`, [id, seq]);
      return { outcome: existing ? 'updated' as const : 'new' as const, id };
    });
  }

  private async insertClaims(c: Client, articleId: number, article: Article, claims: Claim[]): Promise<void> {
    if (!claims.length) return;
    const own = claims.map((cl, i) => cl.id ?? `${article.id}#${i + 1}`);
    const taken = new Set((await this.rows<{ ref: string }>(c, 'SELECT ref FROM claims WHERE ref = ANY($1) AND article_id <> $2', [own, articleId])).map((r) => r.ref));
    const refs = refsFor(article, claims, (ref) => taken.has(ref));
    const n = CLAIM_COLUMNS.length;
    const values: unknown[] = [];
    const tuples: string[] = [];
    claims.forEach((cl, i) => {
      tuples.push(`(${params(n, i * n + 1)})`);
      values.push(...claimValues(articleId, refs[i], article, cl, i));
    });
    await c.query(`INSERT INTO claims (${CLAIM_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, values);
  }

  async getArticle(id: number): Promise<StoredArticleText | null> {
    const r = (await this.rows<ArticleRow>(this.pool, 'SELECT * FROM articles WHERE id = $1', [id]))[0];
    if (!r) return null;
    return { ...rowToArticle(r), rawText: r.raw_text ?? '', text: r.text ?? '', offsets: parse(r.offsets, []) };
  }

  async listArticles(filter: ArticleFilter = {}, page?: PageRange): Promise<StoredArticle[]> {
    const { sql, values } = articleWhere(filter);
    const n = values.length;
    return (await this.rows<ArticleRow>(this.pool, `SELECT id, doc, source, url, outlet, published, title, format, hash, ingested_at,
      extractor_version, story_id FROM articles${sql} ORDER BY id${page ? ` LIMIT $${n + 1} OFFSET $${n + 2}` : ''}`,
    page ? [...values, page.limit, page.offset] : values)).map(rowToArticle);
  }

  async countArticles(filter: ArticleFilter = {}): Promise<number> {
    const { sql, values } = articleWhere(filter);
    return (await this.rows<{ n: number }>(this.pool, `SELECT count(*)::int AS n FROM articles${sql}`, values))[0].n;
  }

  async claimCounts(articleIds: number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    if (!articleIds.length) return out;
    for (const r of await this.rows<{ id: number; n: number }>(this.pool,
      'SELECT article_id AS id, count(*)::int AS n FROM claims WHERE article_id = ANY($1) GROUP BY article_id', [articleIds])) out.set(Number(r.id), r.n);
    return out;
  }

  async listClaims(filter: ClaimFilter = {}): Promise<StoredClaim[]> {
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (sql: string, v: unknown) => { values.push(v); where.push(sql.replace('?', `$${values.length}`)); };
    if (filter.actor) add('c.actor = ?', filter.actor);
    if (filter.issue) add('c.issue = ?', filter.issue);
    if (filter.type) add('c.type = ?', filter.type);
    if (filter.articleId != null) add('c.article_id = ?', filter.articleId);
    if (filter.articleIds) add('c.article_id = ANY(?)', filter.articleIds);
    if (filter.refs) add('c.ref = ANY(?)', filter.refs);
    if (filter.conditioned) where.push("c.conditions <> '[]'");
    return (await this.rows<ClaimRow>(this.pool, `${CLAIM_SELECT}${where.length ? ' WHERE ' + where.join(' AND ') : ''}
      ORDER BY c.article_id, c.ordinal`, values)).map(rowToClaim);
  }

  async eventsOfClaims(claimKeys: number[]): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    if (!claimKeys.length) return out;
    for (const r of await this.rows<{ claim_id: number; event_id: string }>(this.pool,
      'SELECT claim_id, event_id FROM event_reports WHERE claim_id = ANY($1)', [claimKeys])) out.set(Number(r.claim_id), r.event_id);
    return out;
  }

  async browse(filter: BrowseFilter, page: PageRange): Promise<{ total: number; items: BrowseItem[] }> {
    const { sql, params: values } = browseQuery(filter, 'pg');
    const n = values.length;
    const total = (await this.rows<{ n: number }>(this.pool, `SELECT count(*)::int AS n FROM (${sql}) b`, values))[0].n;
    const rows = await this.rows<{ kind: string; article_id: number; claim_key: number | null; date: string | null }>(this.pool,
      `SELECT kind, article_id, claim_key, date FROM (${sql}) b ORDER BY coalesce(date, '') DESC, kind DESC, article_id, ord
       LIMIT $${n + 1} OFFSET $${n + 2}`, [...values, page.limit, page.offset]);
    return { total, items: rows.map((r) => ({ kind: r.kind as BrowseItem['kind'], articleId: Number(r.article_id), claimKey: r.claim_key == null ? null : Number(r.claim_key), date: r.date })) };
  }

  async linkArticles(): Promise<LinkArticle[]> {
    return (await this.rows<LinkRow>(this.pool, 'SELECT id, published, outlet, signature, shingles, story_id FROM articles ORDER BY id')).map(linkRow);
  }

  async linkSnapshot(): Promise<{ changes: number; articles: LinkArticle[]; claims: StoredClaim[] }> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const changes = await this.counter(c, 'changes');
      const articles = (await this.rows<LinkRow>(c, 'SELECT id, published, outlet, signature, shingles, story_id FROM articles ORDER BY id')).map(linkRow);
      const claims = (await this.rows<ClaimRow>(c, `${CLAIM_SELECT} ORDER BY c.article_id, c.ordinal`)).map(rowToClaim);
      await c.query('COMMIT');
      return { changes, articles, claims };
    } catch (error) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      c.release();
    }
  }

  async replaceLinks(stories: StoryRecord[], events: EventRecord[], basis?: number, buckets?: Map<number, number[]>): Promise<void> {
    await this.tx(async (c) => {
      if (buckets) {
        const ids: number[] = [];
        const bs: number[] = [];
        for (const [id, list] of buckets) for (const b of list) { ids.push(id); bs.push(b); }
        await c.query(`INSERT INTO article_buckets (bucket, article_id) SELECT b, a FROM unnest($1::bigint[], $2::bigint[]) AS t(b, a)
          WHERE EXISTS (SELECT 1 FROM articles WHERE id = a) ON CONFLICT DO NOTHING`, [bs, ids]);
      }
      const ids: number[] = [];
      const sids: number[] = [];
      for (const s of stories) for (const a of s.articleIds) { ids.push(a); sids.push(s.id); }
      await c.query(`UPDATE articles SET story_id = NULL WHERE story_id IS NOT NULL`);
      await c.query(`UPDATE articles a SET story_id = t.s FROM unnest($1::bigint[], $2::bigint[]) AS t(id, s) WHERE a.id = t.id`, [ids, sids]);
      await c.query('DELETE FROM event_reports');
      await c.query('DELETE FROM events');
      await this.insertEvents(c, events);
      const changes = basis ?? await this.counter(c, 'changes');
      await c.query("UPDATE meta SET value = $1 WHERE key = 'linked'", [String(changes)]);
      await c.query('DELETE FROM link_pending WHERE seq <= $1', [changes]);
      await c.query("UPDATE meta SET value = '0' WHERE key = 'needs_full_link'");
      await c.query(BUMP_LINK_WRITES);
    });
  }

  /** Inserts events with their reports; `update`: an event already stored under the same id is updated in place. */
  private async insertEvents(c: Client, events: EventRecord[], update = false): Promise<void> {
    const n = EVENT_COLUMNS.length;
    const upsert = update ? ` ON CONFLICT (id) DO UPDATE SET ${EVENT_COLUMNS.slice(1).map((col) => `${col} = excluded.${col}`).join(', ')}` : '';
    for (let i = 0; i < events.length; i += 500) {
      const chunk = events.slice(i, i + 500);
      const values: unknown[] = [];
      const tuples = chunk.map((e, j) => { values.push(...eventValues(e)); return `(${params(n, j * n + 1)})`; });
      await c.query(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}${upsert}`, values);
      const eids: string[] = [];
      const keys: number[] = [];
      for (const e of chunk) for (const k of e.claimKeys) { eids.push(e.id); keys.push(k); }
      await c.query(`INSERT INTO event_reports (event_id, claim_id) SELECT t.e, t.k FROM unnest($1::text[], $2::bigint[]) AS t(e, k)
        WHERE EXISTS (SELECT 1 FROM claims WHERE id = t.k) ON CONFLICT DO NOTHING`, [eids, keys]);
    }
  }

  async listEvents(filter: EventFilter = {}, page?: PageRange): Promise<EventRecord[]> {
    const { where, values } = this.eventWhere(filter);
    const n = values.length;
    const rows = await this.rows<EventRow & { keys: number[] | null }>(this.pool, `SELECT e.*,
        (SELECT array_agg(r.claim_id ORDER BY r.claim_id) FROM event_reports r WHERE r.event_id = e.id) AS keys
      FROM events e${where.length ? ' WHERE ' + where.join(' AND ') : ''}
      ORDER BY e.actor, e.issue, e.date_start IS NULL, e.date_start, e.id${page ? ` LIMIT $${n + 1} OFFSET $${n + 2}` : ''}`,
    page ? [...values, page.limit, page.offset] : values);
    return rows.map((r) => rowToEvent(r, (r.keys ?? []).map(Number)));
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    const { where, values } = this.eventWhere(filter);
    return (await this.rows<{ n: number }>(this.pool, `SELECT count(*)::int AS n FROM events e${where.length ? ' WHERE ' + where.join(' AND ') : ''}`, values))[0].n;
  }

  private eventWhere(filter: EventFilter): { where: string[]; values: unknown[] } {
    const where: string[] = [];
    const values: unknown[] = [];
    const v = (x: unknown) => { values.push(x); return `$${values.length}`; };
    if (filter.ids) where.push(`e.id = ANY(${v(filter.ids)})`);
    if (filter.actor) where.push(`e.actor = ${v(filter.actor)}`);
    if (filter.issue) where.push(`e.issue = ${v(filter.issue)}`);
    if (filter.type) { const p = v(filter.type); where.push(`(e.type = ${p} OR e.types::jsonb ? ${p})`); }
    if (filter.region) where.push(`e.regions::jsonb ? ${v(filter.region)}`);
    if (filter.from) where.push(`e.date_end >= ${v(filter.from)}`);
    if (filter.to) where.push(`e.date_start <= ${v(filter.to)}`);
    if (filter.outlet) {
      const like = v(likePattern(filter.outlet));
      where.push(`(lower(e.outlet_names) LIKE ${like} OR EXISTS (SELECT 1 FROM event_reports r JOIN claims c ON c.id = r.claim_id
        JOIN articles a ON a.id = c.article_id WHERE r.event_id = e.id AND (lower(coalesce(c.source_outlet, '')) LIKE ${like}
        OR lower(coalesce(a.outlet, '')) LIKE ${like})))`);
    }
    return { where, values };
  }

  async eventCounts(): Promise<EventCount[]> {
    const rows = await this.rows<{ actor: string; issue: string; events: number; front_line: number; first_date: string | null; last_date: string | null }>(this.pool,
      `SELECT actor, issue, count(*)::int AS events, sum(front_line)::int AS front_line, min(date_start) AS first_date, max(date_start) AS last_date
       FROM events GROUP BY actor, issue ORDER BY actor, issue`);
    return rows.map((r) => ({ actor: r.actor, issue: r.issue, events: r.events, frontLine: r.front_line ?? 0, firstDate: r.first_date, lastDate: r.last_date }));
  }

  async positionEvents(actor: string, issue: string, options: PositionEventsOptions): Promise<EventRecord[]> {
    const placed = PLACED_SQL.pg;
    const values: unknown[] = [actor, issue];
    const v = (x: unknown) => { values.push(x); return `$${values.length}`; };
    const where = ['e.actor = $1', 'e.issue = $2', `(${placed}) IS NOT NULL`];
    if (options.frontLine) where.push('e.front_line = 1');
    if (options.after) where.push(`((${placed}), e.id) > (${v(options.after.placed)}, ${v(options.after.id)})`);
    const rows = await this.rows<EventRow>(this.pool, `SELECT e.* FROM events e WHERE ${where.join(' AND ')} ORDER BY ${placed}, e.id LIMIT ${v(options.limit)}`, values);
    return rows.map((r) => rowToEvent(r, []));
  }

  async eventRegions(): Promise<string[]> {
    return (await this.rows<{ code: string }>(this.pool, 'SELECT DISTINCT jsonb_array_elements_text(regions::jsonb) AS code FROM events ORDER BY 1')).map((r) => r.code);
  }

  async search(text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const words = tsWords(text);
    if (options.matches) { options.matches.article = 0; options.matches.claim = 0; }
    if (!words) return [];
    // limit 0 ranks nothing: the matches are only counted (see SearchOptions.matches).
    const limit = Math.max(0, Math.min(options.limit ?? 20, 1000));
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const snip = options.snippets !== false;
    const recent = options.recent ? Math.max(1, Math.floor(options.recent)) : 0;
    type Row = { id: number; doc: string; title: string | null; outlet: string | null; published: string | null; ref?: string; snip: string; rank: number };
    const one = async (kind: 'article' | 'claim'): Promise<Row[]> => {
      const table = kind === 'article' ? 'article_search' : 'claim_search';
      // Counted by the GIN index of the narrow search table (pg-migrations/004), at most `recent` (+1: were older
      // matches left out?) rows visited.
      const count = options.matches || (recent && options.bounded) ? this.rows<{ n: number }>(this.pool, `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${table}
        WHERE fts @@ plainto_tsquery('simple', $1)${recent ? ' LIMIT $2' : ''}) m`, recent ? [words, recent + 1] : [words]).then((r) => {
        const n = r[0].n;
        if (recent && n > recent && options.bounded) options.bounded.reached = true;
        if (options.matches) options.matches[kind] = recent ? Math.min(n, recent) : n;
      }) : null;
      const take = recent ? Math.min(limit, recent - offset) : limit;
      const page = take > 0 ? this.hitRows(kind, words, take, offset, !!recent, snip) : Promise.resolve([]);
      const [rows] = await Promise.all([page, count]);
      return rows;
    };
    const [claims, articles] = await Promise.all([options.kind === 'article' ? [] : one('claim'), options.kind === 'claim' ? [] : one('article')]);
    return [
      ...claims.map((r) => ({ kind: 'claim' as const, articleId: r.id, doc: r.doc, title: r.title, outlet: r.outlet, published: r.published, claim: r.ref!, snippet: r.snip, rank: Number(r.rank) })),
      ...articles.map((r) => ({ kind: 'article' as const, articleId: r.id, doc: r.doc, title: r.title, outlet: r.outlet, published: r.published, claim: null, snippet: r.snip, rank: Number(r.rank) })),
    ];
  }

  /**
   * A page of one kind's hits. `newest`: the latest matches first (the order of the index: only the page's rows
   * are read), which is how PostgreSQL answers `recent`: ranking them would read every match's whole tsvector
   * (TOASTed for an article: seconds under load at 30,000 articles, issue 11). Otherwise by ts_rank over every match.
   */
  private async hitRows(kind: 'article' | 'claim', words: string, limit: number, offset: number, newest: boolean, snip: boolean) {
    type Row = { id: number; doc: string; title: string | null; outlet: string | null; published: string | null; ref?: string; snip: string; rank: number };
    const HEAD = `'StartSel=[, StopSel=], MaxWords=16, MinWords=6, ShortWord=2, MaxFragments=1, FragmentDelimiter=…'`;
    const table = kind === 'article' ? 'article_search' : 'claim_search';
    // Newest first: the first pages walk the primary key backwards testing each row (a few rows per hit on a common
    // word); a deeper page takes the matches from the GIN index first (materialized), then sorts their ids.
    const ids = !newest
      ? `SELECT t.id, -ts_rank(t.fts, q) AS rank FROM ${table} t, plainto_tsquery('simple', $1) q WHERE t.fts @@ q ORDER BY rank, t.id LIMIT $2 OFFSET $3`
      : offset + limit <= 200
        ? `SELECT id, row_number() OVER (ORDER BY id DESC) + $3 AS rank FROM (SELECT id FROM ${table} WHERE fts @@ plainto_tsquery('simple', $1) ORDER BY id DESC LIMIT $2 OFFSET $3) p`
        : `WITH m AS MATERIALIZED (SELECT id FROM ${table} WHERE fts @@ plainto_tsquery('simple', $1))
           SELECT id, row_number() OVER (ORDER BY id DESC) + $3 AS rank FROM (SELECT id FROM m ORDER BY id DESC LIMIT $2 OFFSET $3) p`;
    // Ranks are such that, as with SQLite's bm25, a lower rank is a better hit.
    return kind === 'article'
      ? this.rows<Row>(this.pool, `SELECT a.id, a.doc, a.title, a.outlet, a.published,
          ${snip ? `ts_headline('simple', coalesce(a.title, '') || ' ' || left(a.text, 300000), plainto_tsquery('simple', $1), ${HEAD})` : `''`} AS snip, f.rank
          FROM (${ids}) f JOIN articles a ON a.id = f.id ORDER BY f.rank, a.id`, [words, limit, offset])
      : this.rows<Row>(this.pool, `SELECT a.id, a.doc, a.title, a.outlet, a.published, c.ref,
          ${snip ? `ts_headline('simple', c.quote, plainto_tsquery('simple', $1), ${HEAD})` : `''`} AS snip, f.rank
          FROM (${ids}) f JOIN claims c ON c.id = f.id JOIN articles a ON a.id = c.article_id ORDER BY f.rank, c.id`, [words, limit, offset]);
  }

  async snippets(text: string, hits: SearchHit[]): Promise<void> {
    const words = tsWords(text);
    if (!words || !hits.length) return;
    const HEAD = `'StartSel=[, StopSel=], MaxWords=16, MinWords=6, ShortWord=2, MaxFragments=1, FragmentDelimiter=…'`;
    // Two queries for the page, not one per hit (a round trip each).
    const articleIds = [...new Set(hits.filter((h) => h.kind === 'article').map((h) => h.articleId))];
    const refs = hits.flatMap((h) => (h.kind === 'claim' && h.claim ? [h.claim] : []));
    const [arts, claims] = await Promise.all([
      articleIds.length ? this.rows<{ id: number; snip: string }>(this.pool, `SELECT id, ts_headline('simple', coalesce(title, '') || ' ' || left(text, 300000),
        plainto_tsquery('simple', $1), ${HEAD}) AS snip FROM articles WHERE id = ANY($2)`, [words, articleIds]) : [],
      refs.length ? this.rows<{ ref: string; snip: string }>(this.pool, `SELECT ref, ts_headline('simple', quote, plainto_tsquery('simple', $1), ${HEAD}) AS snip
        FROM claims WHERE ref = ANY($2)`, [words, refs]) : [],
    ]);
    const byId = new Map(arts.map((r) => [Number(r.id), r.snip]));
    const byRef = new Map(claims.map((r) => [r.ref, r.snip]));
    for (const h of hits) {
      const snip = h.kind === 'article' ? byId.get(h.articleId) : h.claim ? byRef.get(h.claim) : undefined;
      if (snip !== undefined) h.snippet = snip;
    }
  }

  async stats(): Promise<StoreStats> {
    const r = (await this.rows<{ articles: number; claims: number; stories: number; events: number; pending: boolean; changes: string; linked: string; full: string }>(this.pool,
      `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM claims) AS claims,
        (SELECT count(DISTINCT story_id) FROM articles WHERE story_id IS NOT NULL) AS stories, (SELECT count(*) FROM events) AS events,
        EXISTS (SELECT 1 FROM link_pending) OR EXISTS (SELECT 1 FROM link_stale_events) AS pending,
        (SELECT value FROM meta WHERE key = 'changes') AS changes, (SELECT value FROM meta WHERE key = 'linked') AS linked,
        (SELECT value FROM meta WHERE key = 'needs_full_link') AS full`))[0];
    const version = (await this.rows<{ v: number }>(this.pool, 'SELECT max(version) AS v FROM schema_version'))[0]?.v ?? 0;
    return {
      articles: r.articles, claims: r.claims, stories: r.stories, events: r.events, schemaVersion: version,
      linksStale: r.pending || r.changes !== r.linked || r.full === '1',
    };
  }

  async linksStale(): Promise<boolean> {
    const r = (await this.rows<{ stale: boolean }>(this.pool, `SELECT EXISTS (SELECT 1 FROM link_pending) OR EXISTS (SELECT 1 FROM link_stale_events)
      OR (SELECT value FROM meta WHERE key = 'changes') IS DISTINCT FROM (SELECT value FROM meta WHERE key = 'linked')
      OR (SELECT value FROM meta WHERE key = 'needs_full_link') = '1' AS stale`))[0];
    return r.stale;
  }

  async withLinkLock<T>(fn: () => Promise<T>): Promise<T> {
    // One linker per process (queue), one across processes and machines (a session-level advisory
    // lock, released by PostgreSQL if the holder dies).
    const previous = this.linkQueue;
    let release!: () => void;
    this.linkQueue = new Promise<void>((r) => { release = r; });
    await previous;
    const c = await this.pool.connect();
    try {
      await c.query('SELECT pg_advisory_lock($1)', [LINK_LOCK]);
      try { return await fn(); } finally { await c.query('SELECT pg_advisory_unlock($1)', [LINK_LOCK]).catch(() => undefined); }
    } finally {
      c.release();
      release();
    }
  }

  async linkWork(): Promise<LinkWork> {
    const pending = await this.rows<{ id: number; seq: number }>(this.pool, 'SELECT article_id AS id, seq FROM link_pending ORDER BY article_id');
    const stale = await this.rows<{ event_id: string }>(this.pool, 'SELECT event_id FROM link_stale_events ORDER BY event_id');
    return { pending, staleEvents: stale.map((r) => r.event_id), needsFull: (await this.counter(this.pool, 'needs_full_link')) === 1 };
  }

  async linkCandidates(articleIds: number[]): Promise<LinkArticle[]> {
    if (!articleIds.length) return [];
    return (await this.rows<LinkRow>(this.pool, `SELECT a.id, a.published, a.outlet, a.signature, a.shingles, a.story_id FROM articles a
      WHERE a.id = ANY($1) OR a.id IN (SELECT other.article_id FROM article_buckets mine
        JOIN article_buckets other ON other.bucket = mine.bucket WHERE mine.article_id = ANY($1))`, [articleIds])).map(linkRow);
  }

  async storyMembers(storyIds: number[]): Promise<Array<{ id: number; storyId: number }>> {
    if (!storyIds.length) return [];
    return this.rows(this.pool, 'SELECT id, story_id AS "storyId" FROM articles WHERE story_id = ANY($1)', [storyIds]);
  }

  async setStories(changes: Array<{ articleId: number; storyId: number }>): Promise<Array<{ id: number; seq: number }>> {
    return this.tx(async (c) => {
      await c.query(`UPDATE articles a SET story_id = t.s FROM unnest($1::bigint[], $2::bigint[]) AS t(id, s) WHERE a.id = t.id`,
        [changes.map((x) => x.articleId), changes.map((x) => x.storyId)]);
      await c.query(BUMP_LINK_WRITES);
      const seq = await this.counter(c, 'changes');
      return this.rows<{ id: number; seq: number }>(c, `INSERT INTO link_pending (article_id, seq) SELECT id, $2 FROM unnest($1::bigint[]) AS id
        ON CONFLICT (article_id) DO NOTHING RETURNING article_id AS id, seq`, [changes.map((x) => x.articleId), seq]);
    });
  }

  async linkClaimsOfArticles(articleIds: number[]): Promise<LinkClaim[]> {
    if (!articleIds.length) return [];
    return (await this.rows<LinkClaimRow>(this.pool, `${LINK_CLAIM_SELECT} WHERE c.article_id = ANY($1)`, [articleIds])).map(linkClaim);
  }

  async linkClaimsOfGroups(groups: ClaimGroup[]): Promise<LinkClaim[]> {
    if (!groups.length) return [];
    return (await this.rows<LinkClaimRow>(this.pool, `${LINK_CLAIM_SELECT} JOIN unnest($1::text[], $2::text[]) AS g(actor, issue)
      ON c.actor = g.actor AND c.issue = g.issue`, [groups.map((g) => g.actor), groups.map((g) => g.issue)])).map(linkClaim);
  }

  async linkClaimsNear(group: ClaimGroup, windows: DayWindow[]): Promise<LinkClaim[]> {
    // A class bounds an interval's width (see dateClass), so each class is one index range on its start; dated
    // reports come from the index alone (pg migration 4), without their article.
    const dated = LINK_DATED_SELECT.replace('NULL AS published, NULL AS story_id', 'NULL::text AS published, NULL::bigint AS story_id');
    const parts = CLASS_WIDTHS.map(([cls, width]) => `${dated} JOIN unnest($3::text[], $4::text[]) AS w(f, t)
      ON c.date_class = ${cls} AND c.date_start BETWEEN to_char(w.f::date - ${width}, 'YYYY-MM-DD') AND w.t AND c.date_end >= w.f
      WHERE c.actor = $1 AND c.issue = $2`);
    parts.push(`${dated} JOIN unnest($3::text[], $4::text[]) AS w(f, t) ON c.date_class = 2 AND c.date_start <= w.t AND c.date_end >= w.f
      WHERE c.actor = $1 AND c.issue = $2`);
    parts.push(`${LINK_CLAIM_SELECT} WHERE c.actor = $1 AND c.issue = $2 AND c.date_class IS NULL`);
    const rows = await this.rows<LinkClaimRow>(this.pool, parts.join('\nUNION\n'),
      [group.actor, group.issue, windows.map((w) => w.from), windows.map((w) => w.to)]);
    const out = new Map<number, LinkClaim>();
    for (const r of rows) { const c = linkClaim(r); if (!out.has(c.key)) out.set(c.key, c); }
    return [...out.values()];
  }

  async eventSizes(eventIds: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (!eventIds.length) return out;
    for (const r of await this.rows<{ event_id: string; n: number }>(this.pool,
      'SELECT event_id, count(*)::int AS n FROM event_reports WHERE event_id = ANY($1) GROUP BY event_id', [eventIds])) out.set(r.event_id, r.n);
    return out;
  }

  async eventsOf(claimKeys: number[], eventIds: string[]): Promise<Array<{ id: string; actor: string | null; issue: string | null; claimKeys: number[] }>> {
    const ids = new Set(eventIds);
    if (claimKeys.length) {
      for (const r of await this.rows<{ event_id: string }>(this.pool, 'SELECT DISTINCT event_id FROM event_reports WHERE claim_id = ANY($1)', [claimKeys])) ids.add(r.event_id);
    }
    if (!ids.size) return [];
    const members = await this.rows<{ event_id: string; claim_id: number }>(this.pool,
      'SELECT event_id, claim_id FROM event_reports WHERE event_id = ANY($1) ORDER BY claim_id', [[...ids]]);
    const groups = await this.rows<{ id: string; actor: string; issue: string }>(this.pool, 'SELECT id, actor, issue FROM events WHERE id = ANY($1)', [[...ids]]);
    const groupOf = new Map(groups.map((g) => [g.id, g]));
    const by = new Map<string, number[]>([...ids].map((id) => [id, []]));
    for (const m of members) by.get(m.event_id)!.push(m.claim_id);
    return [...by].map(([id, keys]) => ({ id, actor: groupOf.get(id)?.actor ?? null, issue: groupOf.get(id)?.issue ?? null, claimKeys: keys }));
  }

  async claimsByKeys(keys: number[]): Promise<StoredClaim[]> {
    if (!keys.length) return [];
    const rows = (await this.rows<ClaimRow>(this.pool, `${CLAIM_SELECT} WHERE c.id = ANY($1)`, [keys])).map(rowToClaim);
    const order = new Map(keys.map((k, i) => [k, i]));
    return rows.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  }

  async eventReports(keys: number[]): Promise<EventReport[]> {
    if (!keys.length) return [];
    const rows = await this.pool.query({ text: `SELECT ${EVENT_REPORT_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ANY($1)`,
      values: [keys], rowMode: 'array' });
    return (rows.rows as unknown[][]).map(eventReportOfArray);
  }

  async applyLinks(removeEvents: string[], events: EventRecord[], done: LinkWork): Promise<void> {
    await this.tx(async (c) => {
      // An event rewritten under the same id (most often: one report more) is updated in place, and only
      // its reports that changed are written; the others are removed, then the new ones inserted.
      const rewritten = new Set(events.map((e) => e.id));
      const gone = removeEvents.filter((id) => !rewritten.has(id));
      if (gone.length) await c.query('DELETE FROM events WHERE id = ANY($1)', [gone]);
      // Reports no longer in a rewritten event; then every event is written (inserted, or updated in place)
      // with its reports (those already there are left alone).
      if (events.length) {
        const eids: string[] = [];
        const keys: number[] = [];
        for (const e of events) for (const k of e.claimKeys) { eids.push(e.id); keys.push(k); }
        await c.query(`DELETE FROM event_reports r WHERE r.event_id = ANY($1) AND NOT EXISTS
          (SELECT 1 FROM unnest($2::text[], $3::bigint[]) AS t(e, k) WHERE t.e = r.event_id AND t.k = r.claim_id)`, [[...rewritten], eids, keys]);
      }
      await this.insertEvents(c, events, true);
      if (done.pending.length) {
        await c.query(`DELETE FROM link_pending p USING unnest($1::bigint[], $2::bigint[]) AS t(id, seq) WHERE p.article_id = t.id AND p.seq = t.seq`,
          [done.pending.map((p) => p.id), done.pending.map((p) => p.seq)]);
      }
      if (done.staleEvents.length) await c.query('DELETE FROM link_stale_events WHERE event_id = ANY($1)', [done.staleEvents]);
      await c.query(`UPDATE meta SET value = (SELECT value FROM meta WHERE key = 'changes') WHERE key = 'linked'
        AND NOT EXISTS (SELECT 1 FROM link_pending)`);
      await c.query(BUMP_LINK_WRITES);
    });
  }

  async dataVersion(): Promise<string> {
    // 'changes' counts article writes, 'link_writes' the writes of links (events and stories).
    const rows = await this.rows<{ key: string; value: string }>(this.pool, "SELECT key, value FROM meta WHERE key IN ('changes', 'link_writes') ORDER BY key");
    return rows.map((r) => r.value).join(':');
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}

/** Counts the writes of links (read by dataVersion: other processes' servers see new events). */
const BUMP_LINK_WRITES = `INSERT INTO meta (key, value) VALUES ('link_writes', '1')
  ON CONFLICT (key) DO UPDATE SET value = (meta.value::bigint + 1)::text`;

function articleWhere(filter: ArticleFilter): { sql: string; values: unknown[] } {
  const where: string[] = [];
  const values: unknown[] = [];
  const v = (x: unknown) => { values.push(x); return `$${values.length}`; };
  if (filter.ids) where.push(`id = ANY(${v(filter.ids)})`);
  if (filter.outlet) where.push(`lower(coalesce(outlet, '')) LIKE ${v(likePattern(filter.outlet))}`);
  if (filter.from) where.push(`published >= ${v(filter.from)}`);
  if (filter.to) where.push(`published <= ${v(filter.to)}`);
  return { sql: where.length ? ' WHERE ' + where.join(' AND ') : '', values };
}

/** Applies pending PostgreSQL migrations under an advisory lock (several workers may start at once). */
async function migratePg(pool: pg.Pool, schema: string, location: string, mustExist: boolean, readOnly = false): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('SELECT pg_advisory_lock(hashtext($1))', [`parley-migrate-${schema}`]);
    try {
      const exists = (await c.query(`SELECT to_regclass($1) AS t`, [`${schema}.schema_version`])).rows[0].t != null;
      if (!exists && readOnly) throw new StoreError(`no Parley database at ${location} (run 'parley ingest' first)`);
      if (!exists) {
        const other = (await c.query(`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = $1`, [schema])).rows[0].n;
        if (Number(other) > 0) throw new StoreError(`${location}: schema '${schema}' has tables but is not a Parley database; refusing to touch it`);
        if (mustExist) throw new StoreError(`no Parley database at ${location} (run 'parley ingest' first)`);
        await c.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        await c.query('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      }
      const current = Number((await c.query('SELECT coalesce(max(version), 0) AS v FROM schema_version')).rows[0].v);
      if (current > PG_LATEST_VERSION) {
        throw new StoreError(`${location} has schema version ${current}, newer than this Parley supports (${PG_LATEST_VERSION}); ` +
          'upgrade Parley to use it (the database was not modified)');
      }
      // Read commands never write: an older schema is migrated by the next ingest or relink.
      if (readOnly && current < PG_LATEST_VERSION) {
        throw new StoreError(`${location} has schema version ${current}: run 'parley relink' once to migrate it (read commands do not write)`);
      }
      for (const m of PG_MIGRATIONS) {
        if (m.version <= current) continue;
        try {
          await c.query('BEGIN');
          await c.query(m.sql);
          await c.query('INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
          await c.query('COMMIT');
        } catch (error) {
          await c.query('ROLLBACK').catch(() => undefined);
          throw new StoreError(`${location}: migration ${m.version} (${m.name}) failed: ${(error as Error).message}; database left at version ${m.version - 1}`);
        }
      }
    } finally {
      await c.query('SELECT pg_advisory_unlock(hashtext($1))', [`parley-migrate-${schema}`]).catch(() => undefined);
    }
  } finally {
    c.release();
  }
}

/** Opens (creating the schema and migrating as needed, unless `mustExist`) the PostgreSQL store at `url`. */
export async function openPostgresStore(url: string, options: OpenOptions & { max?: number } = {}): Promise<PostgresStore> {
  const { url: plain, schema } = splitSchema(url);
  const location = redact(url);
  const pool = new pg.Pool({
    connectionString: plain, max: options.max ?? 4, types: TYPES,
    options: `-c search_path="${schema}" -c client_min_messages=warning${options.readOnly ? ' -c default_transaction_read_only=on' : ''}`,
    connectionTimeoutMillis: 15_000,
  });
  pool.on('error', () => undefined); // an idle client's connection dropped: the next query reconnects
  try {
    await migratePg(pool, schema, location, !!options.mustExist || !!options.readOnly, !!options.readOnly);
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof StoreError) throw error;
    throw new StoreError(`cannot open database ${location}: ${(error as Error).message}`);
  }
  return new PostgresStore(pool, location, schema, !!options.readOnly);
}
