// The route table: every page and API endpoint, its parameters and handler. The OpenAPI document is
// generated from this table, so it lists every route by construction (a test checks it too).
import type { DataSource, PositionSummary } from './data.js';
import { ApiError } from './errors.js';
import * as M from './models.js';
import * as Pg from './pages.js';
import { checkActor, checkArticleId, checkEventId, checkIssue, P, PAGE, type ParamSpec, type Query } from './params.js';
import { timelineChart } from './timeline-chart.js';

/** What a handler gets: the read model (which reads the store by index and pages), the checked query and path. */
export interface Ctx {
  ds: DataSource;
  q: Query;
  /** Validated path parameters. */
  path: Record<string, string>;
}

export type Result = { kind: 'json'; status?: number; body: unknown } | { kind: 'html'; status?: number; body: string };

export interface PathParam { name: string; description: string; check: (v: string, ds: DataSource) => string; example: string }

export interface Route {
  method: 'GET' | 'POST';
  /** OpenAPI-style template: /api/events/{id}. */
  path: string;
  summary: string;
  /** 'page' routes return HTML; 'api' routes JSON. */
  tag: 'page' | 'api';
  query: ParamSpec[];
  pathParams: PathParam[];
  /** Name of the response schema (OpenAPI components) for JSON routes. */
  schema?: string;
  /** The JSON twin of a page. */
  twin?: string;
  handler?: (ctx: Ctx) => Promise<Result> | Result;
}

const ACTOR: PathParam = { name: 'actor', description: 'Actor code (RUS, UKR, USA, …)', check: (v, ds) => checkActor(v, ds), example: 'RUS' };
const ISSUE: PathParam = { name: 'issue', description: 'Issue code (territory, ceasefire, …)', check: (v) => checkIssue(v), example: 'territory' };
const EVENT: PathParam = { name: 'id', description: 'Event id: E + 10 hex digits', check: (v) => checkEventId(v), example: 'E0123456789' };
const ARTICLE: PathParam = { name: 'id', description: 'Article id (a positive whole number)', check: (v) => String(checkArticleId(v)), example: '1' };

// A page of search hits is what is on screen: 20 by default (each hit reads its claim and article in full).
const SEARCH_Q: ParamSpec[] = [P.q, P.actor, P.issue, P.type, P.region, P.outlet, P.from, P.to, { name: 'kind', kind: 'kind', values: ['all', 'article', 'claim'], description: 'Only articles or only claims (default all)' },
  { ...P.limit, default: 20, description: 'Hits per page (1–200, default 20)' }, P.offset];
const EVENT_Q: ParamSpec[] = [P.actor, P.issue, P.type, P.region, P.outlet, P.from, P.to, ...PAGE];
const MAP_Q: ParamSpec[] = [P.date, { ...P.actor, description: 'Only this actor\'s positions' }];
// The page sends what is on screen: a page of steps (10 by default; the latest page when no period and no
// offset is asked for) and the chart of that page's period, or, with from/to, the chart of that period and
// a page of its steps. The brush over the whole span and the links page and zoom through the rest.
const TIMELINE_Q: ParamSpec[] = [{ ...P.from, description: 'Show the steps from this date (zoom; YYYY-MM-DD, YYYY-MM or YYYY)' }, { ...P.to, description: 'Show the steps up to this date (zoom)' },
  { ...P.limit, default: 10, description: 'Steps per page (1–200, default 10)' },
  { ...P.offset, routeDefault: true, description: 'Steps to skip (default: with from/to 0, the period\'s first page; without them, the latest page)' }];

const json = (body: unknown, status?: number): Result => ({ kind: 'json', body, status });
const page = (body: string): Result => ({ kind: 'html', body });

async function mapModel(ds: DataSource, q: Query) {
  const index = await ds.eventIndex();
  const actor = M.mapActor(index, q);
  return M.regionMap(ds, index, actor, actor ? await ds.positionView(actor, 'territory') : null, q);
}

/** The timeline page: the model of the period asked for, and its chart at both widths (the stylesheet shows one). */
async function timelinePage(ds: DataSource, actor: string, issue: string, q: Query): Promise<Result> {
  const view = await M.positionView(ds, actor, issue);
  const base = `/timeline/${encodeURIComponent(actor)}/${encodeURIComponent(issue)}`;
  const tl = await M.timeline(ds, view, q, base, { bands: false });
  const position = view.position;
  // The chart shows the period asked for, else the period of the page's steps.
  const at = Math.min(tl.offset, position.steps.length);
  const [start, end] = tl.window ? M.windowRange(position, tl.window) : [at, at + tl.steps.length];
  const input = { actor, issue, territorial: tl.territorial, position, window: tl.window, start, end, events: view.events, base };
  return page(Pg.timelinePage(tl, { wide: timelineChart(input, 'wide'), narrow: timelineChart(input, 'narrow') }));
}

