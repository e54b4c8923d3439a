// `parley extract`: article files in, claims out (table, full JSON, or the flat eval records of spec §4).
import type { CommandIO } from '../io.js';
import { UsageError } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { isSupportedLanguage, readInputs } from '../../article/index.js';
import { extract } from '../../extract/index.js';
import type { Claim } from '../../extract/types.js';
import { formatEvalRecord } from '../../eval/record.js';
import { oneLine } from '../../util/terminal.js';
import { formatProblem, META_OPTIONS, META_USAGE, metaOption, parseEarliest, parseMaxBytes } from '../problems.js';
import { formatTable } from '../table.js';
import { formatTraceEvent } from '../trace.js';

export const usage = `usage: parley extract [options] PATH...

Reads articles (text files with a header block, HTML pages, JSON or JSON Lines records; a
directory reads every supported file in it) and prints the claims found in them.

options:
  --format table|json|eval   table: one line per claim (default); json: full records with span,
                             rule, conditions, modality and mentions, one per line; eval: the flat
                             JSON Lines of spec §4
  --debug                    with table: also print the rule that fired and the quote's span
  --trace                    print every rule decision (candidate found, dropped, changed,
                             holder, claim, merge) under its sentence, then the claims table
  --max-bytes N              refuse input files larger than N bytes (default 5 MiB)
  --earliest DATE            refuse publication dates before DATE (default 1900-01-01; lower it
                             for archives); dates more than a day in the future are refused too
  --lexicon DIR              extra lexicon directory with data files (repeatable)
${META_USAGE}

Problems with an input are one line each on stderr, naming the file; the other files are
still processed. exit status: 0 ok, 1 some input could not be read, 2 usage error`;

const OPTIONS = {
  format: { type: 'string', default: 'table' },
  debug: { type: 'boolean', default: false },
  trace: { type: 'boolean', default: false },
  'max-bytes': { type: 'string' },
  earliest: { type: 'string' },
  lexicon: { type: 'string', multiple: true },
  ...META_OPTIONS,
} as const;

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('extract', args, OPTIONS);
  const format = values.format;
  if (!['table', 'json', 'eval'].includes(format)) throw new UsageError(`--format must be table, json or eval, not '${format}'`);
  if (!positionals.length) throw new UsageError("no input: give one or more files or directories (see 'parley extract --help')");
  const maxBytes = parseMaxBytes(values['max-bytes']);
  const lexiconDirs = values.lexicon ?? [];
  let failed = 0;
  const rows: Claim[] = [];
  let buffer = '';
  const flush = () => { if (buffer) { io.out(buffer); buffer = ''; } };
  const earliest = parseEarliest(values.earliest);
  const meta = metaOption(values);
  // A URL is not read here (no fetching in extract): say where it is read instead of "not found".
  const urls = positionals.filter((p) => /^https?:\/\//i.test(p));
  for (const url of urls) { io.err(`${url}: error: 'parley extract' reads files; to fetch a page or a feed use 'parley ingest URL', then 'parley events' or 'parley export'\n`); failed++; }
  for await (const result of readInputs(positionals.filter((p) => !urls.includes(p)), { maxBytes, earliest, meta })) {
    for (const p of result.problems) {
      io.err(formatProblem(p) + '\n');
      if (p.fatal) failed++;
    }
    if (!result.article) continue;
    // Another language: the warning above names it; its text is not read.
    if (!isSupportedLanguage(result.article.meta.lang)) continue;
    let claims: Claim[];
    const before = result.article.warnings.length;
    try {
      if (values.trace) buffer += `== ${result.article.source}`;
      claims = extract(result.article, { lexiconDirs, trace: values.trace ? (e) => { buffer += formatTraceEvent(e) + '\n'; } : undefined });
      if (values.trace) buffer += '\n';
      // Warnings from extraction itself (too many claims).
      for (const p of result.article.warnings.slice(before)) io.err(formatProblem(p) + '\n');
    } catch (error) {
      // A bug on one article must not stop the batch; say which article.
      io.err(`${oneLine(result.article.source)}: extraction failed: ${oneLine((error as Error).message)}\n`);
      failed++;
      continue;
    }
    if (values.trace) flush();
    if (format === 'table') rows.push(...claims);
    else for (const c of claims) buffer += (format === 'eval' ? formatEvalRecord(c) : JSON.stringify(c)) + '\n';
    if (buffer.length > 1 << 16) flush();
  }
  flush();
  if (format === 'table') io.out(formatTable(rows, values.debug) + '\n');
  return failed ? 1 : 0;
}
