// `openDatabase(path)`: store articles and their claims, then query positions, events, claims and
// search, through the same pipeline and queries as the CLI. Its types are the library's own (no
// SQLite or Node types), so a TypeScript user needs neither @types/node nor @types/better-sqlite3.
import type { Article } from '../article/types.js';
import type { MetaDefaults } from '../article/fill-meta.js';
import type { Claim, ClaimType } from '../extract/types.js';
import type { Position } from '../track/positions.js';
import { articleFromText } from './extract-text.js';

export interface StoreResult {
  /** 'noted': no article, only a warning about the input (a feed's dropped items). */
  outcome: 'new' | 'updated' | 'unchanged' | 'failed' | 'noted';
  /** Database id of the article (null when it failed). */
  id: number | null;
  doc: string | null;
  /** Claims stored (0 when unchanged). */
  claims: number;
  /** One line per problem with the input (warnings included). */
  problems: string[];
}

export interface EventSummary {
  id: string;
  actor: string;
  type: ClaimType;
  issue: string;
  regions: string[];
  /** Overlap of the reports' dates, YYYY-MM-DD. */
  dateStart: string | null;
  dateEnd: string | null;
  /** Independent outlets behind the event and their names. */
  outlets: number;
  outletNames: string[];
  quote: string;
}

export interface StoredClaimSummary {
  /** The claim id ("doc#n"), as `extract` gives it. */
  ref: string;
  claim: Claim;
  /** The article's database id, publication date and publisher. */
  articleId: number;
  published: string | null;
  publisher: string | null;
}

export interface Filter { actor?: string; issue?: string; type?: string; region?: string; from?: string; to?: string }

export interface ParleyDatabase {
  /** Stores one article (a string, or an Article from readInputs/readArticle) with its claims. */
  add(input: string | Article, options?: MetaDefaults & { id?: string }): Promise<StoreResult>;
  /** Stores every article under the paths (files, directories) and http(s) URLs or feeds. */
  ingest(inputs: string[], options?: MetaDefaults): Promise<StoreResult[]>;
  /** Each actor's position per issue over time (spec §6). */
  positions(filter?: { actor?: string; issue?: string }): Promise<Position[]>;
  /** Statements merged across reports. */
  events(filter?: Filter & { outlet?: string }): Promise<EventSummary[]>;
  claims(filter?: { actor?: string; issue?: string; type?: string }): Promise<StoredClaimSummary[]>;
  search(text: string, options?: { limit?: number }): Promise<Array<{ kind: 'article' | 'claim'; doc: string; claim: string | null; title: string | null; snippet: string }>>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Extra lexicon directories used when extracting and for region areas. */
  lexiconDirs?: string[];
}

/**
 * Opens (creating when needed) the SQLite database at `path` (default ./parley.db). Filters are
 * checked as the CLI and the API check them: codes in any case, names accepted, an unknown value
 * throws an error naming the nearest valid values.
 */
export async function openDatabase(path = 'parley.db', options: OpenOptions = {}): Promise<ParleyDatabase> {
  const [{ openStore }, { Pipeline }, { ensureLinked }, { buildPositions, loadRegionTable }, filters, { lexiconVocabulary }] = await Promise.all([
    import('../store/open.js'), import('../pipeline/pipeline.js'), import('../link/index.js'), import('../track/index.js'),
    import('../filters/validate.js'), import('../filters/vocabulary.js'),
  ]);
  const store = await openStore(path);
  const lexiconDirs = options.lexiconDirs ?? [];
  const vocab = lexiconVocabulary(lexiconDirs);
  const check = (f: Filter = {}) => ({
    actor: f.actor === undefined ? undefined : filters.checkActor(f.actor, vocab),
    issue: f.issue === undefined ? undefined : filters.checkIssue(f.issue),
    type: f.type === undefined ? undefined : filters.checkType(f.type),
    region: f.region === undefined ? undefined : filters.checkRegion(f.region, vocab),
    from: f.from === undefined ? undefined : filters.checkDate(f.from, false, 'from'),
    to: f.to === undefined ? undefined : filters.checkDate(f.to, true, 'to'),
  });
  const pipelineFor = (meta?: MetaDefaults) => Pipeline.create(store, { lexiconDirs, meta });
  const line = (p: { source: string; message: string; fatal: boolean }) => `${p.message.startsWith(p.source) ? p.message : `${p.source}: ${p.message}`}${p.fatal ? '' : ' (warning)'}`;
  return {
    async add(input, opts = {}) {
      const pipeline = await pipelineFor();
      const article = typeof input === 'string' ? articleFromText(input, opts) : input;
      const r = await pipeline.process({ article, problems: [...article.warnings] });
      return { outcome: r.outcome, id: r.id, doc: r.doc, claims: r.claims, problems: r.problems.map(line) };
    },
    async ingest(inputs, meta) {
      const pipeline = await pipelineFor(meta);
      const out: StoreResult[] = [];
      for await (const r of pipeline.ingest(inputs)) out.push({ outcome: r.outcome, id: r.id, doc: r.doc, claims: r.claims, problems: r.problems.map(line) });
      return out;
    },
    async positions(filter = {}) {
      const f = check(filter);
      await ensureLinked(store);
      const [events, regions] = await Promise.all([store.listEvents({ actor: f.actor }), loadRegionTable(lexiconDirs)]);
      return buildPositions(events, { actor: f.actor, issue: f.issue, regions });
    },
    async events(filter = {}) {
      const f = check(filter);
      filters.checkRange(f.from, f.to);
      await ensureLinked(store);
      const events = await store.listEvents({ ...f, outlet: filter.outlet });
      return events.map((e) => ({
        id: e.id, actor: e.actor, type: e.type, issue: e.issue, regions: e.regions, dateStart: e.dateStart, dateEnd: e.dateEnd,
        outlets: e.outlets, outletNames: e.outletNames, quote: e.quote,
      }));
    },
    async claims(filter = {}) {
      const f = check(filter);
      const claims = await store.listClaims({ actor: f.actor, issue: f.issue, type: f.type });
      return claims.map((c) => ({ ref: c.ref, claim: c.claim, articleId: c.articleId, published: c.published, publisher: c.publisher }));
    },
    async search(text, opts = {}) {
      const hits = await store.search(text, { limit: opts.limit });
      return hits.map((h) => ({ kind: h.kind, doc: h.doc, claim: h.claim, title: h.title, snippet: h.snippet }));
    },
    close: () => store.close(),
  };
}
