// Shared set-up of the web tests: a temp database ingested from test/fixtures/web, a server on port 0.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/article/types.js';
import type { Claim } from '../../src/extract/types.js';
import { main } from '../../src/cli/main.js';
import { startServer, type ParleyServer } from '../../src/server/index.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';
import { relink } from '../../src/link/index.js';
import { FIXTURES } from '../helpers/paths.js';

export const WEB_ARTICLES = join(FIXTURES, 'web', 'articles');
export const HOSTILE_ARTICLES = join(FIXTURES, 'web', 'hostile');

/** Runs `parley ingest` in-process; throws with its output when it fails. */
export async function ingest(paths: string[], db: string): Promise<void> {
  let err = '';
  const code = await main(['ingest', ...paths, '--db', db], { out: () => {}, err: (t) => { err += t; } });
  if (code !== 0 && !/0 failed/.test(err)) throw new Error(`ingest failed (${code}): ${err}`);
}

export interface TestServer {
  url: string;
  port: number;
  dir: string;
  db: string;
  store: SqliteStore;
  server: ParleyServer;
  close(): Promise<void>;
}

/** A temp database with the given article paths ingested, served on a free loopback port. */
export async function serveFixtures(paths: string[], options: { allowIngest?: boolean; token?: string; before?: (store: SqliteStore) => Promise<void> } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-web-'));
  const db = join(dir, 'web.db');
  await ingest(paths, db);
  const store = await openSqliteStore(db, { mustExist: true });
  if (options.before) await options.before(store);
  const { server, url, port } = await startServer({ store, port: 0, host: '127.0.0.1', allowIngest: options.allowIngest, token: options.token });
  return {
    url, port, dir, db, store, server,
    async close() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Fetched { status: number; headers: Headers; text: string; json: any }

export async function get(base: string, path: string, init: RequestInit = {}): Promise<Fetched> {
  const res = await fetch(base + path, { redirect: 'manual', ...init });
  const text = await res.text();
  let json: unknown = null;
  if ((res.headers.get('content-type') ?? '').includes('json')) json = JSON.parse(text);
  return { status: res.status, headers: res.headers, text, json };
}

/**
 * Stores a hand-made hostile article directly (the readers drop javascript: URLs, so this is the
 * only way such a URL reaches the database): title, outlet, URL and text carry markup and scripts.
 */
export async function putHostileArticle(store: SqliteStore): Promise<number> {
  const body = 'Sergei Lavrov demanded that Ukraine give up Kherson <img src=x onerror="alert(\'stored\')"> at once.\n\n<script>alert("stored-body")</script> <a href="javascript:alert(1)">x</a>';
  const quote = 'demanded that Ukraine give up Kherson <img src=x onerror="alert(\'stored\')">';
  const start = body.indexOf(quote);
  const article: Article = {
    id: 'stored_hostile', source: '<script>alert("source")</script>', format: 'text',
    meta: { url: "javascript:alert('stored-url')", outlet: '"><svg onload=alert("o")>', published: '2025-09-03', title: '</title><script>alert("t")</script>' },
    rawBody: body, body, offsets: [{ clean: 0, raw: 0, length: body.length }],
    hash: createHash('sha256').update(body).digest('hex'), warnings: [],
  };
  const claim: Claim = {
    id: 'stored_hostile#1', doc: 'stored_hostile', actor: 'RUS', type: 'DEMAND', issue: 'territory', target: 'UKR', regions: ['UA-65'],
    date: { value: '2025-09-03', basis: 'text' }, source: { outlet: '<b onmouseover=alert("src")>Wire</b>', credited: true, attribution: 'named' },
    conditions: [], modality: 'asserted', negated: false, quote, span: [start, start + quote.length], rawSpan: [start, start + quote.length],
    sentence: [0, body.indexOf('\n')], rule: 'test', evidence: [], mentions: [],
  };
  const { id } = await store.putArticle({ article, claims: [claim], extractorVersion: 'test' });
  await relink(store);
  return id;
}

export const CSP_EXPECTED = "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
