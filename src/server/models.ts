// The JSON models behind every page: each page renders exactly what its /api twin returns.
import type { EventRecord, SearchHit, StoreStats, StoredArticle, StoredClaim } from '../store/types.js';
import { highlightText } from '../store/highlight.js';
import { positionAsOf, sortStances, STANCES, type Change, type EvidenceRef, type Position, type PositionStep, type RegionStance, type Stance } from '../track/index.js';
import type { DataSource, EventIndex, PositionSummary, PositionView } from './data.js';
import { notFound } from './errors.js';
import { href, safeExternalUrl, seg } from './html.js';
import { MAP_TILES } from './map-layout.js';
import { ISSUES, type Query } from './params.js';

// ---------------------------------------------------------------- pagination

export interface PageOf<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  /** Link to the next page, or null on the last one. */
  next: string | null;
}

export function paginate<T>(all: T[], q: Query, path: string, params: Record<string, string | number | undefined>): PageOf<T> {
  const items = all.slice(q.offset, q.offset + q.limit);
  const more = q.offset + q.limit < all.length;
  return {
    items, total: all.length, limit: q.limit, offset: q.offset,
    next: more ? href(path, { ...params, limit: q.limit, offset: q.offset + q.limit }) : null,
  };
}

/** A page read from the store (items of the page and the total), with its next link. */
export function pageOf<T>(items: T[], total: number, q: Query, path: string, params: Record<string, string | number | undefined>): PageOf<T> {
  const more = q.offset + q.limit < total;
  return { items, total, limit: q.limit, offset: q.offset, next: more ? href(path, { ...params, limit: q.limit, offset: q.offset + q.limit }) : null };
}

/** The filters of a query as link parameters (for next links and forms). */
export function filterParams(q: Query): Record<string, string | undefined> {
  return { q: q.q, actor: q.actor, issue: q.issue, type: q.type, region: q.region, outlet: q.outlet, from: q.from, to: q.to, kind: q.kind };
}

// ---------------------------------------------------------------- shared pieces

export interface EventSummary {
  id: string; actor: string; type: string; types: string[]; issue: string; target: string | null; regions: string[];
  partial: string[]; implied: boolean;
  date: EventRecord['date']; date_start: string | null; date_end: string | null; outlets: number; outlet_names: string[];
  reports: number; quote: string; front_line: boolean; href: string;
}

export function eventSummary(e: EventRecord): EventSummary {
  return {
    id: e.id, actor: e.actor, type: e.type, types: e.types, issue: e.issue, target: e.target, regions: e.regions,
    partial: e.partial ?? [], implied: !!e.implied, date: e.date,
    date_start: e.dateStart, date_end: e.dateEnd, outlets: e.outlets, outlet_names: e.outletNames, reports: e.claimKeys.length,
    quote: e.quote, front_line: e.frontLine, href: `/events/${seg(e.id)}`,
  };
}

export interface ArticleSummary { id: number; doc: string; title: string | null; outlet: string | null; published: string | null; url: string | null; claims: number; href: string }

export function articleSummary(a: StoredArticle, claims: number): ArticleSummary {
  return { id: a.id, doc: a.doc, title: a.title, outlet: a.outlet, published: a.published, url: a.url, claims, href: `/articles/${a.id}` };
}

export interface ClaimSummary {
  ref: string; id: string; actor: string; type: string; issue: string; target: string | null; regions: string[];
  date: StoredClaim['claim']['date']['value']; date_start: string | null; date_end: string | null;
  outlet: string | null; credited: boolean; count: number | null; quote: string; span: [number, number];
  event: string | null; article: number;
}

/** A claim in brief; `event` is the event it reports (Store.eventsOfClaims). */
export function claimSummary(c: StoredClaim, event: string | null): ClaimSummary {
  return {
    ref: c.ref, id: c.claim.id, actor: c.claim.actor, type: c.claim.type, issue: c.claim.issue, target: c.claim.target ?? null,
    regions: c.claim.regions, date: c.claim.date.value, date_start: c.dateStart, date_end: c.dateEnd,
    outlet: c.claim.source.outlet, credited: c.claim.source.credited, count: c.claim.source.count ?? null,
    quote: c.claim.quote, span: c.claim.span, event, article: c.articleId,
  };
}

export interface RegionAmount { code: string; name: string; km2: number | null }

const regionList = (ds: DataSource, codes: string[]): RegionAmount[] => codes.map((code) => ({ code, name: ds.region(code), km2: ds.area(code) }));

// ---------------------------------------------------------------- overview

export interface OverviewCell {
  actor: string; issue: string; date: string; implied: boolean; types: string[]; change: string | null;
  /** The latest stance in a few words: regions by stance for territory, else the types held. */
  summary: string;
  /** The change since the previous step, in words. */
  change_text: string | null;
  outlets: number; steps: number; events: string[]; href: string;
}

