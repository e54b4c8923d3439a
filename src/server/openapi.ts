// The OpenAPI 3 document served at /api/openapi.json, generated from the route table.
import { DEFAULT_LIMIT, ISSUES, MAX_LIMIT, TYPES, type ParamSpec } from './params.js';
import { ROUTES } from './routes.js';
import { STANCES } from '../track/index.js';

const STANCE_LIST: string[] = [...STANCES];
const str = { type: 'string' };
const strN = { type: ['string', 'null'] };
const int = { type: 'integer' };
const strs = { type: 'array', items: str };
const dateValue = { description: 'YYYY-MM-DD, YYYY-MM, YYYY, {from, to} or null', oneOf: [str, { type: 'object', properties: { from: str, to: str } }, { type: 'null' }] };
const page = (item: string) => ({
  type: 'object', required: ['items', 'total', 'limit', 'offset', 'next'],
  properties: { items: { type: 'array', items: { $ref: `#/components/schemas/${item}` } }, total: int, limit: int, offset: int, next: { ...strN, description: 'Link to the next page, null on the last' } },
});

const SCHEMAS: Record<string, unknown> = {
  Error: {
    type: 'object', required: ['error'],
    properties: { error: { type: 'object', required: ['status', 'code', 'message'], properties: { status: int, code: str, message: str } } },
  },
  EventSummary: {
    type: 'object',
    properties: { id: str, actor: str, type: { enum: TYPES }, types: strs, issue: { enum: ISSUES }, target: strN, regions: strs, date: dateValue,
      date_start: strN, date_end: strN, outlets: int, outlet_names: strs, reports: int, quote: str, front_line: { type: 'boolean' }, href: str },
  },
  Overview: {
    type: 'object',
    properties: {
      stats: { type: 'object', properties: { articles: int, claims: int, events: int, positions: int } }, last_date: strN,
      actors: { type: 'array', items: { type: 'object', properties: { code: str, name: str, events: int, href: str } } },
      issues: strs,
      cells: { type: 'array', items: { type: 'object', properties: { actor: str, issue: str, date: str, types: strs, change: { enum: ['tougher', 'softer', 'reframed', 'unchanged', null] }, outlets: int, steps: int, events: strs, demanded_km2: { type: 'number' }, offered_km2: { type: 'number' }, href: str } } },
    },
  },
  Position: { type: 'object', properties: { actor: str, issue: str, steps: int, first_date: strN, last_date: strN, latest: { type: ['object', 'null'] }, href: str, api: str } },
  PositionPage: page('Position'),
  Region: { type: 'object', properties: { code: str, name: str, km2: { type: ['number', 'null'] } } },
  Timeline: {
    type: 'object',
    description: 'The steps of the period asked for (from/to; the whole position by default), paginated by limit/offset (without from/to and offset: the latest page)',
    properties: {
      actor: str, actor_name: str, issue: str, territorial: { type: 'boolean' }, first_date: strN, last_date: strN,
      position_steps: { ...int, description: 'Steps of the whole position' },
      window: { type: ['object', 'null'], properties: { from: str, to: str }, description: 'The period shown; null for the whole span' },
      steps_total: { ...int, description: 'Steps in the period shown' }, limit: int, offset: int, next: strN,
      steps: { type: 'array', items: { $ref: '#/components/schemas/Step' } },
      narrative: { ...strs, description: 'The story of the page\'s steps, numbered in the whole position' },
      bands: { type: 'array', items: { type: 'object', properties: { region: str, name: str, segments: { type: 'array', items: { type: 'object', properties: {
        from: str, to: strN, stance: { enum: STANCE_LIST }, implied: { type: 'boolean' }, events: strs } } } } },
        description: 'Territory: each region\'s stance over the period on screen (bands_period), its segments clipped to it' },
      bands_period: { type: ['object', 'null'], properties: { from: str, to: str }, description: 'The window when one is asked for, else from the page\'s first step to the first step of the next page' },
      months: { type: 'array', description: 'The whole position in brief: steps per month, by change label (first, tougher, softer, reframed, unchanged)',
        items: { type: 'object', properties: { month: str, steps: int, implied: int, changes: { type: 'object' } } } },
      other_issues: strs,
    },
  },
  Step: {
    type: 'object',
    properties: {
      date: str, implied: { type: 'boolean', description: 'No date in the text: placed at the publication date' }, types: strs,
      change: { enum: ['tougher', 'softer', 'reframed', 'unchanged', null] }, change_text: strN, change_detail: { type: ['object', 'null'] }, outlets: int,
      regions: { type: 'array', items: { $ref: '#/components/schemas/Region' } },
      stated: { type: 'array', items: { $ref: '#/components/schemas/Stance' } }, stances: { type: 'array', items: { $ref: '#/components/schemas/Stance' } },
      claims_km2: { type: 'number' }, concedes_km2: { type: 'number' }, events: { type: 'array', items: { $ref: '#/components/schemas/EventSummary' } },
    },
  },
  Stance: { type: 'object', properties: { region: str, name: str, stance: { enum: STANCE_LIST }, basis: { enum: ['named', 'front', 'occupied'] }, since: str, events: strs } },
  Map: {
    type: 'object',
    properties: {
      date: str, actor: strN, actor_name: strN, first_date: strN, last_date: strN, actors: strs,
      step: { type: ['object', 'null'], properties: { date: str, implied: { type: 'boolean' }, href: str, summary: str } },
      legend: { type: 'array', items: { enum: STANCE_LIST } },
      regions: { type: 'array', items: { type: 'object', properties: {
        code: str, name: str, label: str, abbr: str, col: int, row: int, foreign: { type: 'boolean' }, km2: { type: ['number', 'null'] },
        status: { enum: [...STANCE_LIST, 'none'] }, partial: { type: 'boolean' },
        stances: { type: 'array', items: { type: 'object', properties: { actor: str, stance: { enum: STANCE_LIST }, basis: str, since: str,
          events: { type: 'array', items: { type: 'object', properties: { id: str, quote: str, outlets: int, href: str } } } } } },
      } } },
    },
  },
  EventPage: page('EventSummary'),
  Report: {
    type: 'object',
    properties: {
      claim: str, id: str, type: str, regions: strs, date: dateValue, outlet: strN, credited: { type: 'boolean' }, count: { type: ['integer', 'null'] },
      attribution: str, publisher: strN, published: strN, url: { ...strN, description: 'As stored (untrusted)' },
      article: { type: 'object', properties: { id: int, doc: str, title: strN, href: str } }, quote: str, span: { type: 'array', items: int },
      context: { type: 'object', properties: { before: str, quote: str, after: str } },
    },
  },
  Event: { allOf: [{ $ref: '#/components/schemas/EventSummary' }, { type: 'object', properties: { actor_name: str, timeline: str, reports_list: { type: 'array', items: { $ref: '#/components/schemas/Report' } }, limit: int, offset: int, next: strN } }] },
  ArticleSummary: { type: 'object', properties: { id: int, doc: str, title: strN, outlet: strN, published: strN, url: strN, claims: int, href: str } },
  ArticleList: page('ArticleSummary'),
  Claim: {
    type: 'object',
    properties: { ref: str, id: str, actor: str, type: str, issue: str, target: strN, regions: strs, date: dateValue, date_start: strN, date_end: strN, outlet: strN, credited: { type: 'boolean' }, count: { type: ['integer', 'null'] }, quote: str, span: { type: 'array', items: int }, event: strN, article: int },
  },
  Article: {
    allOf: [{ $ref: '#/components/schemas/ArticleSummary' }, { type: 'object', properties: {
      link: { ...strN, description: 'The original URL when it is a safe http(s) URL' }, source: str, text: str,
      claim_list: { type: 'array', items: { $ref: '#/components/schemas/Claim' } },
    } }],
  },
  SearchItem: { type: 'object', properties: { kind: { enum: ['article', 'claim'] }, article: { type: 'object' }, claim: { oneOf: [{ $ref: '#/components/schemas/Claim' }, { type: 'null' }] }, snippet: str, date: strN } },
  SearchPage: { allOf: [page('SearchItem'), { type: 'object', properties: { query: { type: 'object' }, truncated: { type: 'boolean' } } }] },
  Stats: { type: 'object', properties: { articles: int, claims: int, events: int, positions: int, first_date: strN, last_date: strN, generation: int, built_at: str } },
  IngestResult: {
    type: 'object',
    properties: {
      articles: { type: 'array', items: { type: 'object', properties: { id: int, doc: str, outcome: { enum: ['new', 'unchanged', 'updated'] }, claims: int, href: str } } },
      problems: { type: 'array', items: { type: 'object', properties: { code: str, message: str, fatal: { type: 'boolean' } } } },
      events: int,
    },
  },
  OpenAPI: { type: 'object', description: 'An OpenAPI 3.1 document' },
};

