// What `parley ingest --queue` puts on the queue: each article file's content (so that workers on
// other machines need no shared disk), and each URL to fetch (a page, or a feed to poll).
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type PgBoss from 'pg-boss';
import { ARTICLE_EXTENSIONS } from '../article/read-input.js';
import { enqueue, type IngestJob, type QueueOptions } from './queue.js';

async function* files(path: string, top: boolean): AsyncGenerator<string> {
  const st = await stat(path);
  if (st.isDirectory()) {
    for (const e of (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      yield* files(join(path, e.name), false);
    }
  } else if (top || ARTICLE_EXTENSIONS[extname(path).toLowerCase()] !== undefined) {
    yield path;
  }
}

export interface EnqueueReport { queued: number; problems: string[] }

/** Queues every input; unreadable paths are reported, not fatal. */
export async function enqueueInputs(boss: PgBoss, inputs: string[], options: QueueOptions & { maxBytes?: number } = {}): Promise<EnqueueReport> {
  const report: EnqueueReport = { queued: 0, problems: [] };
  let batch: IngestJob[] = [];
  const flush = async () => { if (batch.length) { report.queued += await enqueue(boss, batch, options); batch = []; } };
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) { batch.push({ kind: 'url', url: input }); continue; }
    try {
      for await (const path of files(input, true)) {
        const content = await readFile(path);
        const max = options.maxBytes ?? 5 * 1024 * 1024;
        if (content.length > max) { report.problems.push(`${path}: is ${content.length} bytes, larger than the limit of ${max} bytes`); continue; }
        batch.push({ kind: 'article', source: path, content: content.toString('base64'), encoding: 'base64' });
        if (batch.length >= 200) await flush();
      }
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      report.problems.push(`${input}: ${e.code === 'ENOENT' ? 'no such file or directory' : e.message}`);
    }
  }
  await flush();
  return report;
}