const SHORT: Record<Stance, string> = { claims: 'claims', claims_part: 'claims part of', holds_line: 'holds the line in', concedes_part: 'concedes part of', concedes: 'concedes' };

/** "claims Donetsk, Luhansk; concedes part of Zaporizhzhia, Kherson". */
export function stanceSummary(stances: RegionStance[]): string {
  if (!stances.length) return 'no region stated';
  return STANCES.filter((st) => stances.some((s) => s.stance === st))
    .map((st) => `${SHORT[st]} ${stances.filter((s) => s.stance === st).map((s) => s.name).join(', ')}`).join('; ');
}

export interface Overview {
  stats: { articles: number; claims: number; events: number; positions: number };
  last_date: string | null;
  actors: Array<{ code: string; name: string; events: number; href: string }>;
  issues: string[];
  cells: OverviewCell[];
}

export function overview(ds: DataSource, positions: PositionSummary[], index: EventIndex, stats: StoreStats): Overview {
  const cells: OverviewCell[] = [];
  const present = new Set(positions.map((p) => p.issue));
  for (const p of positions) {
    const last = p.last;
    if (!last) continue;
    cells.push({
      actor: p.actor, issue: p.issue, date: last.date, implied: last.implied, types: last.types, change: last.change?.label ?? null,
      summary: p.issue === 'territory' ? stanceSummary(last.stances) : last.types.join(', '),
      change_text: last.change?.text ?? null, outlets: last.outlets,
      steps: p.steps, events: last.events, href: `/timeline/${seg(p.actor)}/${seg(p.issue)}`,
    });
  }
  const withPositions = new Set(cells.map((c) => c.actor));
  return {
    stats: { articles: stats.articles, claims: stats.claims, events: stats.events, positions: positions.length },
    last_date: index.lastDate,
    actors: index.actors.filter((a) => withPositions.has(a.code)).map((a) => ({ code: a.code, name: ds.actor(a.code), events: a.events, href: href('/search', { actor: a.code }) })),
    issues: ISSUES.filter((i) => i !== 'other' || present.has('other')),
    cells,
  };
}

// ---------------------------------------------------------------- timeline

export interface StanceView { region: string; name: string; stance: Stance; basis: string; since: string; events: string[] }

export interface TimelineStep {
  date: string; implied: boolean; types: string[]; change: string | null; change_text: string | null;
  change_detail: Change | null; outlets: number; regions: RegionAmount[];
  /** Territory: stances this step sets, and the position after it. */
  stated: StanceView[]; stances: StanceView[]; claims_km2: number; concedes_km2: number;
  events: EventSummary[];
}

/** One row of the band view: a region's stance over time (segments from step to step). */
export interface Band { region: string; name: string; segments: Array<{ from: string; to: string | null; stance: Stance; implied: boolean; events: string[] }> }

/** Steps of one month of a position, by change label ('first' for the first step). */
export interface MonthSummary { month: string; steps: number; implied: number; changes: Partial<Record<'first' | 'tougher' | 'softer' | 'reframed' | 'unchanged', number>> }

/** The months of a whole position, computed once per position. */
const monthsMemo = new WeakMap<Position, MonthSummary[]>();
export function positionMonths(p: Position): MonthSummary[] {
  let list = monthsMemo.get(p);
  if (list) return list;
  list = [];
  for (const s of p.steps) {
    const month = s.date.slice(0, 7);
    let m = list[list.length - 1];
    if (!m || m.month !== month) { m = { month, steps: 0, implied: 0, changes: {} }; list.push(m); }
    m.steps++;
    if (s.implied) m.implied++;
    const label = s.change?.label ?? 'first';
    m.changes[label] = (m.changes[label] ?? 0) + 1;
  }
  monthsMemo.set(p, list);
  return list;
}

export interface Timeline {
  actor: string; actor_name: string; issue: string; territorial: boolean;
  /** The whole position: first and last dates, number of steps. */
  first_date: string | null; last_date: string | null; position_steps: number;
  /** The period shown (from/to parameters), or null for the whole span. */
  window: { from: string; to: string } | null;
  /** Steps in the window; `steps` is the page of them given by limit/offset. */
  steps_total: number; limit: number; offset: number; next: string | null;
  steps: TimelineStep[];
  /** The story of the position: one line per step of the page (change explained, evidence), numbered in the whole position. */
  narrative: string[];
  /**
   * Territory: what is on screen, one row per region stated up to the end of `bands_period`, its segments
   * clipped to it: the window when one is asked for, else the period of the page's steps.
   */
  bands: Band[];
  /** The period the bands cover (null when they are left out). */
  bands_period: { from: string; to: string } | null;
  /** The whole position beyond it in brief: steps per month, by change. */
  months: MonthSummary[];
  /** Other issues with a position of this actor (for navigation). */
  other_issues: string[];
}

