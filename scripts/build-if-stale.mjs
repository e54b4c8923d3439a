#!/usr/bin/env node
// Builds only when a source is newer than the last build (`npm run example` used to rebuild every
// time: 25 s). The build writes dist/.built (scripts/copy-data.mjs); any file under src/, bench/,
// test/, scripts/copy-data.mjs, scripts/bundle-cli.mjs, tsconfig.json or package.json changed after it means a rebuild.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const INPUTS = ['src', 'bench', 'test', 'scripts/copy-data.mjs', 'scripts/bundle-cli.mjs', 'tsconfig.json', 'package.json'];
export const STAMP = join('dist', '.built');

/** The first input newer than the stamp (or 'no build yet'), null when dist is up to date. */
export function staleReason(root) {
  const stamp = join(root, STAMP);
  if (!existsSync(stamp)) return 'no build yet';
  const built = statSync(stamp).mtimeMs;
  const walk = (p) => {
    let st;
    try { st = statSync(p); } catch { return null; }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) { const hit = walk(join(p, name)); if (hit) return hit; }
      return null;
    }
    return st.mtimeMs > built ? p : null;
  };
  for (const input of INPUTS) {
    const hit = walk(join(root, input));
    if (hit) return `${hit.slice(root.length + 1)} changed`;
  }
  return null;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const reason = staleReason(root);
  if (!reason) {
    console.error('build: dist/ is up to date');
  } else {
    console.error(`build: ${reason}; building`);
    const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
}
