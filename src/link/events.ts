// Claims from different articles that report the same statement, merged into one event that keeps
// every report as evidence, with the number of independent outlets behind it.
import { createHash } from 'node:crypto';
import type { ClaimType } from '../extract/types.js';
import type { EventRecord, EventReport, StoredClaim } from '../store/types.js';
import { intervalDays } from '../util/dates.js';

/** Regions scored as another (spec §2: Sevastopol is Crimea). */
export const REGION_ALIASES: Record<string, string> = { 'UA-40': 'UA-43' };

export function normalizeRegions(regions: string[], aliases: Record<string, string> = REGION_ALIASES): string[] {
  // Most claims name no region or one: no set, no sort (linking normalises every report it reads).
  if (regions.length === 0) return [];
  if (regions.length === 1) return [aliases[regions[0]] ?? regions[0]];
  return [...new Set(regions.map((r) => aliases[r] ?? r))].sort();
}

/** Types that may describe the same statement (spec §5 lenient groups OFFER/PROPOSE/ACCEPT; "proposed keeping" is a DEMAND). */
const COMPATIBLE: Record<ClaimType, ClaimType[]> = {
  DEMAND: ['DEMAND', 'PROPOSE'],
  OFFER: ['OFFER', 'PROPOSE', 'ACCEPT'],
  PROPOSE: ['PROPOSE', 'OFFER', 'ACCEPT', 'DEMAND'],
  ACCEPT: ['ACCEPT', 'OFFER', 'PROPOSE'],
  REJECT: ['REJECT'],
  THREATEN: ['THREATEN'],
};

export function typesCompatible(a: ClaimType, b: ClaimType): boolean {
  return a === b || (COMPATIBLE[a]?.includes(b) ?? false);
}

/** One set contains the other (an empty set — no place named — fits any). */
export function regionsCompatible(a: string[], b: string[]): boolean {
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 0 || small === big) return true;
  // A claim names a handful of regions: a scan beats building a set on every call (clustering calls this most).
  if (big.length <= 8) {
    for (const r of small) if (!big.includes(r)) return false;
    return true;
  }
  const set = new Set(big);
  return small.every((r) => set.has(r));
}

/** Words that put a ceasefire claim on the line of contact ("freeze the front"). */
const FRONT_LINE = /\b(front[\s-]?lines?|front|lines? of contact|contact lines?|current lines?|lines? of control|demarcation lines?|freez\w*|frozen|where (?:it|they) (?:now )?stand)\b/i;

export function isFrontLineClaim(c: Pick<EventReport, 'claim'>): boolean {
  if (c.claim.issue !== 'ceasefire') return false;
  const texts = [c.claim.quote, ...(c.claim.evidence ?? []).map((e) => e.quote), ...(c.claim.mentions ?? []).filter((m) => m.kind === 'cue' || m.kind === 'issue').map((m) => m.text)];
  return texts.some((t) => FRONT_LINE.test(t ?? ''));
}

/** Normalised outlet names by name: a few hundred outlets among the reports of every rewritten event. */
const outletNames = new Map<string, string>();

export function normalizeOutlet(name: string): string {
  let norm = outletNames.get(name);
  if (norm === undefined) {
    norm = name.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (outletNames.size > 10_000) outletNames.clear();
    outletNames.set(name, norm);
  }
  return norm;
}

const UNKNOWN_OUTLETS = new Set(['', 'unknown', 'n a', 'none']);

/**
 * Independent sources behind a set of reports: a report that credits an outlet counts as that
 * outlet, otherwise as its publisher; reports from near-duplicate copies (one story) count once.
 */
export function independentSources(reports: EventReport[], storyOf: (articleId: number) => number): string[] {
  const parent = new Map<string, string>();
  const label = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const nodes: string[] = [];
  for (const r of reports) {
    const credited = r.claim.source?.credited && r.claim.source.outlet ? r.claim.source.outlet : null;
    const name = credited ?? r.claim.source?.outlet ?? r.publisher ?? null;
    const norm = name ? normalizeOutlet(name) : '';
    const node = UNKNOWN_OUTLETS.has(norm) ? `a:${r.articleId}` : `o:${norm}`;
    if (!label.has(node)) label.set(node, UNKNOWN_OUTLETS.has(norm) ? `article ${r.articleId}` : name!);
    if (!parent.has(node)) parent.set(node, node);
    nodes.push(node);
    // Copies of one story are one source, whatever outlet republished them.
    const story = `s:${storyOf(r.articleId)}`;
    if (!parent.has(story)) parent.set(story, story);
    union(node, story);
  }
  const seen = new Map<string, string>();
  for (const node of nodes) {
    const root = find(node);
    if (!seen.has(root)) seen.set(root, label.get(node)!);
  }
  return [...seen.values()];
}

