// `extract(text | article, options?)`: claims from a bare string as well as from a read article.
import { readArticleString } from '../article/read-input.js';
import { checkMetaDefaults, type MetaDefaults } from '../article/fill-meta.js';
import { isSupportedLanguage } from '../article/language.js';
import type { Article, Problem } from '../article/types.js';
import { extract as extractArticle } from '../extract/extract.js';
import type { Claim } from '../extract/types.js';

export interface ExtractTextOptions extends MetaDefaults {
  /** Document id of a string input (default "text"); claim ids are "<id>#1", "<id>#2", … */
  id?: string;
  /** Extra lexicon directories (data files only): another negotiation, local additions. */
  lexiconDirs?: string[];
}

/** A string input that cannot be read as an article (empty, binary, a header with no body). */
export class ReadError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.filter((p) => p.fatal).map((p) => p.message).join('; ') || 'could not be read');
    this.problems = problems;
  }
}

/** Reads a string (plain text, a text file with a header block, HTML or JSON) into one article. */
export function articleFromText(text: string, options: ExtractTextOptions = {}): Article {
  const meta = checkMetaDefaults(options);
  if (!meta.ok) throw new TypeError(meta.message.replace(/^--/, ''));
  const [r] = readArticleString(text, { source: options.id ?? 'text', id: options.id ?? 'text', meta: meta.meta });
  if (!r?.article) throw new ReadError(r?.problems ?? []);
  return r.article;
}

/**
 * The claims of an article, or of a bare string ("Putin demanded …"). A string may carry a header
 * block; `published`, `outlet`, `url` and `title` fill what it lacks (a publication date lets
 * "on Friday" resolve). An article in a language the rules do not read gives no claims.
 */
export function extract(input: string | Article, options: ExtractTextOptions = {}): Claim[] {
  const article = typeof input === 'string' ? articleFromText(input, options) : input;
  if (!article || typeof article !== 'object' || typeof article.body !== 'string' || !article.meta) {
    throw new TypeError('extract() takes a string or an Article (from readInputs or readArticle)');
  }
  if (!isSupportedLanguage(article.meta.lang)) return [];
  return extractArticle(article, options.lexiconDirs?.length ? { lexiconDirs: options.lexiconDirs } : {});
}