const stanceView = (s: RegionStance): StanceView => ({ region: s.region, name: s.name, stance: s.stance, basis: s.basis, since: s.since, events: s.events });

export function timelineStep(ds: DataSource, eventById: Map<string, EventRecord>, s: PositionStep): TimelineStep {
  return {
    date: s.date, implied: s.implied, types: s.types, change: s.change?.label ?? null, change_text: s.change?.text ?? null, change_detail: s.change,
    outlets: s.outlets, regions: regionList(ds, s.regions), stated: s.stated.map(stanceView), stances: s.stances.map(stanceView),
    claims_km2: s.claims_km2, concedes_km2: s.concedes_km2,
    events: s.events.map((id) => eventById.get(id)).filter((e): e is EventRecord => !!e).map(eventSummary),
  };
}

/** Segments of each region's stance over the steps (a segment is implied when the step that set it was). */
export function bandsOf(steps: PositionStep[]): Band[] {
  const bands = new Map<string, Band>();
  steps.forEach((s, i) => {
    for (const st of s.stances) {
      let b = bands.get(st.region);
      if (!b) { b = { region: st.region, name: st.name, segments: [] }; bands.set(st.region, b); }
      const lastSeg = b.segments[b.segments.length - 1];
      if (lastSeg && lastSeg.stance === st.stance && lastSeg.to === s.date) { lastSeg.to = steps[i + 1]?.date ?? null; continue; }
      if (lastSeg && lastSeg.to === null) lastSeg.to = s.date;
      b.segments.push({ from: s.date, to: steps[i + 1]?.date ?? null, stance: st.stance, implied: s.implied, events: st.events });
    }
  });
  // Most wanted first (by the latest stance), then by code.
  return sortStances([...bands.values()].map((b) => ({ region: b.region, name: b.name, stance: b.segments[b.segments.length - 1].stance, basis: 'named' as const, since: '', events: [] })))
    .map((x) => bands.get(x.region)!);
}

/** The bands of a whole position, computed once per position (positions are rebuilt when the data changes). */
const bandsMemo = new WeakMap<Position, Band[]>();
export function positionBands(p: Position): Band[] {
  let b = bandsMemo.get(p);
  if (!b) { b = bandsOf(p.steps); bandsMemo.set(p, b); }
  return b;
}

/** Bands clipped to a window: segments ending before it are dropped, the others cut at its edges. */
export function clipBands(bands: Band[], window: { from: string; to: string } | null): Band[] {
  if (!window) return bands;
  const out: Band[] = [];
  for (const b of bands) {
    const segments = b.segments
      .filter((sg) => sg.from <= window.to && (sg.to === null || sg.to > window.from))
      .map((sg) => ({ ...sg, from: sg.from < window.from ? window.from : sg.from, to: sg.to === null || sg.to > window.to ? (sg.to === null ? null : window.to) : sg.to }));
    if (segments.length) out.push({ ...b, segments });
  }
  return out;
}

export function narrativeLines(ds: DataSource, p: { actor: string; issue: string; steps: PositionStep[] }, from = 0, to = p.steps.length): string[] {
  const territorial = p.issue === 'territory';
  const ev = (list: EvidenceRef[]) => list.map((e) => `${e.id} (${e.outlets} outlet${e.outlets === 1 ? '' : 's'})`).join(', ');
  return p.steps.slice(from, to).map((s, j) => {
    const i = from + j;
    const when = `${s.date}${s.implied ? ' (implied)' : ''}`;
    if (!s.change) return `${i + 1}. ${when}: first stated: ${territorial ? stanceSummary(s.stances) : s.types.join(', ')}. Evidence: ${ev(s.evidence)}.`;
    return `${i + 1}. ${when}: ${s.change.text}. Evidence: ${ev(s.change.evidence)}.`;
  });
}

/** The position of one actor on one issue (throws 404 when there is none). */
export async function positionView(ds: DataSource, actor: string, issue: string): Promise<PositionView> {
  const view = await ds.positionView(actor, issue);
  if (!view) throw notFound(`no position of ${actor} on ${issue} in this database`, 'no_position');
  return view;
}