function daysBetween(a: string, b: string): number {
  return Math.abs(intervalDays(a, b));
}

/** What deciding whether two reports can be one statement needs about a report. */
export interface Linkable {
  articleId: number;
  type: ClaimType;
  /** Normalised regions (see normalizeRegions). */
  regions: string[];
  dateStart: string | null;
  dateEnd: string | null;
  published: string | null;
  /** Story of the report's article (null: the article alone is its story). */
  storyId: number | null;
  /** Content-derived claim ref (the order reports are taken in: see clusterReports). */
  ref: string;
}

/** Whether two reports of one actor and issue may be the same statement. */
export function compatible(a: Linkable, b: Linkable): boolean {
  if (a.articleId === b.articleId) return false; // distinct statements of one article stay distinct
  if (!typesCompatible(a.type, b.type)) return false;
  if (!regionsCompatible(a.regions, b.regions)) return false;
  const aDated = a.dateStart != null && a.dateEnd != null;
  const bDated = b.dateStart != null && b.dateEnd != null;
  if (aDated && bDated) return a.dateStart! <= b.dateEnd! && b.dateStart! <= a.dateEnd!;
  if ((a.storyId ?? a.articleId) === (b.storyId ?? b.articleId)) return true;
  if (!aDated && !bDated) return !!a.published && !!b.published && daysBetween(a.published, b.published) <= 3;
  return false;
}

/** Order by content-derived refs, so events do not depend on the order articles were ingested in. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const DAY_MS = 86_400_000;
const dayCache = new Map<string, number>();
/** Days since 1970-01-01 of a YYYY-MM-DD date (the date part of a longer timestamp). */
export function dayNumber(date: string): number {
  let n = dayCache.get(date);
  if (n === undefined) {
    n = Math.round(Date.parse(date.slice(0, 10) + 'T00:00:00Z') / DAY_MS);
    if (dayCache.size > 100_000) dayCache.clear();
    dayCache.set(date, n);
  }
  return n;
}

/** Width in days of a report's date window (0: one day); null when undated, -1 when inverted. */
export function widthOf(r: Pick<Linkable, 'dateStart' | 'dateEnd'>): number | null {
  if (r.dateStart == null || r.dateEnd == null) return null;
  const w = dayNumber(r.dateEnd) - dayNumber(r.dateStart);
  return w < 0 ? -1 : w;
}

/**
 * The cell a report opens a cluster in when it joins none of narrower reports (see clusterReports):
 * a window of w+1 days contains exactly one day whose number is a multiple of w+1, its anchor (a day
 * report's anchor is its day); an undated report's cell is its four-day block of publication
 * (undated reports of different stories are one statement within three days), or its story when it
 * has no publication date.
 */
export function cellOf(r: Linkable): string {
  const w = widthOf(r);
  if (w === null) return r.published ? `p:${Math.floor(dayNumber(r.published) / 4)}` : `s:${r.storyId ?? r.articleId}`;
  if (w < 0) return `x:${r.ref}`; // an inverted interval overlaps nothing: alone
  const s = dayNumber(r.dateStart!);
  return `w${w}:${anchorDay(s, w)}`;
}

/** The one day of [s, s+w] whose number is a multiple of w+1. */
function anchorDay(s: number, w: number): number {
  const m = w + 1;
  return s + ((((m - s) % m) + m) % m);
}

/**
 * What complete linkage with a set of dated reports asks of a newcomer, kept as it grows: being
 * compatible with each of them is being of another article, of a type compatible with each of
 * theirs, with regions compatible with each of their region sets, and overlapping their common days
 * (dated windows overlap pairwise iff the newcomer starts before the earliest end and ends after the
 * latest start). Checking this costs the few distinct types and region sets, not every report.
 * Small arrays, not sets: tens of thousands of clusters are formed when a busy group is reclustered.
 */
