// Shared helpers for commands that read inputs.
import type { Problem } from '../article/types.js';
import { UsageError } from './io.js';
import { oneLine } from '../util/terminal.js';

/** One line naming the input and the problem; warnings are marked as such. */
export function formatProblem(p: Problem): string {
  // Readers may already name the file in the message; name it once.
  const message = p.message.startsWith(`${p.source}: `) ? p.message.slice(p.source.length + 2) : p.message;
  // A file name with a newline or an escape sequence must not forge a line or drive the terminal.
  return `${oneLine(p.source)}: ${p.fatal ? 'error' : 'warning'}: ${oneLine(message)}`;
}

export function parseMaxBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n <= 0) throw new UsageError(`--max-bytes must be a positive whole number of bytes, not '${value}'`);
  return n;
}

/** --earliest DATE: a real YYYY-MM-DD date (publication dates before it are refused; default 1900-01-01). */
export function parseEarliest(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) throw new UsageError(`--earliest must be a date YYYY-MM-DD, not '${value}'`);
  return value;
}
