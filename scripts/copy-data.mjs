// Copies the lexicon data files (JSON, kept as data not code) and static web assets next to the compiled
// code, then stamps the build (dist/.built) so scripts/build-if-stale.mjs can tell when it is out of date.
import { cpSync, existsSync, writeFileSync } from 'node:fs';
const pairs = [['src/lexicon/data', 'dist/src/lexicon/data'], ['src/server/static', 'dist/src/server/static']];
for (const [from, to] of pairs) if (existsSync(from)) cpSync(from, to, { recursive: true });
writeFileSync('dist/.built', `${new Date().toISOString()}\n`);
