// Row shapes shared by the SQL stores (SQLite and PostgreSQL use the same columns): converting rows
// to stored records and claims to column values.
import type { Article } from '../article/types.js';
import type { Claim, ClaimType } from '../extract/types.js';
import { dateBounds, intervalDays } from '../util/dates.js';
import type { BrowseFilter, EventRecord, EventReport, LinkArticle, LinkClaim, StoredArticle, StoredClaim } from './types.js';

export const KNOWN_CLAIM_KEYS = new Set(['id', 'doc', 'actor', 'type', 'issue', 'target', 'regions', 'date', 'source', 'conditions',
  'modality', 'negated', 'quote', 'span', 'rawSpan', 'sentence', 'rule', 'evidence', 'mentions', 'partial']);

export const json = (v: unknown) => JSON.stringify(v ?? null);
export const parse = <T>(v: string | null | undefined, fallback: T): T => {
  if (v == null) return fallback;
  try { return JSON.parse(v) as T; } catch { return fallback; }
};

export interface ClaimRow {
  id: number; article_id: number; ordinal: number; ref: string; claim_id: string; doc: string; actor: string; type: string;
  issue: string; target: string | null; regions: string; date_value: string | null; date_basis: string; date_text: string | null;
  date_span: string | null; date_start: string | null; date_end: string | null; source_outlet: string | null;
  source_count: number | null; source_credited: number; source_attribution: string; source_text: string | null;
  conditions: string; modality: string; negated: number; quote: string; span_start: number; span_end: number;
  raw_span: string; sentence: string; rule: string; evidence: string; mentions: string; extra: string | null; partial: string | null;
  published: string | null; publisher: string | null; url: string | null; title: string | null; story_id: number | null;
}

export function rowToClaim(r: ClaimRow): StoredClaim {
  const claim: Claim = {
    id: r.claim_id,
    doc: r.doc,
    actor: r.actor,
    type: r.type as ClaimType,
    issue: r.issue,
    regions: parse<string[]>(r.regions, []),
    date: { value: parse(r.date_value, null), basis: r.date_basis as Claim['date']['basis'] },
    source: { outlet: r.source_outlet, credited: !!r.source_credited, attribution: r.source_attribution as Claim['source']['attribution'] },
    conditions: parse<string[]>(r.conditions, []),
    modality: r.modality as Claim['modality'],
    negated: !!r.negated,
    quote: r.quote,
    span: [r.span_start, r.span_end],
    rawSpan: parse<[number, number]>(r.raw_span, [r.span_start, r.span_end]),
    sentence: parse<[number, number]>(r.sentence, [r.span_start, r.span_end]),
    rule: r.rule,
    evidence: parse(r.evidence, []),
    mentions: parse(r.mentions, []),
  };
  if (r.target != null) claim.target = r.target;
  const partial = parse<string[]>(r.partial, []);
  if (partial.length) claim.partial = partial;
  if (r.date_text != null) claim.date.text = r.date_text;
  if (r.date_span != null) claim.date.span = parse<[number, number]>(r.date_span, [0, 0]);
  if (r.source_count != null) claim.source.count = r.source_count;
  if (r.source_text != null) claim.source.text = r.source_text;
  if (r.extra) Object.assign(claim, parse<Record<string, unknown>>(r.extra, {}));
  return {
    key: r.id, articleId: r.article_id, ref: r.ref, claim, dateStart: r.date_start, dateEnd: r.date_end,
    published: r.published, publisher: r.publisher, url: r.url, title: r.title, storyId: r.story_id,
  };
}

/** The columns of an EventReport (see eventReportOfArray), `a` being the article joined. */
/**
 * The columns of an EventReport. Evidence and mentions are read for ceasefire claims only: building an event
 * looks at them to tell a freeze of the line of contact (link/events.ts isFrontLineClaim), and parsing every
 * report's mentions was a tenth of linking 100 articles into 30,000 (issue 11).
 */
