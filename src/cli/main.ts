// Entry point of the `parley` command: picks the subcommand and hands it the remaining arguments.
// Subcommands are loaded lazily so that `parley extract` does not pay for the web server or SQLite.
import type { CommandIO } from './io.js';
import { processIO } from './io.js';
import { oneLine } from '../util/terminal.js';

type Loader = () => Promise<{ run: (args: string[], io: CommandIO) => Promise<number>; usage: string }>;

/** Every user-facing command. The README documents each one (a test checks it). */
export const COMMANDS: Record<string, Loader> = {
  extract: () => import('./commands/extract.js'),
  eval: () => import('./commands/eval.js'),
  ingest: () => import('./commands/ingest.js'),
  relink: () => import('./commands/relink.js'),
  worker: () => import('./commands/worker.js'),
  jobs: () => import('./commands/jobs.js'),
  positions: () => import('./commands/positions.js'),
  events: () => import('./commands/events.js'),
  search: () => import('./commands/search.js'),
  export: () => import('./commands/export.js'),
  serve: () => import('./commands/serve.js'),
};

export const USAGE = `parley — sourced negotiating positions from news articles

usage: parley <command> [options]

commands:
  extract PATH...      extract claims from article files or directories
  eval --gold FILE PATH...   score extracted claims against gold annotations
  ingest PATH|URL...   store articles and claims in a database
  relink               recompute every story and event (ingest links incrementally)
  worker               process queued ingest jobs (PostgreSQL)
  jobs                 the ingest queue: jobs by state, dead-lettered jobs
  positions            positions over time per actor and issue
  events               events (statements merged across reports)
  search TEXT          full-text search over articles and claims
  export               export claims (jsonl, csv, plover)
  serve                web app and JSON API

Run 'parley <command> --help' for the options of a command.`;

export async function main(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.out('parley 0.1.0\n');
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`parley: unknown command '${oneLine(name)}'. Run 'parley --help' for the list.\n`);
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // Commands report input problems themselves; anything reaching here is a usage error or a bug.
    // Either way the user gets one line, not a stack trace (set PARLEY_DEBUG=1 for the trace).
    if (process.env.PARLEY_DEBUG) io.err(String((error as Error).stack) + '\n');
    io.err(`parley ${name}: ${(error as Error).message}\n`);
    return (error as { exitCode?: number }).exitCode ?? 1;
  }
}
