// Output channels of a command, injectable so that commands can be tested in-process.
import { terminalSafe } from '../util/terminal.js';
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
}

let pipesWatched = false;

/**
 * A closed pipe (`parley export | head -1`) ends the command quietly with status 0, as Unix tools
 * stop when their reader has gone, instead of an unhandled EPIPE stack trace. Other write errors
 * still surface.
 */
export function endQuietlyOnClosedPipe(): void {
  if (pipesWatched) return;
  pipesWatched = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(0);
      throw error;
    });
  }
}

/** The one escape sequence Parley writes itself: back to the line start and clear it (ingest's progress line). */
export const CLEAR_LINE = '\r\u001b[2K';

/**
 * stdout and stderr of the process. Control characters that came from data (articles, file names)
 * are escaped on stderr always and on stdout when it is a terminal (a file or pipe gets the data
 * as it is); commands also escape each field of their tables and messages (util/terminal.ts).
 */
export function processIO(): CommandIO {
  endQuietlyOnClosedPipe();
  return {
    out: (text) => { process.stdout.write(process.stdout.isTTY ? terminalSafe(text) : text); },
    err: (text) => { process.stderr.write(text.split(CLEAR_LINE).map(terminalSafe).join(CLEAR_LINE)); },
  };
}

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {
  exitCode = 2;
}