class Profile {
  private readonly articles: number[] = [];
  private readonly types: ClaimType[] = [];
  private readonly regions: string[][] = [];
  private maxStart = '';
  private minEnd = '\uffff';

  add(r: Linkable): void {
    if (!this.articles.includes(r.articleId)) this.articles.push(r.articleId);
    if (!this.types.includes(r.type)) this.types.push(r.type);
    if (!this.regions.some((g) => sameRegions(g, r.regions))) this.regions.push(r.regions);
    if (r.dateStart! > this.maxStart) this.maxStart = r.dateStart!;
    if (r.dateEnd! < this.minEnd) this.minEnd = r.dateEnd!;
  }

  /** Whether `r` (dated) is compatible with every report added. */
  fits(r: Linkable): boolean {
    if (r.dateStart! > this.minEnd || this.maxStart > r.dateEnd!) return false;
    if (this.articles.includes(r.articleId)) return false;
    for (const t of this.types) if (t !== r.type && !typesCompatible(r.type, t)) return false;
    for (const g of this.regions) if (!regionsCompatible(r.regions, g)) return false;
    return true;
  }
}

function sameRegions(a: string[], b: string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A cluster being formed: founded in a cell by reports of one width, joined by wider ones. */
interface Cluster<T> {
  width: number; anchor: number; founder: string; members: T[]; profile: Profile;
  /** The last target search that looked at it (instead of a set of seen clusters per search). */
  seen: number;
  /** The reports of the width being placed that joined it (co-joiners must fit one another). */
  mates: Profile | null;
}

/**
 * Clusters one actor × issue's reports into statements (complete linkage: every two reports of a
 * cluster are compatible, so loose reports cannot chain distinct statements). The result depends on
 * the reports only, not on their order, and what decides a report's cluster lies near its own date
 * window, so linking new reports needs only their neighbourhood in time (see incremental.ts).
 * Dated reports are taken by width, narrowest (one day) first, so that loose reports join the
 * statement they fit; within a width, by ref:
 * 1. A report joins the best cluster founded by narrower reports (narrowest founders first, then the
 *    latest anchor, then the founder's ref) all of whose narrower reports it is compatible with,
 *    provided it is also compatible with the reports of its own width that joined it before. Whether it
 *    fits a cluster is judged against narrower reports only, never against which cluster reports of
 *    its own width chose, so a choice cannot ripple along a chain of overlapping windows.
 * 2. Otherwise it opens or joins a cluster in its cell (cellOf: reports of one width sharing the
 *    anchor day of their windows), first compatible cluster in ref order.
 * Undated reports cluster in their cells only (by publication block or story).
 */
export function clusterReports<T extends Linkable>(reports: T[]): T[][] {
  const sorted = [...reports].sort((a, b) => cmp(a.ref, b.ref));
  /** Dated reports by width, in ref order, with their start days. */
  const byWidth = new Map<number, { reports: T[]; starts: number[] }>();
  const out: T[][] = [];
  const undated = new Map<string, T[][]>();
  for (const r of sorted) {
    const w = widthOf(r);
    if (w === null) {
      const key = cellOf(r);
      const list = undated.get(key);
      if (!list) { undated.set(key, [[r]]); continue; }
      const home = list.find((m) => m.every((o) => compatible(r, o)));
      if (home) home.push(r); else list.push([r]);
    } else if (w < 0) {
      out.push([r]);
    } else {
      let list = byWidth.get(w);
      if (!list) { list = { reports: [], starts: [] }; byWidth.set(w, list); }
      list.reports.push(r);
      list.starts.push(dayNumber(r.dateStart!));
    }
  }
  const clusters: Array<Cluster<T>> = [];
  /** Clusters by each day of their founders' windows (a cluster's common days lie in them). */
  const byDay = new Map<number, Array<Cluster<T>>>();
  const rank = (a: Cluster<T>, b: Cluster<T>) => a.width - b.width || b.anchor - a.anchor || cmp(a.founder, b.founder);
  let search = 0;
  for (const w of [...byWidth.keys()].sort((a, b) => a - b)) {
    const { reports: list, starts } = byWidth.get(w)!;
    // 1. Targets, judged against narrower reports only (the clusters as they were before this width).
    const targets = list.map((r, i): Cluster<T> | null => {
      const s = starts[i];
      const mark = ++search;
      let best: Cluster<T> | null = null;
      // Latest days first: a fitting day cluster there outranks everything on earlier days.
      for (let d = s + w; d >= s; d--) {
        const at = byDay.get(d);
        if (!at) continue;
        for (const c of at) {
          if (c.seen === mark) continue;
          c.seen = mark;
          if (best && rank(c, best) >= 0) continue;
          if (c.profile.fits(r)) best = c; // its reports are all narrower (this width joins below)
        }
        if (best && best.width === 0) break; // unseen clusters lie on earlier days: all rank below it
      }
      return best;
    });
    // 2. Join in ref order (compatible with the reports of this width already there), else the cell.
    const cells = new Map<number, Array<Cluster<T>>>();
    const joinedTargets: Array<Cluster<T>> = [];
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      const t = targets[i];
      if (t) {
        if (!t.mates) { t.mates = new Profile(); joinedTargets.push(t); }
        if (t.mates.fits(r)) { t.members.push(r); t.profile.add(r); t.mates.add(r); continue; }
      }
      const anchor = anchorDay(starts[i], w);
      let cell = cells.get(anchor);
      if (!cell) { cell = []; cells.set(anchor, cell); }
      const home = cell.find((c) => c.profile.fits(r));
      if (home) { home.members.push(r); home.profile.add(r); continue; }
      const c: Cluster<T> = { width: w, anchor, founder: r.ref, members: [r], profile: new Profile(), seen: 0, mates: null };
      c.profile.add(r);
      cell.push(c);
      clusters.push(c);
    }
    for (const t of joinedTargets) t.mates = null;
    // Clusters founded at this width become candidates for wider reports.
    for (const cell of cells.values()) {
      for (const c of cell) {
        const s = dayNumber(c.members[0].dateStart!);
        for (let d = s; d <= s + w; d++) {
          const at = byDay.get(d);
          if (at) at.push(c); else byDay.set(d, [c]);
        }
      }
    }
  }
  for (const c of clusters) out.push(c.members);
  for (const list of undated.values()) out.push(...list);
  return out;
}

