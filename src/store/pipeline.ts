// The stages before the store (reading articles, extracting claims), loaded lazily so that the
// store and its query commands do not depend on them.
import type { Article, Problem, ReadResult } from '../article/types.js';
import type { Claim } from '../extract/types.js';

export interface ReaderModule {
  readInputs(paths: string[], options?: { maxBytes?: number }): AsyncGenerator<{ article: Article | null; problems: Problem[] }>;
  readArticleString(content: string | Buffer, options: { source: string; format?: 'text' | 'html' | 'json'; maxBytes?: number }): ReadResult[];
}

export interface ExtractorModule {
  extract(article: Article, options?: { lexiconDirs?: string[] }): Claim[];
}

// Specifiers held in variables: the modules are written by other stages and loaded at run time.
const READER = '../article/index.js';
const EXTRACTOR = '../extract/index.js';

export async function loadReader(): Promise<ReaderModule> {
  return (await import(READER)) as ReaderModule;
}

export async function loadExtractor(): Promise<ExtractorModule> {
  return (await import(EXTRACTOR)) as ExtractorModule;
}
