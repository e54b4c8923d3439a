// Locations used by tests, found from the repository root whether tests run from src (tsx) or dist.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRepoRoot } from '../../src/util/repo-root.js';

export const ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const BIN = join(ROOT, 'bin', 'parley.js');
/** The shared workplace folder (spec, dev corpus, scorer); absent on some machines. */
export const SHARED = resolve(ROOT, '..', 'shared');
export const DEV_CORPUS = join(SHARED, 'corpus', 'dev');
export const HAS_SHARED = existsSync(join(DEV_CORPUS, 'gold.jsonl'));
export const SKIP_SHARED = HAS_SHARED ? false : 'skipped: ../shared/corpus/dev is not present on this machine';