/** Positions with their latest step: one actor's from its view, all from the summaries (both per data version). */
async function positionsList(ctx: Ctx) {
  const { ds, q } = ctx;
  const all: PositionSummary[] = q.actor
    ? await ds.actorSummaries(q.actor)
    : await ds.positionSummaries();
  const items = all.filter((p) => !q.issue || p.issue === q.issue).map((p) => {
    const last = p.last;
    return {
      actor: p.actor, issue: p.issue, steps: p.steps, first_date: p.firstDate, last_date: last?.date ?? null,
      latest: last ? { date: last.date, implied: last.implied, types: last.types, change: last.change?.label ?? null, change_text: last.change?.text ?? null, outlets: last.outlets, summary: p.issue === 'territory' ? M.stanceSummary(last.stances) : last.types.join(', '), stances: last.stances } : null,
      href: `/timeline/${encodeURIComponent(p.actor)}/${encodeURIComponent(p.issue)}`, api: `/api/positions/${encodeURIComponent(p.actor)}/${encodeURIComponent(p.issue)}`,
    };
  });
  return M.paginate(items, q, '/api/positions', { actor: q.actor, issue: q.issue });
}

async function overviewModel(ds: DataSource) {
  const [positions, index, stats] = await Promise.all([ds.positionSummaries(), ds.eventIndex(), ds.stats()]);
  return M.overview(ds, positions, index, stats);
}