export const EVENT_REPORT_COLUMNS = `c.id, c.article_id, c.ref, c.claim_id, c.actor, c.type, c.issue, c.target, c.regions, c.partial,
  c.date_value, c.date_basis, c.date_text, c.date_span, c.date_start, c.date_end, c.source_outlet, c.source_credited,
  c.source_attribution, c.source_count, c.source_text, c.conditions, c.quote,
  CASE WHEN c.issue = 'ceasefire' THEN c.evidence ELSE '[]' END, CASE WHEN c.issue = 'ceasefire' THEN c.mentions ELSE '[]' END,
  a.published, a.outlet, a.story_id`;

/** An EVENT_REPORT_COLUMNS row read as an array. */
export function eventReportOfArray(r: unknown[]): EventReport {
  const claim: EventReport['claim'] = {
    id: r[3] as string, actor: r[4] as string, type: r[5] as ClaimType, issue: r[6] as string, regions: parse<string[]>(r[8] as string, []),
    date: { value: parse(r[10] as string | null, null), basis: r[11] as Claim['date']['basis'] },
    source: { outlet: r[16] as string | null, credited: !!r[17], attribution: r[18] as Claim['source']['attribution'] },
    conditions: parse<string[]>(r[21] as string, []), quote: r[22] as string, evidence: parse(r[23] as string, []), mentions: parse(r[24] as string, []),
  };
  if (r[7] != null) claim.target = r[7] as string;
  const partial = parse<string[]>(r[9] as string | null, []);
  if (partial.length) claim.partial = partial;
  if (r[12] != null) claim.date.text = r[12] as string;
  if (r[13] != null) claim.date.span = parse<[number, number]>(r[13] as string, [0, 0]);
  if (r[19] != null) claim.source.count = r[19] as number;
  if (r[20] != null) claim.source.text = r[20] as string;
  return {
    key: r[0] as number, articleId: r[1] as number, ref: r[2] as string, claim, dateStart: r[14] as string | null, dateEnd: r[15] as string | null,
    published: r[25] as string | null, publisher: r[26] as string | null, storyId: r[27] as number | null,
  };
}

export interface ArticleRow {
  id: number; doc: string; source: string; url: string | null; outlet: string | null; published: string | null;
  title: string | null; format: string; hash: string; ingested_at: string; extractor_version: string; story_id: number | null;
  raw_text?: string; text?: string; offsets?: string;
}

export function rowToArticle(r: ArticleRow): StoredArticle {
  return {
    id: r.id, doc: r.doc, source: r.source, url: r.url, outlet: r.outlet, published: r.published, title: r.title,
    format: r.format, hash: r.hash, ingestedAt: r.ingested_at, extractorVersion: r.extractor_version, storyId: r.story_id,
  };
}

export interface EventRow {
  id: string; actor: string; type: string; types: string; issue: string; target: string | null; regions: string;
  date_value: string | null; date_start: string | null; date_end: string | null; outlets: number; outlet_names: string;
  quote: string; front_line: number; partial: string | null; implied: number; conditions: string | null;
}

/** A report as linking sees it, with its article (publication, story) and its event (migration 8: event_reports by claim). */
export const LINK_CLAIM_SELECT = `SELECT c.id AS key, c.article_id, c.ref, c.actor, c.issue, c.type, c.regions, c.date_start, c.date_end,
  a.published, a.story_id, r.event_id FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN event_reports r ON r.claim_id = c.id`;

/**
 * The same columns for dated reports, without their article: every column comes from the claims_link
 * index (migration 8), so reading tens of thousands of them touches neither table.
 */
export const LINK_DATED_SELECT = `SELECT c.id AS key, c.article_id, c.ref, c.actor, c.issue, c.type, c.regions, c.date_start, c.date_end,
  NULL AS published, NULL AS story_id, r.event_id FROM claims c LEFT JOIN event_reports r ON r.claim_id = c.id`;

