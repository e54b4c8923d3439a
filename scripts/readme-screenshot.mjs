#!/usr/bin/env node
// Regenerates docs/screenshot.png from the real example run: ingests examples/articles into a scratch
// database, serves it, and takes a screenshot of the overview page in headless Chromium
// (/usr/bin/chromium or PARLEY_CHROMIUM, driven by playwright-core). Run after `npm run build`:
//   npm run readme:screenshot
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
const dir = mkdtempSync(join(tmpdir(), 'parley-shot-'));
try {
  const db = join(dir, 'example.db');
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'parley.js'), 'ingest', 'examples/articles', '--db', db], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
  const { openStore } = await import(pathToFileURL(join(ROOT, 'dist', 'src', 'store', 'open.js')).href);
  const { startServer } = await import(pathToFileURL(join(ROOT, 'dist', 'src', 'server', 'index.js')).href);
  const { chromium } = await import('playwright-core');
  const store = await openStore(db);
  const { server, url } = await startServer({ store, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url + '/', { waitUntil: 'networkidle' });
    await page.screenshot({ path: join(ROOT, 'docs', 'screenshot.png') });
    console.log('readme-screenshot: docs/screenshot.png written from the example run');
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