export const ROUTES: Route[] = [
  // pages
  { method: 'GET', path: '/', tag: 'page', summary: 'Overview page: parties × issues', query: [], pathParams: [], twin: '/api/overview',
    handler: async ({ ds }) => page(Pg.overviewPage(await overviewModel(ds))) },
  { method: 'GET', path: '/timeline/{actor}/{issue}', tag: 'page', summary: 'Position timeline page of an actor on an issue: a chart of the period shown (from/to; every step by default) with a brush over the whole span, the story and the steps table paginated', query: TIMELINE_Q, pathParams: [ACTOR, ISSUE], twin: '/api/positions/{actor}/{issue}',
    handler: async ({ ds, path, q }) => timelinePage(ds, path.actor, path.issue, q) },
  { method: 'GET', path: '/map', tag: 'page', summary: 'Schematic map of regions coloured by one actor\'s territorial stances as of a date', query: MAP_Q, pathParams: [], twin: '/api/map',
    handler: async ({ ds, q }) => page(Pg.mapPage(await mapModel(ds, q))) },
  { method: 'GET', path: '/events/{id}', tag: 'page', summary: 'Event page: every report of one statement, paginated', query: PAGE, pathParams: [EVENT], twin: '/api/events/{id}',
    handler: async ({ ds, path, q }) => page(Pg.eventPageHtml(await M.eventPage(ds, path.id, q))) },
  { method: 'GET', path: '/articles/{id}', tag: 'page', summary: 'Article page: cleaned text with claim spans highlighted', query: [], pathParams: [ARTICLE], twin: '/api/articles/{id}',
    handler: async ({ ds, path }) => page(Pg.articlePageHtml(await M.articlePage(ds, Number(path.id)))) },
  { method: 'GET', path: '/search', tag: 'page', summary: 'Search page over articles and claims', query: SEARCH_Q, pathParams: [], twin: '/api/search',
    handler: async ({ ds, q }) => page(Pg.searchPage(ds, q, await M.search(ds, q), (await ds.eventIndex()).actors.map((a) => a.code).sort())) },
  // API
  { method: 'GET', path: '/api/overview', tag: 'api', summary: 'Latest stance per party and issue', query: [], pathParams: [], schema: 'Overview',
    handler: async ({ ds }) => json(await overviewModel(ds)) },
  { method: 'GET', path: '/api/positions', tag: 'api', summary: 'Positions (actor × issue) with their latest step', query: [P.actor, P.issue, ...PAGE], pathParams: [], schema: 'PositionPage',
    handler: async (ctx) => json(await positionsList(ctx)) },
  { method: 'GET', path: '/api/positions/{actor}/{issue}', tag: 'api', summary: 'Position timeline: the steps of the period asked for (from/to; all by default), paginated, with stances, km², change labels explained, events and the band view', query: TIMELINE_Q, pathParams: [ACTOR, ISSUE], schema: 'Timeline',
    handler: async ({ ds, path, q }) => json(await M.timeline(ds, await M.positionView(ds, path.actor, path.issue), q, `/api/positions/${encodeURIComponent(path.actor)}/${encodeURIComponent(path.issue)}`)) },
  { method: 'GET', path: '/api/map', tag: 'api', summary: 'Regions with one actor\'s territorial stances held on a date', query: MAP_Q, pathParams: [], schema: 'Map',
    handler: async ({ ds, q }) => json(await mapModel(ds, q)) },
  { method: 'GET', path: '/api/events', tag: 'api', summary: 'Events (statements merged across reports), filtered and paginated', query: EVENT_Q, pathParams: [], schema: 'EventPage',
    handler: async ({ ds, q }) => json(await M.eventList(ds, q)) },
  { method: 'GET', path: '/api/events/{id}', tag: 'api', summary: 'One event with its reports (paginated), each with its outlet, date, credited source and quote in context', query: PAGE, pathParams: [EVENT], schema: 'Event',
    handler: async ({ ds, path, q }) => json(await M.eventPage(ds, path.id, q)) },
  { method: 'GET', path: '/api/articles', tag: 'api', summary: 'Articles, filtered and paginated', query: [P.outlet, P.from, P.to, ...PAGE], pathParams: [], schema: 'ArticleList',
    handler: async ({ ds, q }) => json(await M.articleList(ds, q)) },
  { method: 'GET', path: '/api/articles/{id}', tag: 'api', summary: 'One article: cleaned text and its claims with spans and events', query: [], pathParams: [ARTICLE], schema: 'Article',
    handler: async ({ ds, path }) => json(await M.articlePage(ds, Number(path.id))) },
  { method: 'GET', path: '/api/search', tag: 'api', summary: 'Full-text search over articles and claim quotes, with filters', query: SEARCH_Q, pathParams: [], schema: 'SearchPage',
    handler: async ({ ds, q }) => json(await M.search(ds, q)) },
  { method: 'GET', path: '/api/stats', tag: 'api', summary: 'Counts of the database', query: [], pathParams: [], schema: 'Stats',
    handler: async ({ ds }) => {
      const [stats, index, positions] = await Promise.all([ds.stats(), ds.eventIndex(), ds.positionSummaries()]);
      return json({ articles: stats.articles, claims: stats.claims, events: stats.events, positions: positions.length, first_date: index.firstDate, last_date: index.lastDate, generation: ds.generation, built_at: ds.since });
    } },
  // served by the server itself
  { method: 'GET', path: '/api/openapi.json', tag: 'api', summary: 'This OpenAPI document', query: [], pathParams: [], schema: 'OpenAPI' },
  { method: 'POST', path: '/api/ingest', tag: 'api', summary: 'Ingest one article (text with header, HTML, or JSON); needs --allow-ingest and the bearer token', query: [], pathParams: [], schema: 'IngestResult' },
  { method: 'GET', path: '/static/{file}', tag: 'page', summary: 'Static assets (style.css, app.js)', query: [], pathParams: [{ name: 'file', description: 'Asset name', check: (v) => v, example: 'style.css' }] },
];

export interface Match { route: Route; raw: Record<string, string> }

const compiled = ROUTES.map((route) => {
  const names: string[] = [];
  const re = new RegExp('^' + route.path.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, (_, n) => { names.push(n); return '([^/]+)'; }) + '$');
  return { route, re, names };
});

/** Finds the route of a path; `methods` lists the methods of routes matching the path (for 405). */
export function matchRoute(method: string, pathname: string): { match: Match | null; methods: string[] } {
  const methods: string[] = [];
  for (const c of compiled) {
    const m = c.re.exec(pathname);
    if (!m) continue;
    const raw: Record<string, string> = {};
    c.names.forEach((n, i) => { raw[n] = m[i + 1]; });
    const want = method === 'HEAD' ? 'GET' : method;
    if (c.route.method === want) return { match: { route: c.route, raw }, methods: [c.route.method] };
    methods.push(c.route.method);
  }
  return { match: null, methods };
}

export function decodeSegment(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    throw new ApiError(400, 'bad_encoding', 'the path is not valid percent-encoded UTF-8');
  }
}
