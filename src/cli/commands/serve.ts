// parley serve: the web app and JSON API over a database (read-only unless --allow-ingest).
import type { CommandIO } from '../io.js';
import { UsageError } from '../io.js';
import { parseCommand } from '../command-helpers.js';
import { Worker } from 'node:worker_threads';
import { dbLocation } from '../../store/open.js';
import type { ServeThreadData, ServeThreadMessage } from '../../server/thread.js';
import { oneLine } from '../../util/terminal.js';

export const usage = `usage: parley serve [options]

Serves the web app (overview of positions, timelines, a region map, events, articles, search)
and its JSON API (documented at /api/openapi.json) from one process. Read-only by default.

options:
  --db FILE          database file (default ./parley.db)
  --port N           port to listen on (default 8080; 0 picks a free one)
  --host ADDR        address to listen on (default 127.0.0.1)
  --allowed-host NAME
                     also answer requests for this host name (repeatable); by default only IP
                     addresses, 'localhost' and the --host name are answered (DNS rebinding)
  --allow-ingest     accept POST /api/ingest (one article per request) with the token
  --token TOKEN      bearer token for --allow-ingest (or the PARLEY_TOKEN environment variable)
  --quiet            do not log requests`;

/**
 * The young generation of the server thread, in MB (V8 gives each semi-space a third): small, so that the
 * server's memory does not grow with the data (see server/thread.ts).
 */
const SERVE_YOUNG_MB = 3;

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'allow-ingest': { type: 'boolean' },
    token: { type: 'string' }, quiet: { type: 'boolean' }, 'allowed-host': { type: 'string', multiple: true },
  }, usage, true);
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'\n${usage}`);
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '8080') || !Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number (0–65535), got '${values.port}'`);
  const host = values.host ?? '127.0.0.1';
  const allowIngest = !!values['allow-ingest'];
  const token = values.token ?? process.env.PARLEY_TOKEN;
  if (allowIngest && (!token || token.length < 8)) throw new UsageError('--allow-ingest needs --token TOKEN (at least 8 characters) or PARLEY_TOKEN');
  if (!allowIngest && values.token) throw new UsageError('--token is only used with --allow-ingest');
  if (token && !/^[\x21-\x7e]+$/.test(token)) throw new UsageError('--token must be printable ASCII without spaces');
  const dbPath = dbLocation(values.db);
  // The store and the server run in a thread with a small young generation (see server/thread.ts): this
  // thread relays its lines and stops it on SIGINT or SIGTERM.
  const data: ServeThreadData = {
    db: dbPath, allowIngest, token, port, host, allowedHosts: values['allowed-host'] ?? [], log: !values.quiet, dbShown: oneLine(dbPath),
  };
  const thread = new Worker(new URL('../../server/thread.js', import.meta.url), {
    workerData: { serveThread: data }, resourceLimits: { maxYoungGenerationSizeMb: SERVE_YOUNG_MB }, stdout: false, stderr: false,
  });
  const ended = new Promise<number | null>((resolve) => thread.once('exit', resolve));
  let crashed: Error | null = null;
  thread.on('error', (error) => { crashed = error; });
  await new Promise<void>((resolve, reject) => {
    thread.on('message', (m: ServeThreadMessage) => {
      if (m.type === 'line') io.err(m.text);
      else if (m.type === 'listening') {
        io.err(`parley serve: ${m.location} at ${m.url}/ (API: ${m.url}/api/openapi.json)${allowIngest ? ' — ingest enabled' : ' — read-only'}\n`);
        resolve();
      } else if (m.type === 'failed') {
        if (process.env.PARLEY_DEBUG && m.stack) io.err(m.stack + '\n');
        reject(Object.assign(new Error(m.message), m.exitCode === undefined ? {} : { exitCode: m.exitCode }));
      }
    });
    void ended.then(() => reject(crashed ?? new Error('the server thread stopped')));
  });
  await new Promise<void>((resolve) => {
    const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    void ended.then(stop);
  });
  thread.postMessage('stop');
  await ended;
  if (crashed) throw crashed;
  return 0;
}
