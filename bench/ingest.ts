// Memory benchmark, part 1: ingest rate into SQLite and database size.
// Usage (from bench/run.ts or alone):  const r = await benchIngest(dir, 10_000)  — generates n
// articles under dir (unless already there), ingests them through the same path as `parley ingest`
// into dir/bench.db, relinks, prints and returns the figures. `node dist/bench/ingest.js [N] [DIR]`.
import { mkdirSync, readdirSync, statSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { relink } from '../src/link/index.js';
import { Pipeline } from '../src/pipeline/index.js';
import { openSqliteStore } from '../src/store/sqlite.js';

const PEOPLE = ['Vladimir Putin', 'The Kremlin', 'Volodymyr Zelensky', 'Kyiv', 'Donald Trump', 'Sergei Lavrov', 'Emmanuel Macron'];
const STANCES = [
  'demanded that Ukraine withdraw its troops from', 'said Russia could freeze the front line in', 'rejected any withdrawal from',
  'offered to hand back parts of', 'proposed a ceasefire along the current front in', 'warned of new strikes on',
];
const PLACES = ['Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson', 'Kharkiv', 'Sumy', 'Crimea', 'Mykolaiv', 'the Donbas'];
const OUTLETS = ['Example Wire', 'Example Daily', 'Example Times', 'Example Post', 'Example Gazette', 'Example Herald', 'Example Courier'];
const CREDIT = ['', ', the Financial Times reported', ', two officials told Reuters', ', according to Bloomberg', ''];
const FILLER = 'talks delegation envoy summit capital officials statement negotiators meeting proposal winter energy grid ports grain corridor prisoners exchange sanctions markets analysts parliament voters frontline villages drones shelling overnight region'.split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t ^= t + Math.imul(t ^ (t >>> 7), 61 | t); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

/** Writes n article files (~2–3 KB, each with one or two stances) into dir; a tenth are republished copies. */
export function writeBenchArticles(dir: string, n: number, seed = 7): { files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  let bytes = 0;
  let previous = '';
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 700) * 86_400_000).toISOString().slice(0, 10);
    let body: string;
    if (i % 10 === 9 && previous) {
      body = previous.replace(/officials/g, 'senior officials') + '\n\nThis article was republished with permission.';
    } else {
      const paras: string[] = [];
      paras.push(`${pick(PEOPLE)} ${pick(STANCES)} ${pick(PLACES)} on ${pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}${pick(CREDIT)}.`);
      if (r() < 0.5) paras.push(`${pick(PEOPLE)} ${pick(STANCES)} ${pick(PLACES)}, officials said.`);
      for (let p = 0; p < 6; p++) {
        const words = Array.from({ length: 40 + Math.floor(r() * 30) }, () => pick(FILLER));
        words[0] = words[0][0].toUpperCase() + words[0].slice(1);
        paras.push(words.join(' ') + ` (item ${i}-${p}).`);
      }
      body = paras.join('\n\n');
      previous = body;
    }
    const text = `url: https://bench.example/${i}\noutlet: ${pick(OUTLETS)}\npublished: ${date}\ntitle: Bench article ${i}\n---\n${body}\n`;
    writeFileSync(join(dir, `b${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: n, bytes };
}

export interface IngestFigures {
  articles: number;
  claims: number;
  seconds: number;
  articlesPerSecond: number;
  linkSeconds: number;
  events: number;
  stories: number;
  dbBytes: number;
  bytesPer1000: number;
  db: string;
}

function dbSize(path: string): number {
  return [path, `${path}-wal`, `${path}-shm`].reduce((n, p) => n + (existsSync(p) ? statSync(p).size : 0), 0);
}

/** Generates (if needed) and ingests n articles into dir/bench.db; prints and returns the figures. */
export async function benchIngest(dir: string, n: number): Promise<IngestFigures> {
  const articlesDir = join(dir, 'articles');
  if (!existsSync(articlesDir) || readdirSync(articlesDir).length < n) writeBenchArticles(articlesDir, n);
  const files = readdirSync(articlesDir).sort().slice(0, n).map((f) => join(articlesDir, f));
  const dbPath = join(dir, 'bench.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const store = await openSqliteStore(dbPath);
  const pipeline = await Pipeline.create(store);
  let articles = 0;
  let claims = 0;
  const t0 = process.hrtime.bigint();
  for await (const r of pipeline.ingest(files)) {
    if (r.outcome === 'new') { articles++; claims += r.claims; }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const link = await relink(store);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  await store.close();
  const bytes = dbSize(dbPath);
  const figures: IngestFigures = {
    articles, claims, seconds, articlesPerSecond: articles / seconds, linkSeconds: link.ms / 1000, events: link.events,
    stories: link.stories, dbBytes: bytes, bytesPer1000: (bytes / Math.max(1, articles)) * 1000, db: dbPath,
  };
  console.log(`ingest: ${articles} articles (${claims} claims) in ${seconds.toFixed(1)} s = ${figures.articlesPerSecond.toFixed(0)} articles/s (read + extract + store, one transaction each)`);
  console.log(`linking: ${link.events} events, ${link.stories} multi-article stories in ${figures.linkSeconds.toFixed(2)} s`);
  console.log(`database: ${(bytes / 2 ** 20).toFixed(1)} MiB = ${(figures.bytesPer1000 / 2 ** 20).toFixed(2)} MiB per 1,000 articles`);
  return figures;
}

if (process.argv[1] && /bench[\\/]ingest\.(js|ts)$/.test(process.argv[1])) {
  const n = Number(process.argv[2] ?? 10_000);
  const dir = process.argv[3] ?? join(tmpdir(), 'parley-bench-ingest');
  const { benchQueries } = await import('./query.js');
  const r = await benchIngest(dir, n);
  await benchQueries(r.db);
}