/** Index of the first step on or after `date` (binary search; steps are in date order). */
export function firstStepFrom(steps: PositionStep[], date: string): number {
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (steps[mid].date < date) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The steps of a window: [start, end) indexes into the position's steps. */
export function windowRange(p: Position, window: { from: string; to: string } | null): [number, number] {
  if (!window) return [0, p.steps.length];
  return [firstStepFrom(p.steps, window.from), firstStepFrom(p.steps, shiftDate(window.to, 1))];
}

const shiftDate = (d: string, days: number) => new Date(Date.parse(d + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);

/** The window a query asks for: from/to, each defaulting to the position's own first or last date. */
export function windowOf(p: Position, q: Query): { from: string; to: string } | null {
  if (!q.from && !q.to) return null;
  const first = p.steps[0].date;
  const last = p.steps[p.steps.length - 1].date;
  return { from: q.from ?? (first < (q.to ?? first) ? first : q.to!), to: q.to ?? (last > (q.from ?? last) ? last : q.from!) };
}

/** The timeline model (the API's answer; the page renders it). `bands: false` leaves the band view out (the page's chart draws its own). */
export async function timeline(ds: DataSource, view: PositionView, q: Query, base: string, options: { bands?: boolean } = {}): Promise<Timeline> {
  const { actor, issue } = view;
  const p = view.position;
  const window = windowOf(p, q);
  const [start, end] = windowRange(p, window);
  const inWindow = end - start;
  // What is on screen first: the latest steps, unless a period or an offset is asked for.
  const offset = window || q.offsetGiven ? q.offset : Math.max(0, inWindow - q.limit);
  const from = start + Math.min(offset, inWindow);
  const to = Math.min(end, from + q.limit);
  // The events of the steps shown are read in full; the position keeps them in brief only.
  const shown = p.steps.slice(from, to);
  const eventById = await ds.eventsById(view, [...new Set(shown.flatMap((s) => s.events))]);
  const steps = shown.map((s) => timelineStep(ds, eventById, s));
  let last: string | null = null;
  for (const id of p.steps[p.steps.length - 1]?.events ?? []) {
    const e = view.events.get(id);
    if (e?.dateEnd && (!last || e.dateEnd > last)) last = e.dateEnd;
  }
  const more = offset + q.limit < inWindow;
  const wq = window ? { from: q.from, to: q.to } : {};
  // Bands of what is on screen: the window, else from the page's first step to the next page's first step.
  const bandsPeriod = issue !== 'territory' || options.bands === false ? null
    : window ?? (shown.length ? { from: shown[0].date, to: p.steps[to]?.date ?? shown[shown.length - 1].date } : null);
  return {
    actor, actor_name: ds.actor(actor), issue, territorial: issue === 'territory',
    first_date: p.steps[0]?.date ?? null, last_date: last ?? p.steps[p.steps.length - 1]?.date ?? null, position_steps: p.steps.length,
    window, steps_total: inWindow, limit: q.limit, offset, next: more ? href(base, { ...wq, limit: q.limit, offset: offset + q.limit }) : null, steps,
    narrative: narrativeLines(ds, p, from, to), bands: bandsPeriod ? clipBands(positionBands(p), bandsPeriod) : [], bands_period: bandsPeriod,
    months: options.bands !== false ? positionMonths(p) : [],
    other_issues: (await ds.actorIssues(actor)).filter((x) => x !== issue).sort(),
  };
}

// ---------------------------------------------------------------- map

export interface MapStance { actor: string; stance: Stance; basis: string; since: string; events: Array<{ id: string; quote: string; outlets: number; href: string }> }

export interface MapRegion {
  code: string; name: string; label: string;
  /** Three letters for the phone map. */
  abbr: string;
  col: number; row: number; foreign: boolean; km2: number | null;
  /** The shown actor's stance on the region ('none' without one); partial stances are hatched. */
  status: Stance | 'none';
  partial: boolean;
  stances: MapStance[];
}

export interface MapModel {
  date: string; actor: string | null; actor_name: string | null; first_date: string | null; last_date: string | null;
  actors: string[];
  /** The step of the shown actor's position in force on the date. */
  step: { date: string; implied: boolean; href: string; summary: string } | null;
  /** The stance legend, most wanted first. */
  legend: Stance[];
  regions: MapRegion[];
}

/** The territorial position of one actor (the one with most territorial statements by default) as of a date, per region. */
export function regionMap(ds: DataSource, index: EventIndex, actor: string | null, view: PositionView | null, q: Query): MapModel {
  const date = q.date ?? index.lastDate ?? new Date().toISOString().slice(0, 10);
  const aliases = ds.regions?.aliases ?? {};
  const actors = index.territorial.map((a) => a.actor).sort();
  const p = view?.position ?? null;
  const step = p ? positionAsOf(p, date) : null;
  const byRegion = new Map<string, RegionStance>();
  for (const s of step?.stances ?? []) byRegion.set(s.region, s);
  const regions = MAP_TILES.map((t): MapRegion => {
    const st = byRegion.get(aliases[t.code] ?? t.code);
    const stances: MapStance[] = st ? [{
      actor: actor!, stance: st.stance, basis: st.basis, since: st.since,
      events: st.events.map((id) => { const e = view!.events.get(id); return { id, quote: e?.quote ?? '', outlets: e?.outlets ?? 0, href: `/events/${seg(id)}` }; }),
    }] : [];
    return {
      code: t.code, name: ds.region(t.code), label: t.label, abbr: t.abbr, col: t.col, row: t.row, foreign: !!t.foreign, km2: ds.area(t.code),
      status: st?.stance ?? 'none', partial: st?.stance === 'claims_part' || st?.stance === 'concedes_part', stances,
    };
  });
  return {
    date, actor, actor_name: actor ? ds.actor(actor) : null, first_date: index.firstDate, last_date: index.lastDate, actors,
    step: step && actor ? { date: step.date, implied: step.implied, href: `/timeline/${seg(actor)}/territory`, summary: stanceSummary(step.stances) } : null,
    legend: [...STANCES], regions,
  };
}

/** The actor a map shows: the one asked for, else the one with most territorial statements. */
export function mapActor(index: EventIndex, q: Query): string | null {
  return q.actor ?? index.territorial[0]?.actor ?? null;
}

// ---------------------------------------------------------------- event

export interface Report {
  claim: string; id: string; type: string; regions: string[]; date: StoredClaim['claim']['date']['value'];
  outlet: string | null; credited: boolean; count: number | null; attribution: string;
  publisher: string | null; published: string | null; url: string | null;
  article: { id: number; doc: string; title: string | null; href: string };
  quote: string; span: [number, number];
  /** The quote in its context: the text before it, the quote itself as in the article, the text after. */
  context: { before: string; quote: string; after: string };
}

export interface EventPage extends EventSummary {
  actor_name: string;
  timeline: string;
  /** The reports of the page given by limit/offset (`reports` counts them all). */
  reports_list: Report[];
  limit: number;
  offset: number;
  /** Link to the next page of reports, or null on the last one. */
  next: string | null;
}

/** Up to `n` characters of context on each side, cut at a word boundary. */
export function contextOf(text: string, span: [number, number], n = 220): Report['context'] {
  let [s, e] = span;
  if (!(s >= 0 && e <= text.length && s <= e)) { s = 0; e = 0; }
  let from = Math.max(0, s - n);
  let to = Math.min(text.length, e + n);
  if (from > 0) { const sp = text.indexOf(' ', from); if (sp >= 0 && sp < s) from = sp + 1; }
  if (to < text.length) { const sp = text.lastIndexOf(' ', to); if (sp > e) to = sp; }
  return { before: (from > 0 ? '…' : '') + text.slice(from, s), quote: text.slice(s, e), after: text.slice(e, to) + (to < text.length ? '…' : '') };
}

/** One event with a page of its reports (ordered by publication, then claim), each quote in its context. */
export async function eventPage(ds: DataSource, id: string, q: Query): Promise<EventPage> {
  const [e] = await ds.store.listEvents({ ids: [id] });
  if (!e) throw notFound(`no event ${id} in this database`, 'no_event');
  const claims = await ds.store.claimsByKeys(e.claimKeys);
  claims.sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '') || x.ref.localeCompare(y.ref));
  const shown = claims.slice(q.offset, q.offset + q.limit);
  // Only the articles of the reports shown are read (their text gives each quote its context).
  const articles = new Map<number, StoredArticle & { text: string }>();
  for (const c of shown) {
    if (articles.has(c.articleId)) continue;
    const a = await ds.store.getArticle(c.articleId);
    if (a) articles.set(c.articleId, a);
  }
  const reports: Report[] = shown.map((c) => {
    const a = articles.get(c.articleId);
    return {
      claim: c.ref, id: c.claim.id, type: c.claim.type, regions: c.claim.regions, date: c.claim.date.value,
      outlet: c.claim.source.outlet, credited: c.claim.source.credited, count: c.claim.source.count ?? null, attribution: c.claim.source.attribution,
      publisher: c.publisher, published: c.published, url: c.url,
      article: { id: c.articleId, doc: a?.doc ?? c.claim.doc, title: c.title, href: `/articles/${c.articleId}#c-${seg(c.ref)}` },
      quote: c.claim.quote, span: c.claim.span, context: contextOf(a?.text ?? '', c.claim.span),
    };
  });
  const more = q.offset + q.limit < claims.length;
  return {
    ...eventSummary(e), actor_name: ds.actor(e.actor), timeline: `/timeline/${seg(e.actor)}/${seg(e.issue)}`, reports_list: reports,
    limit: q.limit, offset: q.offset, next: more ? href(`/api/events/${seg(e.id)}`, { limit: q.limit, offset: q.offset + q.limit }) : null,
  };
}

