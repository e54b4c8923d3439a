// parley search: full-text search (SQLite FTS5) over article titles and texts and claim quotes.
import type { CommandIO } from '../io.js';
import { UsageError } from '../io.js';
import { formatOption, openForQuery, parseCommand, table } from '../command-helpers.js';

export const usage = `usage: parley search TEXT... [options]

Full-text search over article titles and texts and claim quotes. Every word must occur (any
word form the tokenizer folds together, case-insensitive); the text is taken literally, so
quotes, operators and punctuation are safe.

options:
  --db FILE              database file (default ./parley.db)
  --limit N              most hits of each kind (default 20)
  --format table|json    output format (default table)`;

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(args, { db: { type: 'string' }, limit: { type: 'string' }, format: { type: 'string' } }, usage, true);
  const format = formatOption(values.format, ['table', 'json'], 'table');
  const text = positionals.join(' ');
  if (!text.trim()) throw new UsageError(`nothing to search for\n${usage}`);
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit <= 0) throw new UsageError(`--limit must be a positive whole number, got '${values.limit}'`);
  const store = await openForQuery(values.db, io);
  try {
    const hits = await store.search(text, { limit });
    if (format === 'json') {
      io.out(JSON.stringify({ query: text, hits: hits.map((h) => ({ kind: h.kind, doc: h.doc, claim: h.claim, title: h.title, outlet: h.outlet, published: h.published, snippet: h.snippet })) }, null, 2) + '\n');
      return 0;
    }
    if (hits.length === 0) { io.out('no matches\n'); return 0; }
    io.out(table(['kind', 'doc', 'claim', 'published', 'outlet', 'snippet'], hits.map((h) => [h.kind, h.doc, h.claim ?? '', h.published ?? '', h.outlet ?? '', h.snippet]), 90));
    return 0;
  } finally {
    await store.close();
  }
}
