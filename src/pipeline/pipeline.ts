// The one ingest pipeline: read → extract → sign → store → link. The CLI (`ingest`), the server's
// ingest endpoint, queue workers and the benchmark all go through it, so the steps and their order
// are written once.
import type { Article, Problem, ReadResult } from '../article/types.js';
import type { MetaDefaults } from '../article/fill-meta.js';
import { bandBuckets } from '../link/buckets.js';
import { signature } from '../link/minhash.js';
import { link, type LinkSummary } from '../link/index.js';
import type { PutOutcome, Store } from '../store/types.js';
import { isUrl, loadExtractor, loadFetch, loadReader, type ExtractorModule, type FetchModule, type ReaderModule } from './load.js';
import { extractorVersion } from './version.js';

export interface PipelineOptions {
  /** Extra lexicon directories (`--lexicon`). */
  lexiconDirs?: string[];
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** Publication dates before this YYYY-MM-DD are refused (default 1900-01-01). */
  earliest?: string;
  /** Time limit per fetched URL, in ms. */
  timeoutMs?: number;
  /** Time budget for all the items of one feed, in ms. */
  feedTimeoutMs?: number;
  /** Fetch loopback, private, link-local and metadata addresses too (refused by default). */
  allowPrivate?: boolean;
  /** Metadata for inputs that lack it (`--published`, `--outlet`, `--url`, `--title`). */
  meta?: MetaDefaults;
}

/** What happened to one read result. */
export interface Processed {
  /** The input (file, URL, record) the result came from. */
  source: string;
  /** The article's document id, when one was read. */
  doc: string | null;
  /** 'noted': no article, only a warning about the input (a feed's dropped items). */
  outcome: PutOutcome | 'failed' | 'noted';
  /** Database key of the stored article. */
  id: number | null;
  /** Claims stored (0 when unchanged or failed). */
  claims: number;
  /** Problems met while reading (fatal ones mean no article). */
  problems: Problem[];
  /** Why storing failed, when it did after reading succeeded. */
  error?: string;
  /**
   * The store itself failed (disk full, I/O error, read-only or corrupt database), not this input:
   * every later article would fail the same way, so callers stop at the first one.
   */
  storageFailure?: boolean;
  /** The article's language when the extractor does not read it (stored without claims). */
  unsupportedLanguage?: string;
}

/** SQLite and system error codes that say the storage, not the article, is the problem. */
export function isStorageFailure(error: unknown): boolean {
  const code = String((error as { code?: unknown })?.code ?? '');
  return /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|PERM)/.test(code) || ['ENOSPC', 'EDQUOT', 'EROFS', 'EIO'].includes(code);
}

export class Pipeline {
  readonly version: string;

  /** The fetching stage, loaded on the first URL: its HTTP client costs a tenth of a second to load, which files never need. */
  private fetcher: FetchModule | null = null;

  private constructor(
    readonly store: Store,
    private readonly reader: ReaderModule,
    private readonly extractor: ExtractorModule,
    private readonly options: PipelineOptions,
  ) {
    this.version = extractorVersion(options.lexiconDirs ?? []);
  }

  static async create(store: Store, options: PipelineOptions = {}): Promise<Pipeline> {
    const [reader, extractor] = await Promise.all([loadReader(), loadExtractor()]);
    return new Pipeline(store, reader, extractor, options);
  }

  private async fetch(): Promise<FetchModule> {
    this.fetcher ??= await loadFetch();
    return this.fetcher;
  }

  /** Page and feed URLs (http, https), as the fetching stage takes them. */
  isUrl(input: string): boolean {
    return isUrl(input);
  }

  /** Reads files, directories (recursively), page URLs and feeds (each item fetched), in that order. */
  async *read(inputs: string[]): AsyncGenerator<ReadResult> {
    const paths = inputs.filter((p) => !this.isUrl(p));
    const urls = inputs.filter((p) => this.isUrl(p));
    if (paths.length) yield* this.reader.readInputs(paths, { maxBytes: this.options.maxBytes, earliest: this.options.earliest, meta: this.options.meta });
    for (const url of urls) yield* this.readUrl(url);
  }