function paramSchema(p: ParamSpec): Record<string, unknown> {
  switch (p.kind) {
    case 'issue': return { type: 'string', enum: [...ISSUES] };
    case 'type': return { type: 'string', enum: [...TYPES] };
    case 'limit': return { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: p.default ?? DEFAULT_LIMIT };
    case 'offset': return p.routeDefault ? { type: 'integer', minimum: 0 } : { type: 'integer', minimum: 0, default: 0 };
    case 'date': return { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
    case 'actor': case 'actorOrAll': return { type: 'string', pattern: '^[A-Za-z]{2,4}$' };
    case 'region': return { type: 'string', pattern: '^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$' };
    case 'kind': return { type: 'string', enum: [...(p.values ?? [])] };
    default: return { type: 'string', maxLength: 200 };
  }
}

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTES) {
    const op: Record<string, unknown> = {
      summary: r.summary,
      operationId: `${r.method.toLowerCase()}${r.path.replace(/\{(\w+)\}/g, 'By_$1').replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')) || 'Root'}`,
      tags: [r.tag === 'api' ? 'API' : 'Pages'],
      parameters: [
        ...r.pathParams.map((p) => ({ name: p.name, in: 'path', required: true, description: p.description, schema: { type: 'string' }, example: p.example })),
        ...r.query.map((p) => ({ name: p.name, in: 'query', required: false, description: p.description, schema: paramSchema(p) })),
      ],
      responses: {
        200: r.tag === 'api'
          ? { description: 'OK', content: { 'application/json': { schema: { $ref: `#/components/schemas/${r.schema ?? 'OpenAPI'}` } } } }
          : { description: r.twin ? `HTML page (JSON twin: ${r.twin})` : 'Asset', content: { [r.path.startsWith('/static') ? '*/*' : 'text/html']: { schema: { type: 'string' } } } },
        400: errorResponse('Invalid parameter (bad id, date, code, unknown or repeated parameter)'),
        404: errorResponse('No such resource'),
        405: errorResponse('Method not allowed'),
        414: errorResponse('Request target longer than 2048 bytes'),
        500: errorResponse('Internal error'),
      },
    };
    if (r.method === 'POST') {
      op.security = [{ bearer: [] }];
      op.requestBody = { required: true, description: 'One article: text with the header block, an HTML page, or a JSON record (text/body, published, outlet, url, title)', content: { 'text/plain': { schema: str }, 'text/html': { schema: str }, 'application/json': { schema: { type: 'object' } } } };
      (op.responses as Record<string, unknown>)[201] = { description: 'Stored', content: { 'application/json': { schema: { $ref: '#/components/schemas/IngestResult' } } } };
      delete (op.responses as Record<string, unknown>)[200];
      Object.assign(op.responses as Record<string, unknown>, {
        403: errorResponse('Ingest disabled (start with --allow-ingest) or wrong token'), 413: errorResponse('Body larger than 5 MiB'),
        415: errorResponse('Unsupported Content-Type'), 422: errorResponse('No readable article in the body'),
      });
    }
    (paths[r.path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley API', version: '0.1.0',
      description: 'Negotiating positions extracted from news articles: overview, positions over time, a region map, events with every report, articles with claim spans, and search. Every failure answers {"error": {"status", "code", "message"}}. Lists take limit (≤ 200) and offset and give a next link.',
    },
    paths,
    components: { schemas: SCHEMAS, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