/**
 * The dated reports of one actor × issue for SQLite, from the claims_link index: the columns that differ
 * from report to report only (actor and issue are the group's: see linkDatedOfArray).
 */
export const LINK_DATED_NARROW = `SELECT c.id, c.article_id, c.ref, c.type, c.regions, c.date_start, c.date_end, r.event_id
  FROM claims c LEFT JOIN event_reports r ON r.claim_id = c.id`;

/** Region lists as parsed, by their JSON text: a few hundred distinct lists among tens of thousands of reports. */
const regionLists = new Map<string, string[]>();
const NO_REGIONS: string[] = [];

function regionsOf(text: string | null): string[] {
  let regions = text === '[]' || !text ? NO_REGIONS : regionLists.get(text);
  if (!regions) {
    regions = parse<string[]>(text, []);
    if (regionLists.size > 10_000) regionLists.clear();
    regionLists.set(text!, regions);
  }
  return regions;
}

/** A LINK_DATED_NARROW row read as an array, a report of the given group. Reports with the same regions share one array: read-only. */
export function linkDatedOfArray(r: unknown[], group: { actor: string; issue: string }): LinkClaim {
  return {
    key: r[0] as number, articleId: r[1] as number, ref: r[2] as string, actor: group.actor, issue: group.issue, type: r[3] as ClaimType,
    regions: regionsOf(r[4] as string), dateStart: r[5] as string | null, dateEnd: r[6] as string | null, published: null, storyId: null,
    eventId: r[7] as string | null,
  };
}

export interface LinkClaimRow {
  key: number; article_id: number; ref: string; actor: string; issue: string; type: string; regions: string;
  date_start: string | null; date_end: string | null; published: string | null; story_id: number | null; event_id: string | null;
}

/** A LINK_CLAIM_SELECT (or LINK_DATED_SELECT) row read as an array (its columns in order). Reports with the same regions share one array: read-only. */
export function linkClaimOfArray(r: unknown[]): LinkClaim {
  return {
    key: r[0] as number, articleId: r[1] as number, ref: r[2] as string, actor: r[3] as string, issue: r[4] as string, type: r[5] as ClaimType,
    regions: regionsOf(r[6] as string), dateStart: r[7] as string | null, dateEnd: r[8] as string | null,
    published: r[9] as string | null, storyId: r[10] as number | null, eventId: r[11] as string | null,
  };
}

export function linkClaim(r: LinkClaimRow): LinkClaim {
  return {
    key: r.key, articleId: r.article_id, ref: r.ref, actor: r.actor, issue: r.issue, type: r.type as ClaimType,
    regions: parse<string[]>(r.regions, []), dateStart: r.date_start, dateEnd: r.date_end, published: r.published, storyId: r.story_id,
    eventId: r.event_id ?? null,
  };
}

export interface LinkRow { id: number; published: string | null; outlet: string | null; signature: Buffer | null; shingles: number; story_id?: number | null }

export function linkRow(r: LinkRow): LinkArticle {
  return {
    id: r.id, published: r.published, outlet: r.outlet, shingles: r.shingles, storyId: r.story_id ?? null,
    signature: r.signature ? new Uint32Array(new Uint8Array(r.signature).buffer) : null,
  };
}


/** Date classes whose width is bounded, with the bound in days: a window look-up reads each from that far back. */
export const CLASS_WIDTHS: Array<[number, number]> = [[0, 31], [1, 366]];

/** Width class of a claim's date interval, for window look-ups (see migration 004). */
export function dateClass(bounds: [string, string] | null): number | null {
  if (!bounds) return null;
  const days = intervalDays(bounds[0], bounds[1]);
  return days <= 31 ? 0 : days <= 366 ? 1 : 2;
}


export const CLAIM_SELECT = `SELECT c.*, a.published AS published, a.outlet AS publisher, a.url AS url, a.title AS title, a.story_id AS story_id
  FROM claims c JOIN articles a ON a.id = c.article_id`;

