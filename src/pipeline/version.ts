// The extractor version stored with each article's claims: when the extraction code or its rules
// (lexicon data) change, the version changes and re-ingesting an article replaces its claims.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function addTree(hash: ReturnType<typeof createHash>, dir: string, keep: (name: string) => boolean): void {
  if (!existsSync(dir)) return;
  const entries = readdirSync(dir).sort();
  for (const name of entries) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) addTree(hash, path, keep);
    else if (keep(name)) {
      hash.update(name);
      hash.update(readFileSync(path));
    }
  }
}

const cache = new Map<string, string>();

/**
 * A digest of the extractor's code and rule data (and of extra lexicon directories).
 * PARLEY_EXTRACTOR_VERSION overrides it (tests, or to pin a version by hand).
 */
export function extractorVersion(lexiconDirs: string[] = []): string {
  if (process.env.PARLEY_EXTRACTOR_VERSION) return process.env.PARLEY_EXTRACTOR_VERSION;
  const key = lexiconDirs.join('\0');
  const cached = cache.get(key);
  if (cached) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  const src = join(here, '..');
  const hash = createHash('sha256');
  const code = (n: string) => /\.(js|ts|mjs)$/.test(n) && !n.endsWith('.d.ts') && !n.endsWith('.map');
  addTree(hash, join(src, 'extract'), code);
  addTree(hash, join(src, 'article'), code);
  addTree(hash, join(src, 'lexicon'), (n) => code(n) || n.endsWith('.json'));
  for (const dir of lexiconDirs) addTree(hash, dir, (n) => n.endsWith('.json'));
  const version = `rules-${hash.digest('hex').slice(0, 12)}`;
  cache.set(key, version);
  return version;
}
