// The library: `import { readInputs, extract } from 'parley'`.
export { readInputs, readArticleString, parseTextArticle } from './article/index.js';
export type { Article, ArticleMeta, Problem, ReadResult } from './article/index.js';
export { extract, getIndex } from './extract/index.js';
export type { Claim, ClaimType, ClaimDate, ClaimSource, DateValue, ExtractOptions } from './extract/index.js';
export { loadLexicon } from './lexicon/load.js';
export { score, formatReport, toEvalRecord } from './eval/index.js';
