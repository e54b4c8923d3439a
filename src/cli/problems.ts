// Shared helpers for commands that read inputs.
import type { Problem } from '../article/types.js';
import { UsageError } from './io.js';

/** One line naming the input and the problem; warnings are marked as such. */
export function formatProblem(p: Problem): string {
  return `${p.source}: ${p.fatal ? 'error' : 'warning'}: ${p.message}`;
}

export function parseMaxBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n <= 0) throw new UsageError(`--max-bytes must be a positive whole number of bytes, not '${value}'`);
  return n;
}
