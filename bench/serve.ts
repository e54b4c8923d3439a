// Server figures at scale (issue 11): start-up time and resident memory of a `parley serve` process on a
// database, and p95 latency of pages under concurrent load with the response cache off.
//   measureServe(db)          → start-up (spawn → listening), RSS after start, first request of each page
//                               (derived data computed), RSS after the load and peak RSS (VmHWM)
//   the load                  → a second process (web.ts's load generator) with N keep-alive connections
// Run as a child it is a server without the response cache: node dist/bench/serve.js DB [--no-cache]
// (prints its URL on stdout), the same as `parley serve` with every request computed.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BIN } from './common.js';
import { runLoad } from './web.js';

export interface ServeFigures {
  startMs: number;
  rssStartMb: number;
  /** First request of each path right after start (waiting for what the server prepares at start, if still at it). */
  first: Array<{ path: string; ms: number; bytes: number }>;
  /** First request of each path WARM_WAIT_MS after start, on another server process (prepared by then). */
  firstLater: Array<{ path: string; ms: number }>;
  latency: Array<{ path: string; requests: number; p50Ms: number; p95Ms: number; maxMs: number; rps: number; errors: number }>;
  rssAfterMb: number;
  peakRssMb: number;
}

function memOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** How long after start the second first-request measure waits (parley serve prepares the first pages meanwhile). */
export const WARM_WAIT_MS = 5000;

/** The first request of each path, in order (the client's own first fetch, a static file, done before). */
async function firstRequests(url: string, paths: string[]): Promise<Array<{ path: string; ms: number; bytes: number }>> {
  await (await fetch(url + '/static/style.css')).arrayBuffer();
  const out: Array<{ path: string; ms: number; bytes: number }> = [];
  for (const path of paths) {
    const t = process.hrtime.bigint();
    const res = await fetch(url + path);
    const body = await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    out.push({ path, ms: Number(process.hrtime.bigint() - t) / 1e6, bytes: body.byteLength });
  }
  return out;
}

/** Spawns a server and resolves with its URL once it listens. */
function spawnServer(args: string[], urlFrom: 'stdout' | 'stderr'): Promise<{ child: ChildProcess; url: string; ms: number }> {
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let text = '';
    const stream = urlFrom === 'stdout' ? child.stdout! : child.stderr!;
    (urlFrom === 'stdout' ? child.stderr! : child.stdout!).resume();
    stream.on('data', (d) => {
      text += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (m) { stream.removeAllListeners('data'); stream.resume(); resolve({ child, url: m[1], ms: Number(process.hrtime.bigint() - t0) / 1e6 }); }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${text.slice(-500)}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.removeAllListeners('exit');
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}

/**
 * `parley serve` on `db` (read-only, as users run it): start-up and memory; then, when `load` is given,
 * the same paths under load from a second process against a server with the response cache off.
 */
export async function measureServe(db: string, paths: string[], load?: { concurrency: number; requests: number }): Promise<ServeFigures> {
  const serve = await spawnServer([BIN, 'serve', '--db', db, '--port', '0', '--quiet'], 'stderr');
  let figures: ServeFigures;
  try {
    const rssStartMb = memOf(serve.child.pid!, 'VmRSS');
    const first = await firstRequests(serve.url, paths);
    // Memory after every page was served a few times (the response cache holds one body per URL).
    await runLoad(serve.url, 4, 40, paths);
    figures = { startMs: serve.ms, rssStartMb, first, firstLater: [], latency: [], rssAfterMb: memOf(serve.child.pid!, 'VmRSS'), peakRssMb: memOf(serve.child.pid!, 'VmHWM') };
  } finally {
    await stop(serve.child);
  }
  // The first requests of a user who opens the page a few seconds after starting the server.
  const later = await spawnServer([BIN, 'serve', '--db', db, '--port', '0', '--quiet'], 'stderr');
  try {
    await new Promise((r) => setTimeout(r, WARM_WAIT_MS));
    figures.firstLater = (await firstRequests(later.url, paths)).map(({ path, ms }) => ({ path, ms }));
  } finally {
    await stop(later.child);
  }
  if (load) {
    const bare = await spawnServer([fileURLToPath(import.meta.url), db, '--no-cache'], 'stdout');
    try {
      figures.latency = await runLoad(bare.url, load.concurrency, load.requests, paths);
    } finally {
      await stop(bare.child);
    }
  }
  return figures;
}

// Child: a read-only server on DB, with the response cache off when --no-cache is given.
if (process.argv[1] && /bench[\\/]serve\.(js|ts)$/.test(process.argv[1])) {
  const [db, flag] = process.argv.slice(2);
  const { openStore } = await import('../src/store/open.js');
  const { startServer } = await import('../src/server/index.js');
  const store = await openStore(db, { mustExist: true, readOnly: true });
  const { url, server } = await startServer({ store, port: 0, host: '127.0.0.1', cache: flag !== '--no-cache' });
  process.stdout.write(`${url}\n`);
  process.on('SIGTERM', () => { void server.close().then(() => store.close()).then(() => process.exit(0)); });
}
