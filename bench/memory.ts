// Bench section "memory" (issue 3) and "web" (issue 4): ingest ≥10,000 generated articles into
// SQLite, then time positions/search queries and, when the web server is built, page latency
// under concurrent load from a second process.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { BenchContext, Section, Table } from './common.js';
import { benchIngest } from './ingest.js';
import { benchQueries } from './query.js';

const ARTICLES = Number(process.env.PARLEY_BENCH_DB_ARTICLES ?? 10_000);

export const memory: Section = {
  name: 'memory',
  async run(ctx: BenchContext): Promise<Table[]> {
    const dir = join(ctx.tmp, 'memory');
    const f = await benchIngest(dir, ARTICLES);
    const tables: Table[] = [{
      title: `Ingest into SQLite (${f.articles.toLocaleString('en')} generated articles)`,
      columns: ['articles', 'claims', 'ingest s', 'articles/s', 'link s', 'events', 'stories', 'db MiB', 'MiB per 1,000 articles'],
      rows: [[f.articles, f.claims, f.seconds.toFixed(1), f.articlesPerSecond.toFixed(0), f.linkSeconds.toFixed(2), f.events, f.stories, (f.dbBytes / 2 ** 20).toFixed(1), (f.bytesPer1000 / 2 ** 20).toFixed(2)]],
    }];
    const lat = await benchQueries(f.db);
    tables.push({ title: 'Query latency on that database (in-process)', columns: ['query', 'runs', 'median ms', 'p95 ms'], rows: lat.map((l) => [l.name, l.runs, l.medianMs.toFixed(1), l.p95Ms.toFixed(1)]) });
    // The web section needs the server (issue 4); it is skipped when that module is absent.
    const webModule = join(ctx.root, 'dist', 'bench', 'web.js');
    if (existsSync(webModule)) {
      const web = await import(webModule) as { benchWeb?: (db: string) => Promise<unknown> };
      if (web.benchWeb) await web.benchWeb(f.db);
    }
    return tables;
  },
};
