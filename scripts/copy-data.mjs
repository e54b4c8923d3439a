// Copies the lexicon data files (JSON, kept as data not code) and static web assets next to the compiled code.
import { cpSync, existsSync } from 'node:fs';
const pairs = [['src/lexicon/data', 'dist/src/lexicon/data'], ['src/server/static', 'dist/src/server/static']];
for (const [from, to] of pairs) if (existsSync(from)) cpSync(from, to, { recursive: true });
