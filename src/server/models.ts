// The JSON models behind every page: each page renders exactly what its /api twin returns.
import type { EventRecord, SearchHit, StoredArticle, StoredClaim } from '../store/types.js';
import { positionAsOf, sortStances, STANCES, type Change, type EvidenceRef, type Position, type PositionStep, type RegionStance, type Stance } from '../track/index.js';
import type { ActorView, DataSource, EventIndex, Snapshot } from './data.js';
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

export function articleSummary(a: StoredArticle, snap: Snapshot): ArticleSummary {
  return {
    id: a.id, doc: a.doc, title: a.title, outlet: a.outlet, published: a.published, url: a.url,
    claims: snap.claimsByArticle.get(a.id)?.length ?? 0, href: `/articles/${a.id}`,
  };
}

export interface ClaimSummary {
  ref: string; id: string; actor: string; type: string; issue: string; target: string | null; regions: string[];
  date: StoredClaim['claim']['date']['value']; date_start: string | null; date_end: string | null;
  outlet: string | null; credited: boolean; count: number | null; quote: string; span: [number, number];
  event: string | null; article: number;
}

export function claimSummary(c: StoredClaim, snap: Snapshot): ClaimSummary {
  return {
    ref: c.ref, id: c.claim.id, actor: c.claim.actor, type: c.claim.type, issue: c.claim.issue, target: c.claim.target ?? null,
    regions: c.claim.regions, date: c.claim.date.value, date_start: c.dateStart, date_end: c.dateEnd,
    outlet: c.claim.source.outlet, credited: c.claim.source.credited, count: c.claim.source.count ?? null,
    quote: c.claim.quote, span: c.claim.span, event: snap.eventOfClaim.get(c.key) ?? null, article: c.articleId,
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

export function overview(ds: DataSource, snap: Snapshot): Overview {
  const cells: OverviewCell[] = [];
  const present = new Set(snap.positions.map((p) => p.issue));
  for (const p of snap.positions) {
    const last = p.steps[p.steps.length - 1];
    if (!last) continue;
    cells.push({
      actor: p.actor, issue: p.issue, date: last.date, implied: last.implied, types: last.types, change: last.change?.label ?? null,
      summary: p.issue === 'territory' ? stanceSummary(last.stances) : last.types.join(', '),
      change_text: last.change?.text ?? null, outlets: last.outlets,
      steps: p.steps.length, events: last.events, href: `/timeline/${seg(p.actor)}/${seg(p.issue)}`,
    });
  }
  const withPositions = new Set(cells.map((c) => c.actor));
  return {
    stats: { articles: snap.articles.length, claims: snap.claims.length, events: snap.events.length, positions: snap.positions.length },
    last_date: snap.lastDate,
    actors: snap.actors.filter((a) => withPositions.has(a.code)).map((a) => ({ code: a.code, name: ds.actor(a.code), events: a.events, href: href('/search', { actor: a.code }) })),
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
  /** Territory: one row per region stated up to the window's end, its segments clipped to the window. */
  bands: Band[];
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

/** The position of one actor on one issue from its view (throws 404 when there is none). */
export function positionOf(view: ActorView, issue: string): Position {
  const p = view.positions.get(issue);
  if (!p || !p.steps.length) throw notFound(`no position of ${view.actor} on ${issue} in this database`, 'no_position');
  return p;
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
export function timeline(ds: DataSource, view: ActorView, issue: string, q: Query, base: string, options: { bands?: boolean } = {}): Timeline {
  const actor = view.actor;
  const p = positionOf(view, issue);
  const window = windowOf(p, q);
  const [start, end] = windowRange(p, window);
  const inWindow = end - start;
  const from = start + Math.min(q.offset, inWindow);
  const to = Math.min(end, from + q.limit);
  const steps = p.steps.slice(from, to).map((s) => timelineStep(ds, view.eventById, s));
  let last: string | null = null;
  for (const id of p.steps[p.steps.length - 1]?.events ?? []) {
    const e = view.eventById.get(id);
    if (e?.dateEnd && (!last || e.dateEnd > last)) last = e.dateEnd;
  }
  const more = q.offset + q.limit < inWindow;
  const wq = window ? { from: q.from, to: q.to } : {};
  return {
    actor, actor_name: ds.actor(actor), issue, territorial: issue === 'territory',
    first_date: p.steps[0]?.date ?? null, last_date: last ?? p.steps[p.steps.length - 1]?.date ?? null, position_steps: p.steps.length,
    window, steps_total: inWindow, limit: q.limit, offset: q.offset, next: more ? href(base, { ...wq, limit: q.limit, offset: q.offset + q.limit }) : null, steps,
    narrative: narrativeLines(ds, p, from, to), bands: issue === 'territory' && options.bands !== false ? clipBands(positionBands(p), window) : [],
    other_issues: [...view.positions.values()].filter((x) => x.issue !== issue && x.steps.length).map((x) => x.issue).sort(),
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
export function regionMap(ds: DataSource, index: EventIndex, view: ActorView | null, q: Query): MapModel {
  const date = q.date ?? index.lastDate ?? new Date().toISOString().slice(0, 10);
  const aliases = ds.regions?.aliases ?? {};
  const actors = index.territorial.map((a) => a.actor).sort();
  const actor = view?.actor ?? null;
  const p = view?.positions.get('territory') ?? null;
  const step = p ? positionAsOf(p, date) : null;
  const byRegion = new Map<string, RegionStance>();
  for (const s of step?.stances ?? []) byRegion.set(s.region, s);
  const regions = MAP_TILES.map((t): MapRegion => {
    const st = byRegion.get(aliases[t.code] ?? t.code);
    const stances: MapStance[] = st ? [{
      actor: actor!, stance: st.stance, basis: st.basis, since: st.since,
      events: st.events.map((id) => { const e = view!.eventById.get(id); return { id, quote: e?.quote ?? '', outlets: e?.outlets ?? 0, href: `/events/${seg(id)}` }; }),
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
  reports_list: Report[];
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

export async function eventPage(ds: DataSource, snap: Snapshot, id: string): Promise<EventPage> {
  const e = snap.eventById.get(id);
  if (!e) throw notFound(`no event ${id} in this database`, 'no_event');
  const reports: Report[] = [];
  const texts = new Map<number, string>();
  for (const key of e.claimKeys) {
    const c = snap.claimByKey.get(key);
    if (!c) continue;
    let text = texts.get(c.articleId);
    if (text === undefined) {
      text = (await ds.store.getArticle(c.articleId))?.text ?? '';
      texts.set(c.articleId, text);
    }
    const a = snap.articleById.get(c.articleId);
    reports.push({
      claim: c.ref, id: c.claim.id, type: c.claim.type, regions: c.claim.regions, date: c.claim.date.value,
      outlet: c.claim.source.outlet, credited: c.claim.source.credited, count: c.claim.source.count ?? null, attribution: c.claim.source.attribution,
      publisher: c.publisher, published: c.published, url: c.url,
      article: { id: c.articleId, doc: a?.doc ?? c.claim.doc, title: c.title, href: `/articles/${c.articleId}#c-${seg(c.ref)}` },
      quote: c.claim.quote, span: c.claim.span, context: contextOf(text, c.claim.span),
    });
  }
  reports.sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '') || x.claim.localeCompare(y.claim));
  return { ...eventSummary(e), actor_name: ds.actor(e.actor), timeline: `/timeline/${seg(e.actor)}/${seg(e.issue)}`, reports_list: reports };
}

// ---------------------------------------------------------------- article

export interface ArticlePage extends ArticleSummary {
  /** The original URL when it is a safe http(s) link, else null (the raw value is in `url`). */
  link: string | null;
  source: string;
  text: string;
  claim_list: ClaimSummary[];
}

export async function articlePage(ds: DataSource, snap: Snapshot, id: number): Promise<ArticlePage> {
  const a = await ds.store.getArticle(id);
  if (!a) throw notFound(`no article ${id} in this database`, 'no_article');
  const claims = (snap.claimsByArticle.get(id) ?? []).map((c) => claimSummary(c, snap));
  return {
    id: a.id, doc: a.doc, title: a.title, outlet: a.outlet, published: a.published, url: a.url, claims: claims.length,
    href: `/articles/${a.id}`, link: safeExternalUrl(a.url), source: a.source, text: a.text, claim_list: claims,
  };
}

// ---------------------------------------------------------------- lists and search

export function eventList(snap: Snapshot, q: Query): EventSummary[] {
  const outlet = q.outlet?.toLowerCase();
  return snap.events.filter((e) => {
    if (q.actor && e.actor !== q.actor) return false;
    if (q.issue && e.issue !== q.issue) return false;
    if (q.type && e.type !== q.type && !(e.types as string[]).includes(q.type)) return false;
    if (q.region && !e.regions.includes(q.region)) return false;
    if (q.from && !(e.dateEnd && e.dateEnd >= q.from)) return false;
    if (q.to && !(e.dateStart && e.dateStart <= q.to)) return false;
    if (outlet && !e.outletNames.some((n) => n.toLowerCase().includes(outlet)) &&
      !e.claimKeys.some((k) => { const c = snap.claimByKey.get(k); return !!c && ((c.claim.source.outlet ?? '').toLowerCase().includes(outlet) || (c.publisher ?? '').toLowerCase().includes(outlet)); })) return false;
    return true;
  }).map(eventSummary);
}

export interface SearchItem {
  kind: 'article' | 'claim';
  article: { id: number; doc: string; title: string | null; outlet: string | null; published: string | null; href: string };
  claim: ClaimSummary | null;
  /** Matching text with the matched words between [ and ] (full-text search), else the claim quote or title. */
  snippet: string;
  date: string | null;
  /** The store hit behind this item, kept only until its snippet is filled in. */
  hit?: SearchHit;
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
function articleMatchesOwn(a: StoredArticle, q: Query): boolean {
  if (q.outlet && !(a.outlet ?? '').toLowerCase().includes(q.outlet.toLowerCase())) return false;
  if (q.from && !(a.published && a.published >= q.from)) return false;
  if (q.to && !(a.published && a.published <= q.to)) return false;
  return true;
}

function articleMatches(a: StoredArticle, q: Query, snap: Snapshot, aliases: Record<string, string>): boolean {
  if (!articleMatchesOwn(a, q)) return false;
  if (hasClaimFilter(q)) {
    const cq: Query = { ...q, outlet: undefined, from: undefined, to: undefined };
    if (!(snap.claimsByArticle.get(a.id) ?? []).some((c) => claimMatches(c, cq, aliases))) return false;
  }
  return true;
}

const articleRef = (a: StoredArticle) => ({ id: a.id, doc: a.doc, title: a.title, outlet: a.outlet, published: a.published, href: `/articles/${a.id}` });

/** Most full-text hits of each kind read before filtering. */
export const SEARCH_WINDOW = 1000;

export async function search(ds: DataSource, snap: Snapshot, q: Query): Promise<PageOf<SearchItem> & { query: Record<string, string | undefined>; truncated: boolean }> {
  const aliases = ds.regions?.aliases ?? {};
  const kind = q.kind ?? 'all';
  const items: SearchItem[] = [];
  let truncated = false;
  if (q.q) {
    // Read only as many ranked hits as the page needs (more when filters will drop some), at most SEARCH_WINDOW.
    const filtered = hasClaimFilter(q) || !!(q.outlet || q.from || q.to);
    const window = Math.min(SEARCH_WINDOW, Math.max(100, (q.offset + q.limit) * (filtered ? 10 : 2)));
    // Rank without snippets (cheap); the page's few hits get theirs below.
    const lazy = typeof ds.store.snippets === 'function';
    const hits = await ds.store.search(q.q, { limit: window, snippets: !lazy });
    truncated = hits.filter((h) => h.kind === 'claim').length >= window || hits.filter((h) => h.kind === 'article').length >= window;
    for (const h of hits) {
      if (kind !== 'all' && h.kind !== kind) continue;
      const a = snap.articleById.get(h.articleId);
      if (!a) continue; // stored after this snapshot
      if (h.kind === 'claim') {
        const c = h.claim ? snap.claimByRef.get(h.claim) : undefined;
        if (!c || !claimMatches(c, q, aliases)) continue;
        items.push({ kind: 'claim', article: articleRef(a), claim: claimSummary(c, snap), snippet: h.snippet, date: c.dateStart ?? a.published, hit: h });
      } else {
        if (!articleMatches(a, q, snap, aliases)) continue;
        items.push({ kind: 'article', article: articleRef(a), claim: null, snippet: h.snippet, date: a.published, hit: h });
      }
    }
    if (lazy) {
      const shown = items.slice(q.offset, q.offset + q.limit);
      await ds.store.snippets!(q.q, shown.map((i) => i.hit!));
      for (const i of shown) i.snippet = i.hit!.snippet;
    }
    for (const i of items) delete i.hit;
  } else {
    // Filters only: match and sort light entries, then build the full items of the page alone
    // (building a summary for each of thousands of matching claims dominated the response time).
    type Light = { claim?: StoredClaim; article: StoredArticle; date: string | null };
    const light: Light[] = [];
    // One pass over the claims answers both questions: which claims match, and which articles have a claim
    // matching the claim filters (the article filter), instead of re-checking every article's claims.
    const cq: Query | null = hasClaimFilter(q) ? { ...q, outlet: undefined, from: undefined, to: undefined } : null;
    const articlesWithClaim = new Set<number>();
    for (const c of snap.claims) {
      if (cq) { if (!claimMatches(c, cq, aliases)) continue; articlesWithClaim.add(c.articleId); }
      if (kind === 'article' || !claimMatches(c, q, aliases)) continue;
      const a = snap.articleById.get(c.articleId);
      if (a) light.push({ claim: c, article: a, date: c.dateStart ?? a.published });
    }
    if (kind !== 'claim') {
      for (const a of snap.articles) if ((!cq || articlesWithClaim.has(a.id)) && articleMatchesOwn(a, q)) light.push({ article: a, date: a.published });
    }
    light.sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '') || (!x.claim === !y.claim ? 0 : x.claim ? -1 : 1) || x.article.id - y.article.id);
    const params = filterParams(q);
    const page = paginate(light, q, '/api/search', params);
    const built: SearchItem[] = page.items.map((l) => l.claim
      ? { kind: 'claim', article: articleRef(l.article), claim: claimSummary(l.claim, snap), snippet: l.claim.claim.quote, date: l.date }
      : { kind: 'article', article: articleRef(l.article), claim: null, snippet: l.article.title ?? l.article.doc, date: l.date });
    return { query: params, truncated, ...page, items: built };
  }
  const params = filterParams(q);
  return { query: params, truncated, ...paginate(items, q, '/api/search', params) };
}