interface Member extends Linkable { c: EventReport }

export function toLinkable(c: EventReport, story: number): Linkable {
  return {
    articleId: c.articleId, type: c.claim.type, regions: normalizeRegions(c.claim.regions ?? []),
    dateStart: c.dateStart, dateEnd: c.dateEnd, published: c.published, storyId: story, ref: c.ref,
  };
}

function mostCommon<T>(items: T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestN = 0;
  for (const it of items) {
    const n = (counts.get(it) ?? 0) + 1;
    counts.set(it, n);
    if (n > bestN) { best = it; bestN = n; }
  }
  return best;
}

export function eventId(firstRef: string): string {
  return 'E' + createHash('sha1').update(firstRef).digest('hex').slice(0, 10);
}

/**
 * Merges claims into events: within one actor × issue, reports are clustered by clusterReports
 * (complete linkage, so loose reports cannot chain distinct statements).
 */
export function buildEvents(claims: StoredClaim[], storyOf: (articleId: number) => number = (id) => id): EventRecord[] {
  const groups = new Map<string, Member[]>();
  for (const c of claims) {
    const key = `${c.claim.actor}\u0000${c.claim.issue}`;
    const m: Member = { ...toLinkable(c, storyOf(c.articleId)), c };
    const list = groups.get(key);
    if (list) list.push(m); else groups.set(key, [m]);
  }
  const events: EventRecord[] = [];
  for (const members of groups.values()) {
    for (const cl of clusterReports(members)) events.push(toEvent(cl, storyOf));
  }
  linkEventConditions(events, claims);
  return events.sort((a, b) => (a.actor + a.issue).localeCompare(b.actor + b.issue) || (a.dateStart ?? '9999').localeCompare(b.dateStart ?? '9999') || a.id.localeCompare(b.id));
}

/**
 * Events whose reports are conditioned on claims of another event ("Donetsk in exchange for parts of
 * Zaporizhzhia and Kherson": the offer is conditioned on the demand) get that event's id in
 * `conditions`, in both directions: positions make one step of such a pair (spec §6).
 */
