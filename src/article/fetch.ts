// Fetching articles over http(s): single pages (HTML or text) and RSS/Atom feeds whose items are
// fetched in turn. Every failure becomes a one-line Problem naming the URL; nothing throws.
import { XMLParser } from 'fast-xml-parser';
import { fetch as undiciFetch, type Agent } from 'undici';
import { guardedAgent, isPrivateAddress } from './address-guard.js';
import { readArticleString } from './read-input.js';
import type { Problem, ReadResult } from './types.js';

export interface FetchOptions {
  /** Per-request time limit in ms. Default 20 s. */
  timeoutMs?: number;
  /** Largest response accepted, in bytes. Default 5 MiB. */
  maxBytes?: number;
  /** Most items taken from one feed. Default 200. */
  maxItems?: number;
  /** Publication dates before this YYYY-MM-DD are refused with a warning (default 1900-01-01). */
  earliest?: string;
  /** Time budget for a whole feed (all its items), in ms. Default 10 minutes. */
  feedTimeoutMs?: number;
  /**
   * Fetch loopback, private, link-local and metadata addresses too (`--allow-private`). Off by
   * default: the address is checked after DNS resolution and again at every redirect.
   */
  allowPrivate?: boolean;
  /** Which addresses count as inward (tests treat one loopback address as public). */
  isPrivate?: (address: string) => boolean;
  /** Injected fetch (tests); it bypasses the address check. */
  fetch?: typeof fetch;
}

/** One guarded dispatcher per address policy, kept for the process (connections are pooled). */
const agents = new Map<(address: string) => boolean, Agent>();
function agentFor(isPrivate: (address: string) => boolean): Agent {
  let agent = agents.get(isPrivate);
  if (!agent) { agent = guardedAgent(isPrivate); agents.set(isPrivate, agent); }
  return agent;
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

function problem(source: string, code: string, message: string): Problem {
  return { source, code, message, fatal: true };
}

/** Explains a fetch failure in one line. */
export function fetchError(error: unknown, timeoutMs: number): { code: string; message: string } {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return { code: 'timeout', message: `no answer within ${Math.round(timeoutMs / 1000)} s (timed out)` };
  const code = e?.cause?.code ?? '';
  if (code === 'EPARLEYPRIVATE') return { code: 'private-address', message: `refused: ${e.cause!.message} (pass --allow-private to fetch it)` };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { code: 'offline', message: 'host not found: the machine seems to be offline, or the name is wrong' };
  if (code === 'ECONNREFUSED') return { code: 'offline', message: 'connection refused' };
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return { code: 'offline', message: 'network unreachable: the machine seems to be offline' };
  if (code === 'ECONNRESET') return { code: 'unreachable', message: 'connection reset by the server' };
  if (code && /CERT|SSL|TLS/.test(code)) return { code: 'unreachable', message: `TLS error (${code})` };
  const text = e?.cause?.message ?? e?.message ?? String(error);
  return { code: 'unreachable', message: `could not be fetched (${text.split('\n')[0].slice(0, 160)})` };
}

interface Fetched { ok: true; body: Buffer; contentType: string; url: string }
interface FetchFailed { ok: false; problem: Problem }

/** GET with a time limit and a size limit (checked on the header and while streaming). */
export async function fetchBytes(url: string, options: FetchOptions = {}): Promise<Fetched | FetchFailed> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const guarded = (input: string, init: RequestInit) => undiciFetch(input, {
    ...(init as object), dispatcher: options.allowPrivate ? undefined : agentFor(options.isPrivate ?? isPrivateAddress),
  }) as unknown as Promise<Response>;
  const doFetch = options.fetch ?? guarded;
  let response: Response;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    response = await doFetch(url, { signal, redirect: 'follow', headers: { 'user-agent': 'parley/0.1 (+news position tracker)', accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/xml,text/plain;q=0.9,*/*;q=0.5' } });
  } catch (error) {
    const { code, message } = fetchError(error, timeoutMs);
    return { ok: false, problem: problem(url, code, message) };
  }
  if (!response.ok) {
    return { ok: false, problem: problem(url, 'http', `HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`) };
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, problem: problem(url, 'too-large', `is ${declared} bytes, larger than the limit of ${maxBytes} bytes`) };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => undefined);
          return { ok: false, problem: problem(url, 'too-large', `is larger than the limit of ${maxBytes} bytes`) };
        }
        chunks.push(Buffer.from(value));
      }
    }
  } catch (error) {
    const { code, message } = fetchError(error, timeoutMs);
    return { ok: false, problem: problem(url, code, message) };
  }
  return { ok: true, body: Buffer.concat(chunks), contentType: response.headers.get('content-type') ?? '', url: response.url || url };
}

/** Whether a response is an RSS/Atom/RDF feed rather than a page. */
export function isFeed(body: Buffer, contentType: string): boolean {
  const head = body.subarray(0, 2048).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (/<html[\s>]/i.test(head)) return false;
  if (/rss|atom/i.test(contentType)) return true;
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>])/i.test(head);
}

const asArray = <T>(v: T | T[] | undefined | null): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && '#text' in v) return text((v as Record<string, unknown>)['#text']);
  return null;
}

