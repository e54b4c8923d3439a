// Shared helpers for the article-reader tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { readInputs, toRawOffset } from '../../src/article/index.js';
import type { Article, ReadOptions, ReadResult } from '../../src/article/index.js';
import { FIXTURES } from '../helpers/paths.js';

export const ARTICLES = join(FIXTURES, 'articles');
export const BAD = join(FIXTURES, 'bad');

export async function readAll(paths: string[], options?: ReadOptions): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, options)) out.push(r);
  return out;
}

export async function readOne(path: string, options?: ReadOptions): Promise<ReadResult> {
  const all = await readAll([path], options);
  assert.equal(all.length, 1, `expected one result for ${path}`);
  return all[0];
}

export function mustArticle(r: ReadResult): Article {
  assert.ok(r.article, `expected an article, got problems: ${r.problems.map((p) => p.message).join('; ')}`);
  return r.article;
}

/** Every kept character maps back to the same character of the raw body. */
export function assertOffsetsRoundTrip(a: { body: string; rawBody: string; offsets: Article['offsets'] }): void {
  for (let i = 0; i < a.body.length; i++) {
    const raw = toRawOffset(a.offsets, i);
    if (a.rawBody[raw] !== a.body[i]) assert.fail(`offset ${i}: body has ${JSON.stringify(a.body[i])}, raw[${raw}] has ${JSON.stringify(a.rawBody[raw])}`);
  }
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-article-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
