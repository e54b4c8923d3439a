// POST /api/ingest: one article (plain text with the header block, HTML, or JSON / JSON Lines) in the
// request body, read, extracted, stored and linked like `parley ingest`. Only with --allow-ingest and
// the start-up token (compared in constant time).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Store } from '../store/types.js';
import { ApiError } from './errors.js';

export const MAX_INGEST_BYTES = 5 * 1024 * 1024;

/** Constant-time comparison of a presented bearer token with the configured one. */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header ?? '');
  const given = createHash('sha256').update(m ? m[1] : '\u0000invalid').digest();
  const want = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, want) && !!m;
}

export function formatOf(contentType: string | undefined): 'text' | 'html' | 'json' {
  const t = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (t === 'text/html' || t === 'application/xhtml+xml') return 'html';
  if (t === 'application/json' || t === 'application/x-ndjson' || t === 'application/jsonl' || t === 'application/jsonlines') return 'json';
  if (t === 'text/plain' || t === '' || t === 'text/markdown') return 'text';
  throw new ApiError(415, 'unsupported_media_type', `unsupported Content-Type '${t.slice(0, 60)}' (use text/plain, text/html or application/json)`);
}

export interface IngestResult {
  articles: Array<{ id: number; doc: string; outcome: string; claims: number; href: string }>;
  problems: Array<{ code: string; message: string; fatal: boolean }>;
  events: number;
}

let queue: Promise<unknown> = Promise.resolve();

/** Ingests one request body; ingests run one at a time. */
export function ingestBody(store: Store, body: Buffer, format: 'text' | 'html' | 'json'): Promise<IngestResult> {
  const run = queue.then(() => ingestNow(store, body, format));
  queue = run.catch(() => undefined);
  return run;
}

async function ingestNow(store: Store, body: Buffer, format: 'text' | 'html' | 'json'): Promise<IngestResult> {
  // Loaded on the first ingest: a read-only server never needs the pipeline (nor the linker), and start-up
  // loads fewer modules.
  const { Pipeline } = await import('../pipeline/index.js');
  const pipeline = await Pipeline.create(store, { maxBytes: MAX_INGEST_BYTES });
  const source = `api-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const out: IngestResult = { articles: [], problems: [], events: 0 };
  for (const r of pipeline.readString(body, source, format)) {
    for (const p of r.problems) out.problems.push({ code: p.code, message: p.message, fatal: p.fatal });
    if (!r.article) continue;
    const before = r.article.warnings.length;
    const { outcome, id, claims } = await pipeline.put(r.article);
    // Warnings from extraction (too many claims).
    for (const p of r.article.warnings.slice(before)) out.problems.push({ code: p.code, message: p.message, fatal: p.fatal });
    out.articles.push({ id, doc: r.article.id, outcome, claims, href: `/articles/${id}` });
  }
  if (out.articles.length === 0) {
    const why = out.problems.map((p) => p.message).join('; ') || 'no article found in the body';
    throw new ApiError(422, 'unreadable_article', why.slice(0, 500));
  }
  out.events = (await pipeline.link()).events;
  return out;
}