// ---------------------------------------------------------------- article

export interface ArticlePage extends ArticleSummary {
  /** The original URL when it is a safe http(s) link, else null (the raw value is in `url`). */
  link: string | null;
  source: string;
  text: string;
  claim_list: ClaimSummary[];
}

export async function articlePage(ds: DataSource, id: number): Promise<ArticlePage> {
  const a = await ds.store.getArticle(id);
  if (!a) throw notFound(`no article ${id} in this database`, 'no_article');
  const stored = await ds.store.listClaims({ articleId: id });
  const eventOf = await ds.store.eventsOfClaims(stored.map((c) => c.key));
  const claims = stored.map((c) => claimSummary(c, eventOf.get(c.key) ?? null));
  return {
    id: a.id, doc: a.doc, title: a.title, outlet: a.outlet, published: a.published, url: a.url, claims: claims.length,
    href: `/articles/${a.id}`, link: safeExternalUrl(a.url), source: a.source, text: a.text, claim_list: claims,
  };
}

// ---------------------------------------------------------------- lists and search

/** The event filters of a query, as the store reads them. */
export function eventFilter(q: Query) {
  return { actor: q.actor, issue: q.issue, type: q.type, region: q.region, outlet: q.outlet, from: q.from, to: q.to };
}

/** A page of events matching the query's filters (one indexed query for the page, one count). */
export async function eventList(ds: DataSource, q: Query): Promise<PageOf<EventSummary>> {
  const filter = eventFilter(q);
  // Filtered by actor and issue alone, the total is in the counts per actor and issue (one aggregate per data
  // version) instead of counting the actor's events through the index on every request.
  const byIndex = !q.type && !q.region && !q.outlet && !q.from && !q.to;
  const total = byIndex
    ? (await ds.eventIndex()).counts.reduce((n, c) => n + ((!q.actor || c.actor === q.actor) && (!q.issue || c.issue === q.issue) ? c.events : 0), 0)
    : ds.store.countEvents(filter);
  const [events, count] = await Promise.all([ds.store.listEvents(filter, { limit: q.limit, offset: q.offset }), total]);
  return pageOf(events.map(eventSummary), count, q, '/api/events', filter);
}

