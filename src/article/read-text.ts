// Plain-text articles with a header block:
//   url: https://…
//   outlet: Some Outlet
//   published: 2025-08-17
//   title: …
//   ---
//   body…
// Keys are case-insensitive; `unknown` or an empty value means null.
import type { ArticleMeta, Problem } from './types.js';
import { metaValue, problem, resolvePublished } from './problems.js';
import { safeUrl } from './url.js';

/** Keys that make the first line count as the start of a header block. */
const HEADER_KEYS = new Set([
  'url', 'outlet', 'published', 'title', 'date', 'source', 'publisher', 'lang', 'language', 'author', 'id', 'link',
]);

const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,30})[ \t]*:(.*)$/;
/** How far to look for the closing `---` line. */
const MAX_HEADER_LINES = 64;

export interface ParsedText {
  /** null when the header is broken (see the fatal problem). */
  meta: ArticleMeta | null;
  rawBody: string;
  /** Warnings, or a single fatal problem when meta is null. */
  problems: Problem[];
}

function emptyMeta(): ArticleMeta {
  return { url: null, outlet: null, published: null, title: null };
}

function isSeparator(line: string): boolean {
  return line.trimEnd() === '---';
}

/**
 * Split a decoded text into header metadata and the raw body. The raw body is everything after the
 * newline that ends the `---` line (verbatim), or the whole text when there is no header.
 */
/** Longest header line read (a 100,000-character title is a broken file, not a title). */
const MAX_HEADER_LINE = 10_000;

export function parseTextArticle(text: string, source: string): ParsedText {
  // Find the first non-blank line.
  let pos = 0;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl);
    if (line.trim() !== '' || nl < 0) break;
    pos = nl + 1;
  }
  const firstEnd = text.indexOf('\n', pos);
  const firstLine = text.slice(pos, firstEnd < 0 ? text.length : Math.min(firstEnd, pos + 200));
  const km = KEY_LINE.exec(firstLine.length < 200 ? firstLine.replace(/\r$/, '') : '');
  const startsHeader = isSeparator(firstLine) || (km !== null && HEADER_KEYS.has(km[1].toLowerCase()));
  if (!startsHeader) {
    return {
      meta: emptyMeta(),
      rawBody: text,
      problems: [problem(source, 'no-header', "has no header block (url:/outlet:/published:/title: then '---'); metadata unknown", false)],
    };
  }

  const fields = new Map<string, string>();
  const warnings: Problem[] = [];
  let lineNo = 0;
  let bodyStart = -1;
  let failure = "has header lines but no '---' line ending the header block";
  for (let i = 0; i < pos; i++) if (text.charCodeAt(i) === 10) lineNo++;
  for (let count = 0; count < MAX_HEADER_LINES && pos <= text.length; count++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    lineNo++;
    const line = text.slice(pos, Math.min(end, pos + MAX_HEADER_LINE)).replace(/\r$/, '');
    if (isSeparator(line)) {
      bodyStart = nl < 0 ? text.length : nl + 1;
      break;
    }
    if (line.trim() !== '') {
      if (end - pos > MAX_HEADER_LINE) {
        failure = `has header lines but line ${lineNo} is too long for a header line (${(end - pos).toLocaleString('en-US')} characters; at most ${MAX_HEADER_LINE.toLocaleString('en-US')})`;
        break;
      }
      const m = KEY_LINE.exec(line);
      if (!m) {
        failure = `has header lines but line ${lineNo} is neither 'key: value' nor the '---' line that must end the header block`;
        break;
      }
      const key = m[1].toLowerCase();
      if (!fields.has(key)) fields.set(key, m[2].trim());
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  if (bodyStart < 0) {
    return { meta: null, rawBody: '', problems: [problem(source, 'bad-header', failure, true)] };
  }

  const get = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = metaValue(fields.get(k));
      if (v !== null) return v;
    }
    return null;
  };
  const meta = emptyMeta();
  const rawUrl = get('url', 'link');
  meta.url = rawUrl === null ? null : safeUrl(rawUrl);
  if (rawUrl !== null && meta.url === null) {
    warnings.push(problem(source, 'bad-header', `url '${rawUrl.slice(0, 60)}' is not an http(s) URL and was ignored`, false));
  }
  meta.outlet = get('outlet', 'publisher', 'source');
  meta.title = get('title');
  const lang = get('lang', 'language');
  if (lang !== null) meta.lang = lang;
  const rawPublished = fields.has('published') ? fields.get('published') : fields.get('date');
  const { published, warning } = resolvePublished(source, rawPublished);
  meta.published = published;
  if (warning) {
    if (rawPublished === undefined) warning.message = `${source}: published date is missing; relative dates will not be resolved`;
    warnings.push(warning);
  }
  return { meta, rawBody: text.slice(bodyStart), problems: warnings };
}
