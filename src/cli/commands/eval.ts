// `parley eval`: extract claims from articles (or take a prediction file) and score them against gold.
import type { CommandIO } from '../io.js';
import { UsageError } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { oneLine } from '../../util/terminal.js';
import { formatProblem, META_OPTIONS, META_USAGE, metaOption, parseEarliest, parseMaxBytes } from '../problems.js';
import type { MetaDefaults } from '../../article/fill-meta.js';
import { toEvalRecord } from '../../eval/record.js';
import { formatReport, formatReportJson, readJsonl, scoreDetails } from '../../eval/score.js';

export const usage = `usage: parley eval --gold GOLD.jsonl [options] PATH...
       parley eval --gold GOLD.jsonl --pred PRED.jsonl [--json] [--verbose]

Extracts claims from the articles in PATH (files or directories) and scores them against
the gold claims, as ../shared/tools/score.mjs does (spec §5). Only documents that appear in
the gold file are scored.

options:
  --gold FILE      gold claims, JSON Lines (required)
  --pred FILE      score this prediction file (eval records, JSON Lines) instead of extracting
  --json           print the report as JSON
  --verbose        also list missed gold claims and extra predictions
  --max-bytes N    refuse input files larger than N bytes (default 5 MiB)
  --earliest DATE  refuse publication dates before DATE (default 1900-01-01)
  --lexicon DIR    extra lexicon directory (repeatable)
${META_USAGE}

exit status: 0 ok, 1 some input could not be read, 2 usage error`;

const OPTIONS = {
  gold: { type: 'string' },
  pred: { type: 'string' },
  json: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  'max-bytes': { type: 'string' },
  earliest: { type: 'string' },
  lexicon: { type: 'string', multiple: true },
  ...META_OPTIONS,
} as const;

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('eval', args, OPTIONS);
  if (!values.gold) throw new UsageError("--gold FILE is required (see 'parley eval --help')");
  if (values.pred && positionals.length) throw new UsageError('give either --pred FILE or article PATHs, not both');
  if (!values.pred && !positionals.length) throw new UsageError("no input: give article PATHs or --pred FILE (see 'parley eval --help')");
  const maxBytes = parseMaxBytes(values['max-bytes']);
  const meta = metaOption(values);

  let gold: object[];
  try {
    gold = readJsonl(values.gold);
  } catch (error) {
    io.err(`parley eval: ${(error as Error).message}\n`);
    return 1;
  }

  let pred: object[];
  let failed = false;
  if (values.pred) {
    try {
      pred = readJsonl(values.pred);
    } catch (error) {
      io.err(`parley eval: ${(error as Error).message}\n`);
      return 1;
    }
  } else {
    const result = await extractRecords(positionals, { maxBytes, earliest: parseEarliest(values.earliest), lexiconDirs: values.lexicon, meta }, io);
    pred = result.records;
    failed = result.failed;
  }

  const details = scoreDetails(gold, pred);
  for (const w of details.warnings) io.err(w + '\n');
  io.out(values.json ? formatReportJson(details.report) : formatReport(details.report, { verbose: values.verbose, gold, pred }));
  return failed ? 1 : 0;
}

/** Reads and extracts every input; problems go to stderr, one line each, naming the input (as `parley extract`). */
async function extractRecords(
  paths: string[],
  options: { maxBytes?: number; earliest?: string; lexiconDirs?: string[]; meta?: MetaDefaults },
  io: CommandIO,
): Promise<{ records: object[]; failed: boolean }> {
  // Loaded here so that `eval --pred` does not pay for the reader and the extractor.
  const { readInputs, isSupportedLanguage } = await import('../../article/index.js');
  const { extract } = await import('../../extract/index.js');
  const records: object[] = [];
  let failed = false;
  for await (const { article, problems } of readInputs(paths, { maxBytes: options.maxBytes, earliest: options.earliest, meta: options.meta })) {
    for (const p of problems) {
      io.err(formatProblem(p) + '\n');
      if (p.fatal) failed = true;
    }
    if (!article || !isSupportedLanguage(article.meta.lang)) continue;
    const before = article.warnings.length;
    try {
      for (const claim of extract(article, { lexiconDirs: options.lexiconDirs ?? [] })) records.push(toEvalRecord(claim));
      for (const p of article.warnings.slice(before)) io.err(formatProblem(p) + '\n');
    } catch (error) {
      // A bug on one article must not stop the evaluation; say which article.
      io.err(`${oneLine(article.source)}: extraction failed: ${oneLine((error as Error).message)}\n`);
      failed = true;
    }
  }
  return { records, failed };
}
