// Running the real CLI (dist) and generating article files for the memory end-to-end tests.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN } from '../helpers/paths.js';
import { generatedBody } from '../store/helpers.js';

export interface RunResult { code: number | null; stdout: string; stderr: string }

export function parley(args: string[], cwd: string, env: Record<string, string> = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function parleyAsync(args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const ACTORS = ['Putin', 'The Kremlin', 'Zelensky', 'Kyiv', 'Trump'];
const VERBS = ['demanded that Ukraine withdraw from', 'offered to give up parts of', 'rejected any withdrawal from', 'proposed a ceasefire along the front line in'];
const REGIONS = ['Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson', 'Kharkiv', 'Sumy', 'Crimea', 'Mykolaiv'];
const OUTLETS = ['Example Wire', 'Example Daily', 'Example Times', 'Example Post', 'Example Gazette'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Writes n distinct article files (text format with a header) into dir; returns the paths. */
export function writeArticles(dir: string, n: number, offset = 0): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let k = offset; k < offset + n; k++) {
    const day = String((k % 28) + 1).padStart(2, '0');
    const month = String((Math.floor(k / 28) % 12) + 1).padStart(2, '0');
    const lead = `${ACTORS[k % ACTORS.length]} ${VERBS[k % VERBS.length]} ${REGIONS[k % REGIONS.length]} on ${DAYS[k % DAYS.length]}, officials said.`;
    const body = `${lead}\n\n${generatedBody(k + 1, 10)}\n\n${generatedBody(k + 100_003, 6)}`;
    const text = `url: https://news.example/${k}\noutlet: ${OUTLETS[k % OUTLETS.length]}\npublished: 2025-${month}-${day}\ntitle: Report number ${k}\n---\n${body}\n`;
    const path = join(dir, `gen_${String(k).padStart(5, '0')}.txt`);
    writeFileSync(path, text);
    paths.push(path);
  }
  return paths;
}
