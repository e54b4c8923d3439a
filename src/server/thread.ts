// The server thread of `parley serve`: the store and the HTTP server run in a worker thread whose young
// generation is capped (SERVE_YOUNG_MB in cli/commands/serve.ts); the command's main thread only relays
// its lines and signals, and loads none of the server's modules.
// Why (issue 11): V8 sizes a heap's young generation by the allocation it sees, up to 16 MB a semi-space,
// and never gives it back; building the positions of 30,000 articles (the first overview) allocates
// enough for it to grow, so the server's resident memory grew with the data (94 → 107–123 MB from
// 10,000 to 30,000 articles over three runs) although what it keeps barely does. A small young generation
// costs a few more minor collections and keeps the memory flat (89 → 95 MB). Node sets this limit only
// at the start of a process (--max-semi-space-size) or of a worker (resourceLimits).
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/open.js';
import { startServer } from './server.js';

/** What the command hands the thread. */
export interface ServeThreadData {
  db: string;
  allowIngest: boolean;
  token?: string;
  port: number;
  host: string;
  allowedHosts: string[];
  log: boolean;
  /** Shown in the note on unlinked articles (the location as the user gave it). */
  dbShown: string;
}

/** What the thread tells the command. */
export type ServeThreadMessage =
  | { type: 'line'; text: string }
  | { type: 'listening'; url: string; location: string }
  | { type: 'failed'; message: string; exitCode?: number; stack?: string };

async function serveThread(data: ServeThreadData, port: NonNullable<typeof parentPort>): Promise<void> {
  const say = (m: ServeThreadMessage) => port.postMessage(m);
  // Ingest through the API may create the database; otherwise it must exist, and is opened
  // read-only: serving never changes it (no journal switch, no linking; issue 10).
  const store = await openStore(data.db, data.allowIngest ? {} : { mustExist: true, readOnly: true });
  let started;
  try {
    if (store.readOnly && (await store.linksStale())) {
      say({ type: 'line', text: `note: articles stored since the last linking are not in the events yet; run 'parley relink --db ${data.dbShown}' to link them\n` });
    }
    started = await startServer({
      store, port: data.port, host: data.host, allowIngest: data.allowIngest, token: data.token, allowedHosts: data.allowedHosts,
      log: data.log ? (line) => say({ type: 'line', text: line + '\n' }) : undefined,
    });
  } catch (error) {
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${data.port} on ${data.host} is already in use (pick another with --port)`);
    if (code === 'EACCES') throw new Error(`not allowed to listen on ${data.host}:${data.port}`);
    throw error;
  }
  const server = started.server;
  port.on('message', (m) => {
    if (m !== 'stop') return;
    void server.close().then(() => store.close()).then(() => port.close());
  });
  say({ type: 'listening', url: started.url, location: store.location });
  // Start-up stays short (the lexicon only); what the first pages need is prepared right after.
  void server.warm();
}

if (parentPort && workerData?.serveThread) {
  const port = parentPort;
  serveThread(workerData.serveThread as ServeThreadData, port).catch((error: Error & { exitCode?: number }) => {
    port.postMessage({ type: 'failed', message: error.message, exitCode: error.exitCode, stack: error.stack } satisfies ServeThreadMessage);
    port.close();
  });
}