/** A page of articles (outlet, publication dates), with their numbers of claims. */
export async function articleList(ds: DataSource, q: Query): Promise<PageOf<ArticleSummary>> {
  const filter = { outlet: q.outlet, from: q.from, to: q.to };
  const [articles, total] = await Promise.all([ds.store.listArticles(filter, { limit: q.limit, offset: q.offset }), ds.store.countArticles(filter)]);
  const counts = await ds.store.claimCounts(articles.map((a) => a.id));
  return pageOf(articles.map((a) => articleSummary(a, counts.get(a.id) ?? 0)), total, q, '/api/articles', filter);
}

export interface SearchItem {
  kind: 'article' | 'claim';
  article: { id: number; doc: string; title: string | null; outlet: string | null; published: string | null; href: string };
  claim: ClaimSummary | null;
  /** Matching text with the matched words between [ and ] (full-text search), else the claim quote or title. */
  snippet: string;
  date: string | null;
}

/** A region and the codes that stand for it (aliases: one region under two codes). */
function regionCodes(region: string, aliases: Record<string, string>): string[] {
  const codes = new Set([region]);
  if (aliases[region]) codes.add(aliases[region]);
  for (const [code, to] of Object.entries(aliases)) if (to === region) codes.add(code);
  return [...codes];
}

function claimMatches(c: StoredClaim, q: Query, aliases: Record<string, string>): boolean {
  if (q.actor && c.claim.actor !== q.actor) return false;
  if (q.issue && c.claim.issue !== q.issue) return false;
  if (q.type && c.claim.type !== q.type) return false;
  if (q.region && !c.claim.regions.some((r) => r === q.region || aliases[r] === q.region || aliases[q.region!] === r)) return false;
  if (q.outlet) {
    const o = q.outlet.toLowerCase();
    if (!(c.claim.source.outlet ?? '').toLowerCase().includes(o) && !(c.publisher ?? '').toLowerCase().includes(o)) return false;
  }
  const start = c.dateStart ?? c.published;
  const end = c.dateEnd ?? c.published;
  if (q.from && !(end && end >= q.from)) return false;
  if (q.to && !(start && start <= q.to)) return false;
  return true;
}

const hasClaimFilter = (q: Query) => !!(q.actor || q.issue || q.type || q.region);