/** Links of the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed. Throws on XML that is not a feed. */
export function feedLinks(xml: string, base: string): string[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: true });
  const doc = parser.parse(xml) as Record<string, any>;
  const links: string[] = [];
  const add = (href: string | null) => {
    if (!href) return;
    try {
      const url = new URL(href, base).toString();
      if (isUrl(url) && !links.includes(url)) links.push(url);
    } catch { /* not a URL */ }
  };
  if (doc.rss) {
    for (const item of asArray(doc.rss.channel?.item)) {
      const link = text(item.link);
      const guid = item.guid;
      add(link ?? (guid && (guid['@_isPermaLink'] ?? 'true') !== 'false' ? text(guid) : null));
    }
  } else if (doc['rdf:RDF']) {
    for (const item of asArray(doc['rdf:RDF'].item)) add(text(item.link) ?? item['@_rdf:about'] ?? null);
  } else if (doc.feed) {
    for (const entry of asArray(doc.feed.entry)) {
      const ls = asArray(entry.link) as Array<Record<string, string> | string>;
      const alt = ls.find((l) => typeof l === 'object' && (!l['@_rel'] || l['@_rel'] === 'alternate'));
      add(typeof alt === 'object' ? alt['@_href'] : typeof ls[0] === 'string' ? ls[0] : null);
    }
  } else {
    throw new Error('not an RSS or Atom feed');
  }
  return links;
}

function readPage(fetched: Fetched, source: string, maxBytes: number, earliest?: string): ReadResult[] {
  const ct = fetched.contentType.toLowerCase();
  const format = ct.includes('html') || ct.includes('xml') ? 'html' : ct.includes('json') ? 'json' : ct.includes('text/plain') ? 'text' : undefined;
  const results = readArticleString(fetched.body, { source, format, maxBytes, earliest });
  for (const r of results) if (r.article && !r.article.meta.url) r.article.meta.url = fetched.url;
  return results;
}

/** Reads one URL: a page gives one article, a feed gives one result per item link. */
export async function* readUrl(url: string, options: FetchOptions = {}): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const fetched = await fetchBytes(url, options);
  if (!fetched.ok) { yield { article: null, problems: [fetched.problem] }; return; }
  if (!isFeed(fetched.body, fetched.contentType)) {
    yield* readPage(fetched, url, maxBytes, options.earliest);
    return;
  }
  let links: string[];
  try {
    links = feedLinks(fetched.body.toString('utf8'), fetched.url);
  } catch (error) {
    yield { article: null, problems: [problem(url, 'bad-feed', `is not a readable RSS/Atom feed (${(error as Error).message.split('\n')[0]})`)] };
    return;
  }
  if (links.length === 0) { yield { article: null, problems: [problem(url, 'empty', 'is a feed with no item links')] }; return; }
  // A cap on items and a budget for the whole feed (the per-request limit alone let a slow feed of
  // 200 items take an hour); both say how many items they drop.
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
  const budgetMs = options.feedTimeoutMs ?? DEFAULT_FEED_TIMEOUT_MS;
  const perItemMs = options.timeoutMs ?? 20_000;
  const deadline = Date.now() + budgetMs;
  if (links.length > maxItems) {
    yield { article: null, problems: [warning(url, 'feed-capped', `is a feed of ${links.length} items; only the first ${maxItems} are fetched, ${links.length - maxItems} dropped`)] };
  }
  const taken = links.slice(0, maxItems);
  for (const [k, link] of taken.entries()) {
    const left = deadline - Date.now();
    if (left <= 0) {
      yield { article: null, problems: [warning(url, 'feed-timeout', `feed time budget of ${fmtSeconds(budgetMs)} ran out; ${taken.length - k} of its ${taken.length} items not fetched (--feed-timeout)`)] };
      return;
    }
    const item = await fetchBytes(link, { ...options, timeoutMs: Math.min(perItemMs, left) });
    if (!item.ok) { yield { article: null, problems: [item.problem] }; continue; }
    yield* readPage(item, link, maxBytes, options.earliest);
  }
}

export const DEFAULT_MAX_ITEMS = 200;
export const DEFAULT_FEED_TIMEOUT_MS = 10 * 60_000;

function warning(source: string, code: string, message: string): Problem {
  return { source, code, message, fatal: false };
}

function fmtSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** One URL fetched once: a page's articles, or a feed's item links (for a queue to fetch one by one). */
export async function fetchSource(url: string, options: FetchOptions = {}):
  Promise<{ kind: 'page'; results: ReadResult[] } | { kind: 'feed'; links: string[] } | { kind: 'failed'; problem: Problem }> {
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const fetched = await fetchBytes(url, options);
  if (!fetched.ok) return { kind: 'failed', problem: fetched.problem };
  if (!isFeed(fetched.body, fetched.contentType)) return { kind: 'page', results: readPage(fetched, url, maxBytes) };
  try {
    return { kind: 'feed', links: feedLinks(fetched.body.toString('utf8'), fetched.url).slice(0, options.maxItems ?? 200) };
  } catch (error) {
    return { kind: 'failed', problem: problem(url, 'bad-feed', `is not a readable RSS/Atom feed (${(error as Error).message.split('\n')[0]})`) };
  }
}
