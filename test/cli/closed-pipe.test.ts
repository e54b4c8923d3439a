// A closed pipe ends a command quietly (issue 9, item 2): `parley export --db example.db | head -1`
// used to print an unhandled EPIPE stack trace and exit 1. Here the reader closes stdout before the
// command writes anything, so every write meets a closed pipe, whatever the size of the output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers/paths.js';

function runClosed(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

test('every printing command ends quietly with status 0 when its reader has gone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-pipe-'));
  try {
    const examples = join(ROOT, 'examples', 'articles');
    const ingest = spawnSync(process.execPath, [BIN, 'ingest', examples, '--db', 'e.db'], { cwd: dir, encoding: 'utf8' });
    assert.equal(ingest.status, 0, ingest.stderr);
    const commands = [
      ['export', '--db', 'e.db'], ['export', '--format', 'csv', '--db', 'e.db'], ['export', '--format', 'plover', '--db', 'e.db'],
      ['events', '--db', 'e.db'], ['events', '--format', 'json', '--db', 'e.db'], ['positions', '--db', 'e.db'],
      ['positions', '--format', 'json', '--db', 'e.db'], ['search', 'Kherson', '--db', 'e.db'],
      ['extract', '--format', 'json', examples], ['extract', examples], ['extract', '--format', 'eval', examples],
    ];
    const results = await Promise.all(commands.map((args) => runClosed(args, dir)));
    results.forEach((r, i) => {
      const what = `parley ${commands[i].join(' ')}`;
      assert.equal(r.stderr, '', `${what}: ${r.stderr.slice(0, 300)}`);
      assert.equal(r.code, 0, what);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