/** The article's own filters: outlet and publication dates. */
function articleMatchesOwn(a: HitArticle, q: Query): boolean {
  if (q.outlet && !(a.outlet ?? '').toLowerCase().includes(q.outlet.toLowerCase())) return false;
  if (q.from && !(a.published && a.published >= q.from)) return false;
  if (q.to && !(a.published && a.published <= q.to)) return false;
  return true;
}

/** What a search hit shows of its article (and its own filters read). */
type HitArticle = Pick<StoredArticle, 'id' | 'doc' | 'title' | 'outlet' | 'published'>;

/** The article fields a search hit came with (a search without filters needs no more). */
const articleOfHit = (h: SearchHit): HitArticle => ({ id: h.articleId, doc: h.doc, title: h.title, outlet: h.outlet, published: h.published });

const articleRef = (a: HitArticle) => ({ id: a.id, doc: a.doc, title: a.title, outlet: a.outlet, published: a.published, href: `/articles/${a.id}` });

/** Most full-text hits of each kind read before filtering. */
export const SEARCH_WINDOW = 1000;

type SearchResult = PageOf<SearchItem> & { query: Record<string, string | undefined>; truncated: boolean };

/**
 * Search: with text, the best full-text hits filtered by the other parameters; without text, a page of the
 * claims and articles matching the filters, newest first, read by the store (Store.browse). Either way only
 * the page's rows are read in full. Text alone: claims, then articles, each newest first among the latest
 * SEARCH_WINDOW matches of its kind, counted by the index; only the page's hits are read (articles are not
 * ranked at all while the page is within the claims). With filters: at most SEARCH_WINDOW hits of each kind,
 * every match ranked, filtered here.
 */
export async function search(ds: DataSource, q: Query): Promise<SearchResult> {
  const aliases = ds.regions?.aliases ?? {};
  const kind = q.kind ?? 'all';
  const params = filterParams(q);
  if (!q.q) return browse(ds, q, params, aliases);
  const filtered = hasClaimFilter(q) || !!(q.outlet || q.from || q.to);
  // Rank without snippets (cheap); the page's few hits get theirs below.
  const lazy = typeof ds.store.snippets === 'function';
  const only = kind === 'all' ? {} : { kind: kind as 'article' | 'claim' };
  let looked: SearchHit[];
  let truncated: boolean;
  let counted = 0;
  if (filtered) {
    // Read only as many ranked hits as the page needs, ten times over (the filters drop some), at most SEARCH_WINDOW;
    // every match is ranked, so that older ones are found (dates especially).
    const window = Math.min(SEARCH_WINDOW, Math.max(100, (q.offset + q.limit) * 10));
    looked = await ds.store.search(q.q, { limit: window, snippets: !lazy, ...only });
    truncated = looked.filter((h) => h.kind === 'claim').length >= window || looked.filter((h) => h.kind === 'article').length >= window;
  } else {
    ({ hits: looked, total: counted, truncated } = await recentHits(ds, q.q, kind, q.offset, q.limit, !lazy));
  }
  // Without filters only the page's hits are read; with filters, the rows the filters look at: the hits' claims
  // and articles (and, with claim filters, the claims of article hits).
  const refs = looked.flatMap((h) => (h.kind === 'claim' && h.claim ? [h.claim] : []));
  const articleHits = [...new Set(looked.filter((h) => h.kind === 'article').map((h) => h.articleId))];
  // Without filters, the article fields a hit shows came with the hit (the store read them with it).
  const [claims, articles, claimsOfArticles] = await Promise.all([
    refs.length ? ds.store.listClaims({ refs }) : [],
    filtered ? ds.store.listArticles({ ids: [...new Set(looked.map((h) => h.articleId))] }) : looked.map(articleOfHit),
    hasClaimFilter(q) && articleHits.length ? ds.store.listClaims({ articleIds: articleHits }) : [],
  ]);
  const claimByRef = new Map(claims.map((c) => [c.ref, c]));
  const articleById = new Map<number, HitArticle>(articles.map((a) => [a.id, a]));
  const cq: Query = { ...q, outlet: undefined, from: undefined, to: undefined };
  const withMatchingClaim = new Set(claimsOfArticles.filter((c) => claimMatches(c, cq, aliases)).map((c) => c.articleId));
  const matched: Array<{ hit: SearchHit; article: HitArticle; claim: StoredClaim | null }> = [];
  for (const h of looked) {
    const a = articleById.get(h.articleId);
    if (!a) continue; // removed since the search ran
    if (h.kind === 'claim') {
      const c = h.claim ? claimByRef.get(h.claim) : undefined;
      if (c && claimMatches(c, q, aliases)) matched.push({ hit: h, article: a, claim: c });
    } else if (articleMatchesOwn(a, q) && (!hasClaimFilter(q) || withMatchingClaim.has(a.id))) {
      matched.push({ hit: h, article: a, claim: null });
    }
  }
  const shown = filtered ? matched.slice(q.offset, q.offset + q.limit) : matched;
  const total = filtered ? matched.length : counted;
  // A claim's snippet is its quote with the words marked, here (the quote is at hand; see store/highlight.ts);
  // an article's comes from the store's full-text engine, for the page's few only.
  for (const m of shown) if (m.claim && (lazy || !m.hit.snippet)) m.hit.snippet = highlightText(m.claim.claim.quote, q.q);
  const articleShown = shown.filter((m) => !m.claim).map((m) => m.hit);
  if (lazy && articleShown.length) await ds.store.snippets!(q.q, articleShown);
  const eventOf = await ds.store.eventsOfClaims(shown.flatMap((m) => (m.claim ? [m.claim.key] : [])));
  const items: SearchItem[] = shown.map((m) => m.claim
    ? { kind: 'claim', article: articleRef(m.article), claim: claimSummary(m.claim, eventOf.get(m.claim.key) ?? null), snippet: m.hit.snippet, date: m.claim.dateStart ?? m.article.published }
    : { kind: 'article', article: articleRef(m.article), claim: null, snippet: m.hit.snippet, date: m.article.published });
  return { query: params, truncated, ...pageOf(items, total, q, '/api/search', params) };
}

