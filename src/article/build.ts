// Turning a raw body + metadata into an Article (cleaning, final checks).
import type { Article, ArticleFormat, ArticleMeta, Problem, ReadResult } from './types.js';
import { cleanBody } from './clean.js';
import { problem } from './problems.js';
import { detectLanguage, isSupportedLanguage, languageName, normaliseLanguage } from './language.js';

export interface ArticleParts {
  id: string;
  source: string;
  format: ArticleFormat;
  meta: ArticleMeta;
  rawBody: string;
  hash: string;
  warnings: Problem[];
}

/** A failed input: one fatal problem (plus any warnings gathered so far). */
export function failed(p: Problem, warnings: Problem[] = []): ReadResult {
  return { article: null, problems: [...warnings, p] };
}

/**
 * Clean the body and assemble the Article. `problems` of the result holds every problem of the input
 * (fatal and non-fatal); `article.warnings` holds the non-fatal ones (the same objects).
 */
export function buildArticle(parts: ArticleParts): ReadResult {
  if (parts.rawBody.trim().length === 0) {
    return failed(problem(parts.source, 'no-text', 'has no article text (empty body)', true), parts.warnings);
  }
  const { body, offsets } = cleanBody(parts.rawBody);
  if (body.trim().length === 0) {
    return failed(problem(parts.source, 'no-text', 'has no article text (only boilerplate)', true), parts.warnings);
  }
  // The text decides its language; a declared one (header `lang:`, <html lang>, a record field) when the
  // text is too short to tell, or when the text scores it nearly as high as the detector's pick.
  const lang = detectLanguage(body, parts.meta.lang) ?? normaliseLanguage(parts.meta.lang);
  const warnings = [...parts.warnings];
  if (!isSupportedLanguage(lang)) {
    warnings.push(problem(parts.source, 'unsupported-language', `is in ${languageName(lang!)} (${lang}); Parley reads English only, so no claims are extracted from it`, false));
  }
  const article: Article = {
    id: parts.id,
    source: parts.source,
    format: parts.format,
    meta: { ...parts.meta, lang },
    rawBody: parts.rawBody,
    body,
    offsets,
    hash: parts.hash,
    warnings,
  };
  return { article, problems: [...warnings] };
}
