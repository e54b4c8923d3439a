// Metadata given on the command line (`--published`, `--outlet`, `--url`, `--title`) for inputs that
// lack it, such as pasted text without a header block. It only fills what the input does not say;
// a header, meta tag or record field always wins.
import { createHash } from 'node:crypto';
import type { ArticleMeta, ReadResult } from './types.js';
import { parseDate } from './dates.js';
import { safeUrl } from './url.js';

export interface MetaDefaults {
  url?: string;
  outlet?: string;
  /** YYYY-MM-DD (any form parseDate reads). */
  published?: string;
  title?: string;
}

const KEYS = ['url', 'outlet', 'published', 'title'] as const;

/**
 * Checks and normalises the defaults; returns an error message for a bad value (the CLI's usage
 * error), else the defaults with `published` as YYYY-MM-DD.
 */
export function checkMetaDefaults(d: MetaDefaults): { ok: true; meta: MetaDefaults } | { ok: false; message: string } {
  const out: MetaDefaults = {};
  if (d.published !== undefined) {
    const r = parseDate(d.published);
    if (!r.ok) return { ok: false, message: `--published: '${d.published.slice(0, 40)}' is not a date (use YYYY-MM-DD)` };
    out.published = r.date;
  }
  if (d.url !== undefined) {
    const u = safeUrl(d.url);
    if (!u) return { ok: false, message: `--url: '${d.url.slice(0, 60)}' is not an http(s) URL` };
    out.url = u;
  }
  for (const k of ['outlet', 'title'] as const) {
    const v = d[k]?.trim();
    if (d[k] !== undefined && !v) return { ok: false, message: `--${k} is empty` };
    if (v) out[k] = v;
  }
  return { ok: true, meta: out };
}

/**
 * Fills the article's missing metadata from `defaults`. Warnings the filled values answer
 * ("published date is unknown", "no header block; metadata unknown") are dropped. The content hash
 * then covers the filled values too, so the same text stored again with other metadata is a new
 * version, and the same text with the same options stays unchanged.
 */
export function fillMeta(result: ReadResult, defaults: MetaDefaults | undefined): ReadResult {
  const article = result.article;
  if (!article || !defaults) return result;
  const filled: Partial<ArticleMeta> = {};
  for (const k of KEYS) {
    const v = defaults[k];
    if (v !== undefined && (article.meta[k] == null || article.meta[k] === '')) filled[k] = v;
  }
  if (!Object.keys(filled).length) return result;
  const answered = (code: string) => code === 'no-header' || (filled.published !== undefined && (code === 'unknown-date' || code === 'bad-date'));
  const warnings = article.warnings.filter((p) => !answered(p.code));
  const hash = createHash('sha256').update(`${article.hash}\n${JSON.stringify(filled)}`).digest('hex');
  return {
    article: { ...article, meta: { ...article.meta, ...filled }, warnings, hash },
    problems: result.problems.filter((p) => p.fatal || !answered(p.code)),
  };
}
