// Headless Chromium for the browser tests: Debian's /usr/bin/chromium (or PARLEY_CHROMIUM) driven by
// playwright-core, a fresh profile each time; screenshots go to test-artifacts/ (git-ignored).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';

export const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

type PW = typeof import('playwright-core');
type Context = Awaited<ReturnType<PW['chromium']['launchPersistentContext']>>;

export interface Browser { context: Context; close: () => Promise<void> }

/** A fresh browser profile each time. */
export async function launch(): Promise<Browser> {
  const { chromium } = (await import('playwright-core')) as PW;
  const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 }, timeout: 60_000,
  });
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}
