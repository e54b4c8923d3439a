// Entry points: read files/directories (readInputs) or in-memory content (readArticleString).
// Plain text and JSON never load the DOM libraries; HTML loads them on first use.
import { createHash } from 'node:crypto';
import { closeSync, constants as fsc, fstatSync, openSync, promises as fsp, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ArticleFormat, ReadOptions, ReadResult } from './types.js';
import { buildArticle, failed } from './build.js';
import { checkBytes, decodeHtml, decodeStrict } from './decode.js';
import { problem } from './problems.js';
import { parseTextArticle } from './read-text.js';
import { readJsonRecords } from './read-json.js';
import { readHtml } from './read-html.js';
import { fillMeta, type MetaDefaults } from './fill-meta.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Extensions picked up when walking a directory. */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'text', '.text': 'text', '.md': 'text', '.html': 'html', '.htm': 'html', '.json': 'json', '.jsonl': 'json',
};

export interface ReadStringOptions {
  /** Path, path#line or URL, used in Problems and as Article.source (default "text"). */
  source?: string;
  /** Force a format; otherwise from the source's extension, else sniffed from the content. */
  format?: ArticleFormat;
  maxBytes?: number;
  /** Article id; default: file name (or last URL path segment) without extension. */
  id?: string;
  /** Treat JSON content as JSON Lines (default: when the source ends in .jsonl, or when it does not parse as one JSON value). */
  jsonLines?: boolean;
  /** Publication dates before this YYYY-MM-DD are refused with a warning (default 1900-01-01). */
  earliest?: string;
  /** Metadata for inputs that lack it (fill-meta.ts). */
  meta?: MetaDefaults;
}

/** Publication dates before this are refused unless the reader is told otherwise (archives). */
export const DEFAULT_EARLIEST_PUBLISHED = '1900-01-01';

/**
 * A publication date before `earliest` or more than a day after today is a typo or a trap ("9999-12-31"
 * made a step dated 9999-12-17 the latest stance): it is dropped with a warning, so the article's
 * claims keep no default date (issue 10).
 */
function checkPublished(results: ReadResult[], earliest: string): ReadResult[] {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  for (const r of results) {
    const a = r.article;
    const p = a?.meta.published;
    if (!a || !p || (p >= earliest && p <= tomorrow)) continue;
    const why = p < earliest ? `is before ${earliest} (see --earliest)` : 'is more than a day in the future';
    const w = problem(a.source, 'implausible-date', `published date ${p} ${why}; ignored, so its claims keep no default date`, false);
    a.meta.published = null;
    a.warnings.push(w);
    if (r.problems !== a.warnings) r.problems.push(w);
  }
  return results;
}