  /** Fetches one page or feed. */
  async *readUrl(url: string): AsyncGenerator<ReadResult> {
    const { maxBytes, timeoutMs, feedTimeoutMs, allowPrivate, earliest } = this.options;
    const fetcher = await this.fetch();
    for await (const r of fetcher.readUrl(url, { maxBytes, timeoutMs, feedTimeoutMs, allowPrivate, earliest })) yield this.reader.fillMeta(r, this.options.meta);
  }

  /** Fetches one URL once: a page's articles, or a feed's item links. */
  async fetchSource(url: string): ReturnType<FetchModule['fetchSource']> {
    const { maxBytes, timeoutMs, allowPrivate } = this.options;
    return (await this.fetch()).fetchSource(url, { maxBytes, timeoutMs, allowPrivate });
  }

  /** Reads articles from a string or buffer (a request body, a queued job's payload). */
  readString(content: string | Buffer, source: string, format?: 'text' | 'html' | 'json'): ReadResult[] {
    return this.reader.readArticleString(content, { source, format, maxBytes: this.options.maxBytes, earliest: this.options.earliest, meta: this.options.meta });
  }

  /**
   * Extracts, signs and stores one article (one transaction). Skips extraction when the same
   * content is already stored by the same extractor version.
   */
  async put(article: Article): Promise<{ outcome: PutOutcome; id: number; claims: number }> {
    const known = await this.store.findByHash(article.hash);
    if (known && known.extractorVersion === this.version) return { outcome: 'unchanged', id: known.id, claims: 0 };
    const lexiconDirs = this.options.lexiconDirs ?? [];
    // An article in a language the rules do not read is stored, with its language, without claims.
    const claims = this.reader.isSupportedLanguage(article.meta.lang) ? this.extractor.extract(article, lexiconDirs.length ? { lexiconDirs } : undefined) : [];
    const sig = signature(article.body);
    const { outcome, id } = await this.store.putArticle({
      article, claims, extractorVersion: this.version, signature: sig?.signature ?? null, shingles: sig?.shingles ?? 0,
      buckets: sig ? bandBuckets(sig.signature) : [],
    });
    return { outcome, id, claims: outcome === 'unchanged' ? 0 : claims.length };
  }

  /** Stores the article of one read result; never throws for a bad input. */
  async process(result: ReadResult): Promise<Processed> {
    const source = result.article?.source ?? result.problems[0]?.source ?? '';
    if (!result.article) {
      const outcome = result.problems.some((p) => p.fatal) || !result.problems.length ? 'failed' : 'noted';
      return { source, doc: null, outcome, id: null, claims: 0, problems: result.problems };
    }
    // Extraction may add warnings to the article (too many claims): report them with the reader's.
    const before = result.article.warnings.length;
    const problems = () => [...result.problems, ...result.article!.warnings.slice(before)];
    try {
      const { outcome, id, claims } = await this.put(result.article);
      const lang = result.article.meta.lang;
      return {
        source, doc: result.article.id, outcome, id, claims, problems: problems(),
        ...(lang && !this.reader.isSupportedLanguage(lang) ? { unsupportedLanguage: lang } : {}),
      };
    } catch (error) {
      return {
        source, doc: result.article.id, outcome: 'failed', id: null, claims: 0, problems: problems(),
        error: (error as Error).message.split('\n')[0], ...(isStorageFailure(error) ? { storageFailure: true } : {}),
      };
    }
  }

  /** Reads and stores every input, one result at a time. Linking is left to `link()`. */
  async *ingest(inputs: string[]): AsyncGenerator<Processed> {
    for await (const result of this.read(inputs)) yield await this.process(result);
  }

  /** Links what was stored since the last link (stories, then events). */
  link(): Promise<LinkSummary> {
    return link(this.store);
  }
}
