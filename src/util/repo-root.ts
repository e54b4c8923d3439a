// The repository root (the folder whose package.json is "parley"), found by walking up from a file,
// so that tests and benchmarks work the same from source (tsx) and from dist/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'parley') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
}
