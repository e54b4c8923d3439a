// JSON (.json: one object or an array of objects) and JSON Lines (.jsonl: one object per line).
// Fields: text|body; published|date|datePublished; outlet|publisher|source (string or {name});
// url; title; id. Each bad record is its own Problem; the other records go on.
import { createHash } from 'node:crypto';
import type { ArticleMeta, Problem, ReadResult } from './types.js';
import { buildArticle, failed } from './build.js';
import { metaValue, problem, resolvePublished } from './problems.js';
import { safeUrl } from './url.js';

export interface JsonReadOptions {
  /** The file path (or URL). */
  source: string;
  /** Base for generated ids: `<base>-<n>`. */
  base: string;
  /** sha256 of the whole input, used for a file holding a single object. */
  hash: string;
  /** true: JSON Lines; false: one JSON value; undefined: JSON value, falling back to JSON Lines. */
  jsonLines?: boolean;
}

function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return metaValue(v);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return metaValue(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const n = nameOf(x);
      if (n) return n;
    }
    return null;
  }
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return null;
}

function first(rec: Record<string, unknown>, keys: string[], get: (v: unknown) => string | null): string | null {
  for (const k of keys) {
    if (Object.prototype.hasOwnProperty.call(rec, k)) {
      const v = get(rec[k]);
      if (v !== null) return v;
    }
  }
  return null;
}

function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
    const joined = (v as string[]).join('\n\n');
    return joined.trim() === '' ? null : joined;
  }
  return null;
}

/** Turn one parsed record into a ReadResult. `where` is the record's source (file:LINE or file[i]). */
function fromRecord(value: unknown, where: string, defaultId: string, hash: string): ReadResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failed(problem(where, 'bad-json', 'is not a JSON object', true));
  }
  const rec = value as Record<string, unknown>;
  const text = first(rec, ['text', 'body', 'content', 'articleBody'], textOf);
  if (text === null) return failed(problem(where, 'no-text', "has no article text (no non-empty 'text' or 'body' field)", true));
  const warnings: Problem[] = [];
  const id = first(rec, ['id'], str) ?? defaultId;
  const rawUrl = first(rec, ['url', 'link'], str);
  const meta: ArticleMeta = {
    url: safeUrl(rawUrl),
    outlet: first(rec, ['outlet', 'publisher', 'source'], nameOf),
    published: null,
    title: first(rec, ['title', 'headline'], str),
  };
  const lang = first(rec, ['lang', 'language'], str);
  if (lang) meta.lang = lang;
  const rawDate = first(rec, ['published', 'date', 'datePublished'], (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null));
  const { published, warning } = resolvePublished(where, rawDate);
  meta.published = published;
  if (warning) warnings.push(warning);
  return buildArticle({ id, source: where, format: 'json', meta, rawBody: text, hash, warnings });
}

function parseError(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  if (err instanceof RangeError) return 'nested too deeply';
  return msg.split('\n')[0].slice(0, 120);
}

function readLines(text: string, o: JsonReadOptions): ReadResult[] {
  const results: ReadResult[] = [];
  let lineNo = 0;
  let n = 0;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    lineNo++;
    pos = nl + 1;
    if (line.trim() === '') continue;
    n++;
    const where = `${o.source}:${lineNo}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      results.push(failed(problem(where, 'bad-json', `line ${lineNo} is not valid JSON (${parseError(err)})`, true)));
      continue;
    }
    results.push(fromRecord(value, where, `${o.base}-${n}`, sha256(line)));
  }
  if (results.length === 0) results.push(failed(problem(o.source, 'empty', 'contains no JSON records', true)));
  return results;
}

/**
 * Records of one document with the same id would give articles, and claims (id#n), with the same
 * ids: a repeated id gets a suffix (-2, -3, …) and a warning naming the record that had it first.
 */
function uniqueIds(results: ReadResult[]): ReadResult[] {
  const seen = new Map<string, string>();
  for (const r of results) {
    const a = r.article;
    if (!a) continue;
    const first = seen.get(a.id);
    if (first !== undefined) {
      let k = 2;
      while (seen.has(`${a.id}-${k}`)) k++;
      const w = problem(a.source, 'duplicate-id', `record id '${a.id.slice(0, 80)}' is also the id of ${first}; this record is read as '${a.id.slice(0, 80)}-${k}'`, false);
      a.id = `${a.id}-${k}`;
      a.warnings.push(w);
      if (r.problems !== a.warnings) r.problems.push(w);
    }
    seen.set(a.id, a.source);
  }
  return results;
}

/** Read all records of a JSON or JSON Lines document. */
export function readJsonRecords(text: string, o: JsonReadOptions): ReadResult[] {
  return uniqueIds(readJsonRecordsAsGiven(text, o));
}

function readJsonRecordsAsGiven(text: string, o: JsonReadOptions): ReadResult[] {
  if (o.jsonLines === true) return readLines(text, o);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    // Several lines that each parse: it is JSON Lines under another name.
    if (o.jsonLines === undefined) {
      const firstLine = text.trimStart().split('\n', 1)[0];
      try {
        JSON.parse(firstLine);
        if (firstLine.trim() !== text.trim()) return readLines(text, o);
      } catch {
        // fall through
      }
    }
    return [failed(problem(o.source, 'bad-json', `is not valid JSON (${parseError(err)})`, true))];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [failed(problem(o.source, 'empty', 'contains an empty JSON array', true))];
    return value.map((v, i) => fromRecord(v, `${o.source}[${i}]`, `${o.base}-${i + 1}`, sha256(JSON.stringify(v) ?? '')));
  }
  if (value === null || typeof value !== 'object') {
    return [failed(problem(o.source, 'bad-json', 'is JSON but not an object or an array of objects', true))];
  }
  const rec = value as Record<string, unknown>;
  return [fromRecord(rec, o.source, `${o.base}-1`, o.hash)];
}