/** The claim columns, in the order of claimValues. */
export const CLAIM_COLUMNS = ['article_id', 'ordinal', 'ref', 'claim_id', 'doc', 'actor', 'type', 'issue', 'target', 'regions',
  'date_value', 'date_basis', 'date_text', 'date_span', 'date_start', 'date_end', 'source_outlet', 'source_count', 'source_credited',
  'source_attribution', 'source_text', 'conditions', 'modality', 'negated', 'quote', 'span_start', 'span_end', 'raw_span', 'sentence',
  'rule', 'evidence', 'mentions', 'extra', 'partial', 'date_class'];

/** Column values of the i-th claim of an article. */
export function claimValues(articleId: number, ref: string, article: Article, c: Claim, i: number): unknown[] {
  const bounds = dateBounds(c.date?.value ?? null);
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) if (!KNOWN_CLAIM_KEYS.has(k)) extra[k] = v;
  const span = c.span ?? [0, 0];
  return [
    articleId, i, ref, c.id ?? `${article.id}#${i}`, c.doc ?? article.id, c.actor, c.type, c.issue,
    c.target ?? null, json(c.regions ?? []), c.date?.value == null ? null : json(c.date.value), c.date?.basis ?? 'none',
    c.date?.text ?? null, c.date?.span ? json(c.date.span) : null, bounds?.[0] ?? null, bounds?.[1] ?? null,
    c.source?.outlet ?? null, c.source?.count ?? null, c.source?.credited ? 1 : 0, c.source?.attribution ?? 'unstated',
    c.source?.text ?? null, json(c.conditions ?? []), c.modality ?? 'asserted', c.negated ? 1 : 0, c.quote ?? '',
    span[0], span[1], json(c.rawSpan ?? span), json(c.sentence ?? span), c.rule ?? '', json(c.evidence ?? []),
    json(c.mentions ?? []), Object.keys(extra).length ? json(extra) : null, json(c.partial ?? []), dateClass(bounds),
  ];
}

