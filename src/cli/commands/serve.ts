// parley serve: the web app and JSON API over a database (read-only unless --allow-ingest).
import type { CommandIO } from '../io.js';
import { UsageError } from '../io.js';
import { parseCommand } from '../command-helpers.js';
import { dbLocation, openStore } from '../../store/open.js';
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
  // Ingest through the API may create the database; otherwise it must exist, and is opened
  // read-only: serving never changes it (no journal switch, no linking; issue 10).
  const store = await openStore(dbPath, allowIngest ? {} : { mustExist: true, readOnly: true });
  if (store.readOnly && (await store.linksStale())) {
    io.err(`note: articles stored since the last linking are not in the events yet; run 'parley relink --db ${oneLine(dbPath)}' to link them\n`);
  }
  const { startServer } = await import('../../server/index.js');
  let started;
  try {
    started = await startServer({ store, port, host, allowIngest, token, allowedHosts: values['allowed-host'] ?? [], log: values.quiet ? undefined : (line) => io.err(line + '\n') });
  } catch (error) {
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${port} on ${host} is already in use (pick another with --port)`);
    if (code === 'EACCES') throw new Error(`not allowed to listen on ${host}:${port}`);
    throw error;
  }
  io.err(`parley serve: ${store.location} at ${started.url}/ (API: ${started.url}/api/openapi.json)${allowIngest ? ' — ingest enabled' : ' — read-only'}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await started.server.close();
  await store.close();
  return 0;
}