export function linkEventConditions(events: EventRecord[], claims: StoredClaim[]): void {
  const eventOfKey = new Map<number, EventRecord>();
  for (const e of events) for (const k of e.claimKeys) eventOfKey.set(k, e);
  const byArticleId = new Map<string, number>();
  for (const c of claims) byArticleId.set(`${c.articleId}\u0000${c.claim.id}`, c.key);
  for (const c of claims) {
    const from = eventOfKey.get(c.key);
    if (!from) continue;
    for (const id of c.claim.conditions ?? []) {
      const key = byArticleId.get(`${c.articleId}\u0000${id}`);
      const to = key === undefined ? undefined : eventOfKey.get(key);
      if (!to || to === from || to.actor !== from.actor) continue;
      from.conditions = [...new Set([...(from.conditions ?? []), to.id])].sort();
      to.conditions = [...new Set([...(to.conditions ?? []), from.id])].sort();
    }
  }
}

/** The event record of one cluster of reports (without conditions: see linkEventConditions). */
export function eventOfCluster(cluster: EventReport[], storyOf: (articleId: number) => number): EventRecord {
  return toEvent(cluster.map((c) => ({ ...toLinkable(c, storyOf(c.articleId)), c })), storyOf);
}

function toEvent(cluster: Member[], storyOf: (articleId: number) => number): EventRecord {
  const byArticle = [...cluster].sort((a, b) => cmp(a.c.ref, b.c.ref));
  const first = byArticle[0].c;
  const types = [...new Set(byArticle.map((m) => m.c.claim.type))];
  const type = mostCommon(byArticle.map((m) => m.c.claim.type)) ?? first.claim.type;
  const regions = normalizeRegions(byArticle.flatMap((m) => m.regions));
  // Dates overlap pairwise, so their intersection is one interval (empty only with undated reports).
  let start = null as string | null;
  let end = null as string | null;
  let precise = null as Member | null;
  for (const m of byArticle) {
    if (!m.c.dateStart || !m.c.dateEnd) continue;
    start = start == null || m.c.dateStart > start ? m.c.dateStart : start;
    end = end == null || m.c.dateEnd < end ? m.c.dateEnd : end;
    if (!precise || intervalDays(m.c.dateStart, m.c.dateEnd) < intervalDays(precise.c.dateStart!, precise.c.dateEnd!)) precise = m;
  }
  if (start && end && start > end) { start = precise!.c.dateStart; end = precise!.c.dateEnd; }
  const reports = byArticle.map((m) => m.c);
  const outletNames = independentSources(reports, storyOf);
  return {
    id: eventId(first.ref),
    actor: first.claim.actor,
    type,
    types,
    issue: first.claim.issue,
    target: mostCommon(byArticle.map((m) => m.c.claim.target).filter((t): t is string => !!t)),
    regions,
    dateStart: start,
    dateEnd: end,
    date: precise ? precise.c.claim.date.value : null,
    outlets: outletNames.length,
    outletNames,
    claimKeys: reports.map((r) => r.key),
    quote: first.claim.quote,
    frontLine: reports.some(isFrontLineClaim),
    // A region any report names only in part is partial in the event: the more precise report decides.
    partial: normalizeRegions(reports.flatMap((r) => r.claim.partial ?? [])).filter((r) => regions.includes(r)),
    // No report read its date from the text: the date is the default window ending at publication.
    implied: reports.every((r) => r.claim.date?.basis !== 'text'),
    conditions: [],
  };
}

/**
 * The day a cluster of clusterReports sits on: the anchor of the cell its narrowest reports opened it
 * in (a day report's day); null for undated reports. What may change a cluster lies near this day
 * (incremental.ts).
 */
export function anchorOf(cluster: Linkable[]): number | null {
  let narrowest: Linkable | null = null;
  let width = Infinity;
  for (const r of cluster) {
    const w = widthOf(r);
    if (w === null) return null;
    if (w < width) { width = w; narrowest = r; }
  }
  if (!narrowest) return null;
  return width < 0 ? dayNumber(narrowest.dateEnd!) : anchorDay(dayNumber(narrowest.dateStart!), width);
}
