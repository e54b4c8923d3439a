// Memory benchmark, part 2: query latency on an ingested database (from benchIngest):
// `positions` (events → territorial positions, and an as-of comparison), `events` and `search`.
// Usage: await benchQueries('/tmp/x/bench.db') — prints and returns median/p95 milliseconds.
import { performance } from 'node:perf_hooks';
import { openSqliteStore } from '../src/store/sqlite.js';
import { buildPositions, comparePositions, loadRegionTable } from '../src/track/index.js';

export interface Latency { name: string; runs: number; medianMs: number; p95Ms: number }

async function time(name: string, runs: number, fn: () => Promise<unknown> | unknown): Promise<Latency> {
  const ms: number[] = [];
  await fn(); // warm-up
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { name, runs, medianMs: ms[Math.floor(ms.length / 2)], p95Ms: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))] };
}

export async function benchQueries(db: string, runs = 20): Promise<Latency[]> {
  const store = await openSqliteStore(db, { mustExist: true });
  try {
    const regions = await loadRegionTable();
    const stats = await store.stats();
    const results = [
      await time('positions (all actors × issues)', runs, async () => buildPositions(await store.listEvents(), { regions })),
      await time('positions --actor RUS --issue territory', runs, async () => buildPositions(await store.listEvents({ actor: 'RUS' }), { actor: 'RUS', issue: 'territory', regions })),
      await time('positions --from/--to comparison', runs, async () => {
        const [p] = buildPositions(await store.listEvents({ actor: 'RUS' }), { actor: 'RUS', issue: 'territory', regions });
        return p ? comparePositions(p, '2024-06-30', '2025-06-30') : null;
      }),
      await time('events --region UA-14', runs, () => store.listEvents({ region: 'UA-14' })),
      await time('search "Donetsk"', runs, () => store.search('Donetsk')),
      await time('search "freeze front line"', runs, () => store.search('freeze front line')),
      await time('search (no match)', runs, () => store.search('zzzunfindable')),
    ];
    console.log(`queries on ${stats.articles} articles, ${stats.claims} claims, ${stats.events} events (${runs} runs each):`);
    for (const r of results) console.log(`  ${r.name.padEnd(42)} median ${r.medianMs.toFixed(1).padStart(7)} ms   p95 ${r.p95Ms.toFixed(1).padStart(7)} ms`);
    return results;
  } finally {
    await store.close();
  }
}
