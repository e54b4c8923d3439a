// Shared helpers for commands that read inputs.
import type { Problem } from '../article/types.js';
import { UsageError } from './io.js';
import { oneLine } from '../util/terminal.js';
import { checkMetaDefaults, type MetaDefaults } from '../article/fill-meta.js';

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

/** `--published`, `--outlet`, `--url`, `--title`: metadata for inputs that lack it (extract, eval, ingest). */
export const META_OPTIONS = {
  published: { type: 'string' },
  outlet: { type: 'string' },
  url: { type: 'string' },
  title: { type: 'string' },
} as const;

export const META_USAGE = `  --published DATE           publication date (YYYY-MM-DD) for inputs that lack one, e.g. pasted
                             text without a header block: relative dates resolve against it
  --outlet NAME, --url URL, --title TEXT
                             the same for the publisher, the address and the title (a header,
                             meta tag or record field always wins)`;

export function metaOption(values: { published?: string; outlet?: string; url?: string; title?: string }): MetaDefaults | undefined {
  const given = { published: values.published, outlet: values.outlet, url: values.url, title: values.title };
  if (Object.values(given).every((v) => v === undefined)) return undefined;
  const r = checkMetaDefaults(given);
  if (!r.ok) throw new UsageError(r.message);
  return r.meta;
}
