// The carrier object of the pipeline: one article, read and cleaned, with a way back to the raw text.

export interface ArticleMeta {
  url: string | null;
  /** Publisher name as given by the header / meta tags ("Financial Times"); null when unknown. */
  outlet: string | null;
  /** Publication date as YYYY-MM-DD; null when unknown or unparseable. */
  published: string | null;
  title: string | null;
  lang?: string | null;
}

/**
 * Segments that map the cleaned body back to the raw body: each segment says that
 * `length` characters starting at `clean` in the cleaned text are a verbatim copy of
 * the raw body starting at `raw`. Segments are sorted by `clean`.
 */
export interface OffsetSegment { clean: number; raw: number; length: number }

export type ArticleFormat = 'text' | 'html' | 'json';

export interface Article {
  /** Document id: the file name without extension (or the record id for JSON Lines). */
  id: string;
  /** Where the article came from (path, path#line, or URL). */
  source: string;
  format: ArticleFormat;
  meta: ArticleMeta;
  /** The body as read (after the header block for text files; extracted main text for HTML). */
  rawBody: string;
  /** The body with boilerplate removed; all claim spans point into this string. */
  body: string;
  /** Map from `body` offsets back to `rawBody` offsets. */
  offsets: OffsetSegment[];
  /** sha256 of the raw input bytes, hex. */
  hash: string;
  /** Non-fatal observations about this input (e.g. "published date missing"). */
  warnings: Problem[];
}

/** A problem with one input: always names the input and says what is wrong, never a stack trace. */
export interface Problem {
  /** File path, path#line or URL. */
  source: string;
  /** Short machine code: 'empty', 'binary', 'encoding', 'too-large', 'bad-header', 'bad-date', 'unknown-date', 'unreadable', 'no-text', 'bad-json', 'unsupported'. */
  code: string;
  message: string;
  /** true when the input could not be used at all; false for warnings on an otherwise usable input. */
  fatal: boolean;
}

export interface ReadOptions {
  /** Files larger than this many bytes are refused. Default 5 MiB. */
  maxBytes?: number;
  /** Publication dates before this YYYY-MM-DD are refused with a warning. Default 1900-01-01 (lower it for archives). */
  earliest?: string;
  /** Metadata for inputs that lack it (`--published`, `--outlet`, `--url`, `--title`); see fill-meta.ts. */
  meta?: { url?: string; outlet?: string; published?: string; title?: string };
}

export type ReadResult = { article: Article; problems: Problem[] } | { article: null; problems: Problem[] };