function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${n} bytes`;
}

function tooLarge(source: string, size: number, max: number): ReadResult {
  return failed(problem(source, 'too-large', `is ${formatSize(size)} (${size} bytes), larger than the limit of ${formatSize(max)} (${max} bytes)`, true));
}

function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

function pathPart(source: string): string {
  if (isUrl(source)) {
    try {
      const u = new URL(source);
      const segs = u.pathname.split('/').filter((s) => s !== '');
      const last = segs.length > 0 ? decodeURIComponentSafe(segs[segs.length - 1]) : u.hostname;
      return last;
    } catch {
      return source;
    }
  }
  return basename(source.replace(/#\d+$/, ''));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Document id from a path or URL: the file name without its extension. */
export function idFromSource(source: string): string {
  if (isUrl(source)) {
    try {
      const u = new URL(source);
      if (u.pathname.split('/').every((seg) => seg === '')) return u.hostname || 'article';
    } catch {
      // fall through
    }
  }
  const name = pathPart(source);
  const ext = extname(name);
  const id = ext && ext !== name ? name.slice(0, -ext.length) : name;
  return id === '' ? 'article' : id;
}

function formatFromName(source: string): ArticleFormat | null {
  const name = pathPart(source).toLowerCase();
  return ARTICLE_EXTENSIONS[extname(name)] ?? null;
}

/** Guess the format from the first non-blank bytes: '<' → html, '{' or '[' → json, else text. */
export function sniffFormat(buf: Uint8Array): ArticleFormat {
  let i = 0;
  // Skip a UTF-8 BOM and whitespace.
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) i = 3;
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    // UTF-16: look at the first code unit after the BOM.
    const text = new TextDecoder(buf[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(buf.subarray(2, Math.min(buf.length, 512))).trimStart();
    const c = text[0];
    return c === '<' ? 'html' : c === '{' || c === '[' ? 'json' : 'text';
  }
  const n = Math.min(buf.length, 4096);
  while (i < n && (buf[i] === 0x20 || buf[i] === 0x09 || buf[i] === 0x0a || buf[i] === 0x0d)) i++;
  const c = buf[i];
  if (c === 0x3c) return 'html';
  if (c === 0x7b || c === 0x5b) return 'json';
  return 'text';
}

function sha256(buf: Uint8Array): string {
  return createHash('sha256').update(buf).digest('hex');
}

/**
 * Read one article (or, for JSON / JSON Lines, several) from content in memory. Never throws for
 * bad input: every problem is reported in the results.
 */
export function readArticleString(content: string | Uint8Array, options: ReadStringOptions = {}): ReadResult[] {
  const results = readUnfilled(content, { ...options, source: options.source ?? 'text' });
  const filled = options.meta ? results.map((r) => fillMeta(r, options.meta)) : results;
  return checkPublished(filled, options.earliest ?? DEFAULT_EARLIEST_PUBLISHED);
}

function readUnfilled(content: string | Uint8Array, options: ReadStringOptions & { source: string }): ReadResult[] {
  const source = options.source;
  try {
    const isString = typeof content === 'string';
    const buf: Buffer = isString ? Buffer.from(content, 'utf8') : Buffer.isBuffer(content) ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (buf.length > max) return [tooLarge(source, buf.length, max)];
    const bad = checkBytes(buf, source);
    if (bad) return [failed(bad)];
    const hash = sha256(buf);
    const format = options.format ?? formatFromName(source) ?? sniffFormat(buf);
    const id = options.id ?? idFromSource(source);

    if (format === 'html') {
      const decoded = decodeHtml(buf, source, isString ? 'utf-8' : null);
      if (!decoded.ok) return [failed(decoded.problem)];
      return [readHtml(decoded.text, { id, source, hash, warnings: decoded.warnings })];
    }
    const decoded = decodeStrict(buf, source);
    if (!decoded.ok) return [failed(decoded.problem)];
    if (format === 'json') {
      const jsonLines = options.jsonLines ?? (pathPart(source).toLowerCase().endsWith('.jsonl') ? true : undefined);
      return readJsonRecords(decoded.text, { source, base: id, hash, jsonLines });
    }
    const parsed = parseTextArticle(decoded.text, source);
    if (parsed.meta === null) return [{ article: null, problems: parsed.problems }];
    return [buildArticle({ id, source, format: 'text', meta: parsed.meta, rawBody: parsed.rawBody, hash, warnings: parsed.problems })];
  } catch (err) {
    // Last line of defence: a bug or a pathological input must not escape as a stack trace.
    return [failed(problem(source, 'unreadable', `could not be read (${errorLine(err)})`, true))];
  }
}

export function errorLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0].slice(0, 200);
}

// Local files are read synchronously: a batch reads thousands of small files, and a thread-pool
// round trip per stat and read left the process idle a fifth of the time. One open, one fstat and one
// read per file: a stat by path before readFileSync (which opens and fstats again) was a sixth of the
// reading time (speed, issue 7). Opened non-blocking, so a FIFO is refused at once as before.
async function readOneFile(path: string, explicit: boolean, max: number, earliest?: string, meta?: MetaDefaults): Promise<ReadResult[]> {
  let fd: number;
  try {
    fd = openSync(path, fsc.O_RDONLY | fsc.O_NONBLOCK | fsc.O_NOCTTY);
  } catch (err) {
    // What cannot be opened (a socket, no permission, missing) is reported as a stat would say it.
    try {
      if (!statSync(path).isFile()) return [failed(problem(path, 'unsupported', 'is not a regular file', true))];
    } catch (statErr) {
      return [statFailure(path, statErr)];
    }
    return [statFailure(path, err)];
  }
  let buf: Buffer;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return [failed(problem(path, 'unsupported', 'is not a regular file', true))];
    if (st.size > max) return [tooLarge(path, st.size, max)];
    buf = readOpened(fd, st.size);
  } catch (err) {
    return [statFailure(path, err)];
  } finally {
    closeSync(fd);
  }
  const known = formatFromName(path);
  // An explicitly named file with an unknown extension is sniffed; readArticleString does that.
  void explicit;
  return readArticleString(buf, { source: path, maxBytes: max, format: known ?? undefined, earliest, meta });
}

/** The first `size` bytes of an open file, as readFileSync reads a regular file of that size (size 0: to its end). */
function readOpened(fd: number, size: number): Buffer {
  if (size === 0) return readFileSync(fd);
  const buf = Buffer.allocUnsafeSlow(size);
  let at = 0;
  while (at < size) {
    const n = readSync(fd, buf, at, size - at, null);
    if (n === 0) break;
    at += n;
  }
  return at < size ? buf.subarray(0, at) : buf;
}

function statFailure(path: string, err: unknown): ReadResult {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return failed(problem(path, 'not-found', 'not found (no such file or directory)', true));
  if (code === 'EACCES' || code === 'EPERM') return failed(problem(path, 'unreadable', 'cannot be read (permission denied)', true));
  return failed(problem(path, 'unreadable', `cannot be read (${code ?? errorLine(err)})`, true));
}

async function* walk(dir: string, seen: Set<string>): AsyncGenerator<{ path: string } | { result: ReadResult }> {
  let real: string;
  try {
    real = await fsp.realpath(dir);
  } catch (err) {
    yield { result: statFailure(dir, err) };
    return;
  }
  if (seen.has(real)) return; // symlink loop
  seen.add(real);
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { result: statFailure(dir, err) };
    return;
  }
  const names = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of names) {
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = await fsp.stat(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // dangling link
      }
    }
    if (isDir) yield* walk(p, seen);
    else if (isFile && ARTICLE_EXTENSIONS[extname(e.name).toLowerCase()] !== undefined) yield { path: p };
  }
}

/**
 * Read files and directories (recursively, sorted, hidden entries skipped; in directories only
 * .txt .text .md .html .htm .json .jsonl). Yields one result per article or per failed input, in
 * order. Never throws for bad input.
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of paths) {
    let isDir = false;
    try {
      const st = await fsp.stat(path);
      isDir = st.isDirectory();
    } catch (err) {
      yield statFailure(path, err);
      continue;
    }
    if (!isDir) {
      yield* await readOneFile(path, true, max, options.earliest, options.meta);
      continue;
    }
    for await (const item of walk(path, new Set())) {
      if ('result' in item) yield item.result;
      else yield* await readOneFile(item.path, false, max, options.earliest, options.meta);
    }
  }
}
