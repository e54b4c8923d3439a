// Section: language detection (issue 9, item 3). In a fresh pinned child (node dist/bench/language.js
// DIR): the cost of detecting each article's language (franc-min on the first 600 characters) next to
// the cost of extracting its claims, the load time of the detector, and its accuracy on our short
// news paragraphs in 10 languages (test/fixtures/languages/paragraphs.jsonl).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../src/article/types.js';
import { best, DIST_BENCH, fmt, ROOT, type BenchContext, type Section, type Table } from './common.js';

export interface LanguageFigures {
  articles: number;
  loadMs: number;
  detectMsPerArticle: number;
  extractMsPerArticle: number;
  paragraphs: number;
  correct: number;
  misses: string[];
  notEnglish: number;
}

export async function measureLanguage(dir: string): Promise<LanguageFigures> {
  const t0 = performance.now();
  const { detectLanguage } = await import('../src/article/language.js');
  detectLanguage('warm the detector up with one short English sentence about talks');
  const loadMs = performance.now() - t0;
  const { readInputs } = await import('../src/article/index.js');
  const { extract } = await import('../src/extract/index.js');
  const articles: Article[] = [];
  for await (const { article } of readInputs([dir])) if (article) articles.push(article);
  const time = (fn: (a: Article) => unknown) => {
    const start = performance.now();
    let n = 0;
    while (performance.now() - start < 2000 || n < articles.length) { for (const a of articles) fn(a); n += articles.length; }
    return (performance.now() - start) / n;
  };
  extract(articles[0]);
  const detectMs = time((a) => detectLanguage(a.body));
  const extractMs = time((a) => extract(a));
  const rows = readFileSync(join(ROOT, 'test', 'fixtures', 'languages', 'paragraphs.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { lang: string; text: string });
  const misses: string[] = [];
  for (const r of rows) { const got = detectLanguage(r.text); if (got !== r.lang) misses.push(`${r.lang}→${got}`); }
  return {
    articles: articles.length, loadMs, detectMsPerArticle: detectMs, extractMsPerArticle: extractMs, paragraphs: rows.length,
    correct: rows.length - misses.length, misses, notEnglish: articles.filter((a) => detectLanguage(a.body) !== 'en').length,
  };
}

export const language: Section = {
  name: 'language',
  async run(ctx: BenchContext): Promise<Table[]> {
    const rows: Table['rows'] = [];
    const notes: string[] = [];
    for (const set of ctx.sets) {
      const r = await best(ctx.runs, [...ctx.pin, process.execPath, join(DIST_BENCH, 'language.js'), set.dir], { keepStdout: true });
      if (r.status !== 0) { notes.push(`${set.name}: failed (exit ${r.status}): ${r.stderrHead}`); continue; }
      const f = JSON.parse(r.stdout) as LanguageFigures;
      rows.push([set.name, fmt.int(f.articles), fmt.num(f.loadMs, 0), fmt.num(f.detectMsPerArticle, 3), fmt.num(f.extractMsPerArticle, 3),
        `${fmt.num((100 * f.detectMsPerArticle) / f.extractMsPerArticle, 1)} %`, `${f.correct}/${f.paragraphs}`, fmt.int(f.notEnglish)]);
      if (f.misses.length) notes.push(`${set.name}: paragraph misses ${f.misses.join(' ')}`);
    }
    return [{
      title: 'Language detection (franc-min, first 600 characters) next to extraction, per article (pinned, warm)',
      columns: ['set', 'articles', 'load ms', 'detect ms', 'extract ms', 'detect/extract', 'paragraphs right', 'not English'],
      rows,
      notes: ['paragraphs: 120 one-sentence news paragraphs in 10 languages, test/fixtures/languages/paragraphs.jsonl', ...notes],
    }];
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) { process.stderr.write('usage: node dist/bench/language.js DIR\n'); process.exit(2); }
  measureLanguage(dir).then((f) => process.stdout.write(JSON.stringify(f) + '\n'), (e) => {
    process.stderr.write(`language bench: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
