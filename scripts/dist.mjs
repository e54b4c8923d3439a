// The built extractor and scorer for the developer scripts (quality.mjs, drop-audit.mjs), imported once here so the
// scripts do not each repeat the paths into dist/. Needs `npm run build` first.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const dist = (p) => join(root, 'dist', 'src', p);
export const { readInputs } = await import(dist('article/index.js'));
export const { extract } = await import(dist('extract/index.js'));
export const { toEvalRecord } = await import(dist('eval/record.js'));
export const { score, readJsonl, scoreDetails } = await import(dist('eval/score.js'));
