// Stage 1: reading articles. Public API.
export type { Article, ArticleFormat, ArticleMeta, OffsetSegment, Problem, ReadOptions, ReadResult } from './types.js';
export { readInputs, readArticleString, idFromSource, sniffFormat, DEFAULT_MAX_BYTES, ARTICLE_EXTENSIONS } from './read-input.js';
export type { ReadStringOptions } from './read-input.js';
export { parseTextArticle } from './read-text.js';
export type { ParsedText } from './read-text.js';
export { cleanBody, toRawOffset, toRawSpan } from './clean.js';
export type { CleanResult, Removal } from './clean.js';
export { BOILERPLATE, MAX_BOILERPLATE_LINE } from './boilerplate.js';
export type { BoilerplatePattern, BoilerplateScope } from './boilerplate.js';
export { parseDate } from './dates.js';
export { fillMeta, checkMetaDefaults } from './fill-meta.js';
export { detectLanguage, isSupportedLanguage, languageName, normaliseLanguage, SUPPORTED_LANGUAGES } from './language.js';
export type { MetaDefaults } from './fill-meta.js';