/** The claim refs of one article given the refs other articles already hold (see SqliteStore). */
export function refsFor(article: Article, claims: Claim[], takenElsewhere: (ref: string) => boolean): string[] {
  const own = claims.map((c, i) => c.id ?? `${article.id}#${i + 1}`);
  if (new Set(own).size === own.length && !own.some(takenElsewhere)) return own;
  const tag = `~${article.hash.slice(0, 8)}`;
  return own.map((ref, i) => (/#\d+$/.test(ref) && new Set(own).size === own.length ? ref.replace(/#(\d+)$/, `${tag}#$1`) : `${article.id}${tag}#${i + 1}`));
}

/** Values of an event row, in the order of EVENT_COLUMNS. */
export const EVENT_COLUMNS = ['id', 'actor', 'type', 'types', 'issue', 'target', 'regions', 'date_value', 'date_start', 'date_end',
  'outlets', 'outlet_names', 'quote', 'front_line', 'partial', 'implied', 'conditions'];

export function eventValues(e: EventRecord): unknown[] {
  return [e.id, e.actor, e.type, json(e.types), e.issue, e.target, json(e.regions), e.date == null ? null : json(e.date),
    e.dateStart, e.dateEnd, e.outlets, json(e.outletNames), e.quote, e.frontLine ? 1 : 0, json(e.partial ?? []), e.implied ? 1 : 0,
    json(e.conditions ?? [])];
}

/**
 * The date an event is placed at on a position's time axis (track's placedDate), in SQL: the start of its
 * date, or the end of its window when the date is implied. The expression of the events_placed index.
 */
export const PLACED_SQL = { sqlite: 'CASE WHEN e.implied THEN coalesce(e.date_end, e.date_start) ELSE e.date_start END', pg: 'CASE WHEN e.implied <> 0 THEN coalesce(e.date_end, e.date_start) ELSE e.date_start END' };

export function rowToEvent(r: EventRow, claimKeys: number[]): EventRecord {
  return {
    id: r.id, actor: r.actor, type: r.type as ClaimType, types: parse<ClaimType[]>(r.types, []), issue: r.issue, target: r.target,
    regions: parse<string[]>(r.regions, []), date: parse(r.date_value, null), dateStart: r.date_start, dateEnd: r.date_end,
    outlets: r.outlets, outletNames: parse<string[]>(r.outlet_names, []), claimKeys,
    quote: r.quote, frontLine: !!r.front_line, partial: parse<string[]>(r.partial, []),
    implied: !!r.implied, conditions: parse<string[]>(r.conditions, []),
  };
}

/** A LIKE pattern matching `text` anywhere, case-insensitively (on a lower-cased column), wildcards escaped with '\'. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/**
 * The rows of a browse page (Store.browse), as one SQL union of claims and articles with kind, article_id,
 * claim_key, ord and date columns, for SQLite ('?' parameters) or PostgreSQL ('$n').
 */
export function browseQuery(filter: BrowseFilter, dialect: 'sqlite' | 'pg'): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (v: unknown) => { params.push(v); return dialect === 'pg' ? `$${params.length}` : '?'; };
  const esc = dialect === 'sqlite' ? " ESCAPE '\\'" : '';
  // What a claim must match to count (also for the articles: "has a claim matching the claim filters").
  const claimOnly = (): string[] => {
    const w: string[] = [];
    if (filter.actor) w.push(`c.actor = ${p(filter.actor)}`);
    if (filter.issue) w.push(`c.issue = ${p(filter.issue)}`);
    if (filter.type) w.push(`c.type = ${p(filter.type)}`);
    if (filter.regions?.length) {
      w.push(dialect === 'pg'
        ? `c.regions::jsonb ?| ${p(filter.regions)}::text[]`
        : `EXISTS (SELECT 1 FROM json_each(c.regions) r WHERE r.value IN (SELECT value FROM json_each(${p(JSON.stringify(filter.regions))})))`);
    }
    return w;
  };
  const parts: string[] = [];
  const kind = filter.kind ?? 'all';
  if (kind !== 'article') {
    const w = claimOnly();
    if (filter.outlet) {
      const like = likePattern(filter.outlet);
      w.push(`(lower(coalesce(c.source_outlet, '')) LIKE ${p(like)}${esc} OR lower(coalesce(a.outlet, '')) LIKE ${p(like)}${esc})`);
    }
    if (filter.from) w.push(`coalesce(c.date_end, a.published) >= ${p(filter.from)}`);
    if (filter.to) w.push(`coalesce(c.date_start, a.published) <= ${p(filter.to)}`);
    parts.push(`SELECT 'claim' AS kind, c.article_id AS article_id, c.id AS claim_key, c.ordinal AS ord, coalesce(c.date_start, a.published) AS date
      FROM claims c JOIN articles a ON a.id = c.article_id${w.length ? ' WHERE ' + w.join(' AND ') : ''}`);
  }
  if (kind !== 'claim') {
    const w: string[] = [];
    if (filter.outlet) w.push(`lower(coalesce(a.outlet, '')) LIKE ${p(likePattern(filter.outlet))}${esc}`);
    if (filter.from) w.push(`a.published >= ${p(filter.from)}`);
    if (filter.to) w.push(`a.published <= ${p(filter.to)}`);
    const cw = claimOnly();
    if (cw.length) w.push(`EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND ${cw.join(' AND ')})`);
    parts.push(`SELECT 'article' AS kind, a.id AS article_id, NULL AS claim_key, 0 AS ord, a.published AS date
      FROM articles a${w.length ? ' WHERE ' + w.join(' AND ') : ''}`);
  }
  return { sql: parts.join(' UNION ALL '), params };
}