/**
 * The page `offset`, `limit` of the hits of a text alone (claims first, then articles), each kind newest first
 * among its latest SEARCH_WINDOW matches; the total is counted by the index (at most SEARCH_WINDOW of each kind).
 * Articles are ranked only when the page reaches past the claims.
 */
async function recentHits(ds: DataSource, text: string, kind: string, offset: number, limit: number, snippets: boolean):
  Promise<{ hits: SearchHit[]; total: number; truncated: boolean }> {
  const bounded = { reached: false };
  const end = offset + limit;
  const ranked = async (k: 'article' | 'claim', from: number, n: number, count = true) => {
    const matches = { article: 0, claim: 0 };
    const hits = await ds.store.search(text, { kind: k, offset: from, limit: n, snippets, recent: SEARCH_WINDOW, ...(count ? { bounded, matches } : {}) });
    return { hits, count: matches[k] };
  };
  if (kind === 'article' || kind === 'claim') {
    const r = await ranked(kind, offset, limit);
    return { hits: r.hits, total: r.count, truncated: bounded.reached };
  }
  // The claims' page and the articles' count at once (a client/server store answers them in parallel); the
  // articles follow the claims (article i is hit claims.count + i) and are ranked only when the page reaches them.
  const [claims, counted] = await Promise.all([ranked('claim', offset, limit), ranked('article', 0, 0)]);
  const from = Math.max(0, offset - claims.count);
  const n = Math.max(0, end - claims.count) - from;
  const articles = n > 0 ? (await ranked('article', from, n, false)).hits : [];
  return { hits: [...claims.hits, ...articles], total: claims.count + counted.count, truncated: bounded.reached };
}

/** Filters only: the store sorts and pages the matching claims and articles; the page's rows are read in full. */
async function browse(ds: DataSource, q: Query, params: Record<string, string | undefined>, aliases: Record<string, string>): Promise<SearchResult> {
  const { total, items } = await ds.store.browse({
    actor: q.actor, issue: q.issue, type: q.type, regions: q.region ? regionCodes(q.region, aliases) : undefined,
    outlet: q.outlet, from: q.from, to: q.to, kind: (q.kind ?? 'all') as 'all' | 'article' | 'claim',
  }, { limit: q.limit, offset: q.offset });
  const keys = items.flatMap((i) => (i.claimKey != null ? [i.claimKey] : []));
  const [claims, articles, eventOf] = await Promise.all([
    ds.store.claimsByKeys(keys), ds.store.listArticles({ ids: [...new Set(items.map((i) => i.articleId))] }), ds.store.eventsOfClaims(keys),
  ]);
  const claimByKey = new Map(claims.map((c) => [c.key, c]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const built: SearchItem[] = [];
  for (const i of items) {
    const a = articleById.get(i.articleId);
    const c = i.claimKey != null ? claimByKey.get(i.claimKey) : undefined;
    if (!a || (i.claimKey != null && !c)) continue; // removed meanwhile
    built.push(c
      ? { kind: 'claim', article: articleRef(a), claim: claimSummary(c, eventOf.get(c.key) ?? null), snippet: c.claim.quote, date: i.date }
      : { kind: 'article', article: articleRef(a), claim: null, snippet: a.title ?? a.doc, date: i.date });
  }
  return { query: params, truncated: false, ...pageOf(built, total, q, '/api/search', params) };
}
