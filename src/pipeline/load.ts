// The reading and extraction stages, loaded lazily so that the query commands and the server's
// read-only paths do not pay for them (the reader pulls in HTML parsing, the extractor its lexicon).
import type { Article, Problem, ReadResult } from '../article/types.js';
import type { FetchOptions } from '../article/fetch.js';
import type { MetaDefaults } from '../article/fill-meta.js';
import type { Claim } from '../extract/types.js';

export interface ReaderModule {
  readInputs(paths: string[], options?: { maxBytes?: number; earliest?: string; meta?: MetaDefaults }): AsyncGenerator<{ article: Article | null; problems: Problem[] }>;
  readArticleString(content: string | Buffer, options: { source: string; format?: 'text' | 'html' | 'json'; maxBytes?: number; earliest?: string; meta?: MetaDefaults }): ReadResult[];
  fillMeta(result: ReadResult, defaults: MetaDefaults | undefined): ReadResult;
  isSupportedLanguage(lang: string | null | undefined): boolean;
}

export interface FetchModule {
  isUrl(input: string): boolean;
  readUrl(url: string, options?: FetchOptions): AsyncGenerator<ReadResult>;
  fetchSource(url: string, options?: FetchOptions):
    Promise<{ kind: 'page'; results: ReadResult[] } | { kind: 'feed'; links: string[] } | { kind: 'failed'; problem: Problem }>;
}

export interface ExtractorModule {
  extract(article: Article, options?: { lexiconDirs?: string[] }): Claim[];
}

// Specifiers held in variables: the modules are written by other stages and loaded at run time.
const READER = '../article/index.js';
const FETCH = '../article/fetch.js';
const EXTRACTOR = '../extract/index.js';

export async function loadReader(): Promise<ReaderModule> {
  return (await import(READER)) as ReaderModule;
}

/**
 * Whether an input is a URL to fetch, without loading the fetching stage: the same test as
 * article/fetch.ts's isUrl (test/pipeline checks that they agree).
 */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export async function loadFetch(): Promise<FetchModule> {
  return (await import(FETCH)) as FetchModule;
}

export async function loadExtractor(): Promise<ExtractorModule> {
  return (await import(EXTRACTOR)) as ExtractorModule;
}
