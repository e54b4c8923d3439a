// Web benchmark: p50/p95 latency of the overview, a timeline (whole and zoomed), the map and search (page and API) under
// concurrent requests. The server runs in this process on loopback; the load comes from a SECOND
// process (a small node script with keep-alive connections), so client work does not distort it.
// Usage: await benchWeb('/tmp/x/bench.db') — prints and returns the figures.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { startServer } from '../src/server/index.js';
import { openSqliteStore } from '../src/store/sqlite.js';

export interface WebLatency { cache: boolean; name: string; path: string; requests: number; concurrency: number; p50Ms: number; p95Ms: number; maxMs: number; rps: number; errors: number }

/** The load generator, run by a second `node` process: argv = base URL, concurrency, requests, paths... */
const LOAD_SCRIPT = `
const http = require('node:http');
const [base, conc, total, ...paths] = process.argv.slice(1);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(conc) });
function once(path) {
  return new Promise((resolve) => {
    const t = process.hrtime.bigint();
    const req = http.get(base + path, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - t) / 1e6, ok: res.statusCode === 200 }));
    });
    req.on('error', () => resolve({ ms: Number(process.hrtime.bigint() - t) / 1e6, ok: false }));
  });
}
(async () => {
  const out = [];
  for (const path of paths) {
    for (let i = 0; i < Math.min(20, Number(total)); i++) await once(path); // warm-up
    const ms = [];
    let errors = 0;
    let next = 0;
    const started = process.hrtime.bigint();
    await Promise.all(Array.from({ length: Number(conc) }, async () => {
      while (next < Number(total)) { next++; const r = await once(path); ms.push(r.ms); if (!r.ok) errors++; }
    }));
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    ms.sort((a, b) => a - b);
    const q = (p) => ms[Math.min(ms.length - 1, Math.floor(ms.length * p))];
    out.push({ path, requests: ms.length, p50Ms: q(0.5), p95Ms: q(0.95), maxMs: ms[ms.length - 1], rps: ms.length / wall, errors });
  }
  process.stdout.write(JSON.stringify(out));
  agent.destroy();
})();
`;

export function runLoad(base: string, concurrency: number, requests: number, paths: string[]): Promise<Array<Omit<WebLatency, 'name' | 'concurrency' | 'cache'>>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', LOAD_SCRIPT, base, String(concurrency), String(requests), ...paths], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      try { resolve(JSON.parse(out)); } catch (e) { reject(e); }
    });
  });
}

/**
 * Runs the load twice: with the server's response cache off (every request computed: the honest
 * worst case) and on (the default: repeated requests between ingests served from memory).
 */
export async function benchWeb(dbPath: string, options: { concurrency?: number; requests?: number } = {}): Promise<WebLatency[]> {
  const out: WebLatency[] = [];
  for (const cache of [false, true]) out.push(...await benchOnce(dbPath, cache, options.concurrency ?? 16, options.requests ?? 400));
  return out;
}

async function benchOnce(dbPath: string, cache: boolean, concurrency: number, requests: number): Promise<WebLatency[]> {
  const store = await openSqliteStore(dbPath, { mustExist: true });
  const t0 = performance.now();
  const { server, url } = await startServer({ store, port: 0, host: '127.0.0.1', cache });
  const startMs = performance.now() - t0;
  try {
    // The timeline with the most steps (territory when there is one), and a word that certainly matches.
    const [summaries, stats] = await Promise.all([server.ds.positionSummaries(), server.ds.stats()]);
    const brief = [...summaries].sort((a, b) => Number(b.issue === 'territory') - Number(a.issue === 'territory') || b.steps - a.steps)[0];
    const position = brief ? (await server.ds.positionView(brief.actor, brief.issue))?.position : undefined;
    const timeline = position ? `/timeline/${encodeURIComponent(position.actor)}/${encodeURIComponent(position.issue)}` : '/';
    const year = position?.steps[Math.floor(position.steps.length / 2)]?.date.slice(0, 4) ?? '2025';
    const word = 'Donetsk';
    const targets: Array<[string, string]> = [
      ['overview (page)', '/'],
      ['overview (API)', '/api/overview'],
      [`timeline ${position ? `${position.actor} ${position.issue}, ${position.steps.length} steps` : '(none)'} (page)`, timeline],
      [`timeline zoomed to ${year} (page)`, `${timeline}?from=${year}&to=${year}`],
      ['timeline (API)', timeline.replace('/timeline/', '/api/positions/')],
      [`search "${word}" (page)`, `/search?q=${word}`],
      [`search "${word}" + actor + dates (API)`, `/api/search?q=${word}&actor=RUS&from=2024-06&to=2025-06`],
      ['search filters only, region (API)', '/api/search?region=UA-14&kind=claim'],
      ['map as of a date (page)', '/map?date=2025-01-31'],
      ['map as of a date, one actor (API)', `/api/map?date=2025-01-31&actor=${position?.actor ?? 'RUS'}`],
    ];
    // The first timeline and map requests read one actor's events by index and compute its positions
    // (then kept until the data changes): timed once each, before the load.
    const first: string[] = [];
    for (const path of [timeline, `/map?date=2025-01-31&actor=${position?.actor ?? 'RUS'}`]) {
      const t = performance.now();
      const res = await fetch(url + path);
      await res.arrayBuffer();
      first.push(`${path.split('?')[0]} ${(performance.now() - t).toFixed(0)} ms`);
    }
    const results = await runLoad(url, concurrency, requests, targets.map((t) => t[1]));
    const figures: WebLatency[] = results.map((r, i) => ({ cache, name: targets[i][0], concurrency, ...r }));
    console.log(`web: ${stats.articles} articles, ${stats.claims} claims, ${stats.events} events, ${summaries.length} positions; ` +
      `server start ${startMs.toFixed(0)} ms; load from a second process: ${concurrency} concurrent keep-alive connections, ${requests} requests per URL; response cache ${cache ? 'ON (default)' : 'OFF (every request computed)'}`);
    console.log(`  first request after start (per-actor data computed): ${first.join(', ')}`);
    for (const f of figures) {
      // Issue 8's target: timeline and map pages p95 < 200 ms with the cache off.
      const target = !cache && /^(timeline|map)/.test(f.name) ? (f.p95Ms < 200 ? '   (target p95 < 200 ms: met)' : '   (target p95 < 200 ms: MISSED)') : '';
      console.log(`  ${f.name.padEnd(48)} p50 ${f.p50Ms.toFixed(1).padStart(7)} ms   p95 ${f.p95Ms.toFixed(1).padStart(7)} ms   max ${f.maxMs.toFixed(1).padStart(7)} ms   ${f.rps.toFixed(0).padStart(6)} req/s${f.errors ? `   ${f.errors} errors` : ''}${target}`);
    }
    return figures;
  } finally {
    await server.close();
    await store.close();
  }
}

// Run directly: node dist/bench/web.js DB [concurrency] [requests]
if (process.argv[1] && /bench[\\/]web\.(js|ts)$/.test(process.argv[1])) {
  const [db, c, n] = process.argv.slice(2);
  if (!db) { console.error('usage: node dist/bench/web.js DB [concurrency] [requests]'); process.exit(2); }
  benchWeb(db, { concurrency: c ? Number(c) : undefined, requests: n ? Number(n) : undefined }).catch((e) => { console.error(e); process.exit(1); });
}
