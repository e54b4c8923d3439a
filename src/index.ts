// The library: `import { extract, readInputs, readArticle, openDatabase } from 'parley'` (README, "As a
// library"). Public types mention no Node-only type, so TypeScript users need no @types/node.

// Reading: files and directories, or content in memory.
export { readInputs, readArticleString, readArticleString as readArticle, parseTextArticle } from './article/index.js';
export { detectLanguage, isSupportedLanguage, SUPPORTED_LANGUAGES } from './article/language.js';
export type { Article, ArticleMeta, Problem, ReadOptions, ReadResult, ReadStringOptions, MetaDefaults } from './article/index.js';

// Extracting: from a string or an article.
export { extract, ReadError } from './library/extract-text.js';
export type { ExtractTextOptions } from './library/extract-text.js';
export { getIndex } from './extract/index.js';
export type { Claim, ClaimType, ClaimDate, ClaimSource, DateValue, ExtractOptions, Mention } from './extract/index.js';

// Storing and querying: positions over time, events, claims, search.
export { openDatabase } from './library/database.js';
export type { EventSummary, Filter, OpenOptions, ParleyDatabase, StoreResult, StoredClaimSummary } from './library/database.js';
export type { ChangeLabel, Position, PositionStep } from './track/positions.js';
export { FilterError } from './filters/validate.js';

// Data and evaluation.
export { loadLexicon } from './lexicon/load.js';
export { score, formatReport, toEvalRecord } from './eval/index.js';
