// The library as a user gets it (issue 9, item 7): `npm pack`, install the tarball in a temporary
// project, compile a TypeScript file against it with no @types/node, and run the README's example.
// The install skips install scripts and reuses this checkout's compiled better-sqlite3 (building it
// from source takes minutes); every other file comes from the tarball and the npm cache/registry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd: string, args: string[], cwd: string) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 300_000, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
  return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
};

const USE_TS = `import { extract, openDatabase, readArticle, type Claim, type Position, type ParleyDatabase } from 'parley';

const claims: Claim[] = extract('Putin demanded on Friday that Ukraine withdraw from the Donetsk region.', { published: '2025-08-16' });
const first: Claim | undefined = claims[0];
const range: { from: string; to: string } | null = first && typeof first.date.value === 'object' ? first.date.value : null;
const [read] = readArticle('outlet: Example Wire\\npublished: 2025-08-16\\n---\\nZelensky said Ukraine would not give up Donbas.');
export async function main(): Promise<[number, string | undefined]> {
  const db: ParleyDatabase = await openDatabase('lib.db');
  if (read.article) await db.add(read.article);
  const positions: Position[] = await db.positions({ actor: 'rus' });
  await db.close();
  return [positions.length, range?.from];
}
`;

const USE_MJS = `import { extract, openDatabase, readArticle, FilterError } from 'parley';
const claims = extract('Putin demanded on Friday that Ukraine withdraw from the Donetsk region.', { published: '2025-08-16' });
const [{ article }] = readArticle('outlet: Example Wire\\npublished: 2025-08-16\\n---\\nZelensky said Ukraine would not give up Donbas.');
const db = await openDatabase('lib.db');
const added = [await db.add(article), await db.add('Putin demanded on Friday that Ukraine withdraw from the Donetsk region.', { published: '2025-08-16', id: 'pasted' })];
const positions = await db.positions({ actor: 'rus', issue: 'Territory' });
const events = await db.events({ region: 'Donetsk' });
let filterError = null;
try { await db.events({ actor: 'RUSS' }); } catch (e) { filterError = e instanceof FilterError ? e.message : String(e); }
await db.close();
console.log(JSON.stringify({ claims, added, positions, events, filterError }));
`;

test('npm pack → install the tarball in a fresh project → TypeScript without @types/node compiles, the example runs', { timeout: 600_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-pack-'));
  try {
    const pack = run(NPM, ['pack', '--pack-destination', dir, '--silent'], ROOT);
    assert.equal(pack.code, 0, pack.out);
    const tarball = join(dir, pack.out.trim().split('\n').pop()!.trim());
    assert.ok(existsSync(tarball), `${tarball}: ${pack.out}`);

    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }));
    const install = run(NPM, ['install', '--ignore-scripts', '--prefer-offline', '--no-save', tarball], app);
    assert.equal(install.code, 0, install.out);
    assert.ok(!existsSync(join(app, 'node_modules', '@types', 'node')), '@types/node must not come with the package');
    cpSync(join(ROOT, 'node_modules', 'better-sqlite3', 'build'), join(app, 'node_modules', 'better-sqlite3', 'build'), { recursive: true });

    writeFileSync(join(app, 'use.ts'), USE_TS);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022'], types: [], noEmit: true, skipLibCheck: false },
      files: ['use.ts'],
    }));
    const tsc = run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], app);
    assert.equal(tsc.code, 0, tsc.out);

    writeFileSync(join(app, 'use.mjs'), USE_MJS);
    const r = run(process.execPath, ['use.mjs'], app);
    assert.equal(r.code, 0, r.out);
    const out = JSON.parse(r.out.trim().split('\n').pop()!);
    assert.equal(out.claims.length, 1);
    assert.equal(out.claims[0].id, 'text#1');
    assert.equal(out.claims[0].actor, 'RUS');
    assert.deepEqual(out.claims[0].regions, ['UA-14']);
    assert.deepEqual(out.claims[0].date.value, { from: '2025-08-15', to: '2025-08-15' });
    assert.deepEqual(out.added.map((a: { outcome: string }) => a.outcome), ['new', 'new']);
    assert.equal(out.positions.length, 1);
    assert.equal(out.positions[0].issue, 'territory');
    assert.ok(out.events.length >= 1);
    assert.match(out.filterError, /did you mean RUS/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
