import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleString, readInputs } from '../../src/article/index.js';
import type { ReadResult } from '../../src/article/index.js';
import { ARTICLES, BAD, mustArticle, readAll, readOne, tempDir } from './helpers.js';

const HEADER = 'url: https://example-wire.test/x\noutlet: Example Wire\npublished: 2025-08-01\ntitle: T\n---\n';

function fatal(r: ReadResult): { code: string; message: string } {
  assert.equal(r.article, null, 'expected a failed input');
  const f = r.problems.find((p) => p.fatal);
  assert.ok(f, 'expected a fatal problem');
  assert.ok(!f.message.includes('\n'), 'one-line message');
  assert.ok(f.message.includes(f.source), 'message names the input');
  return f;
}

test('directory: recursive, sorted, hidden entries and other extensions skipped', async () => {
  const { dir, cleanup } = tempDir();
  try {
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, '.hidden-dir'));
    writeFileSync(join(dir, 'b.txt'), HEADER + 'B body.\n');
    writeFileSync(join(dir, 'a.md'), HEADER + 'A body.\n');
    writeFileSync(join(dir, 'sub', 'c.text'), HEADER + 'C body.\n');
    writeFileSync(join(dir, 'sub', 'd.htm'), '<html><body><p>D body paragraph about the talks in Vienna.</p></body></html>');
    writeFileSync(join(dir, '.hidden.txt'), HEADER + 'hidden\n');
    writeFileSync(join(dir, '.hidden-dir', 'e.txt'), HEADER + 'hidden\n');
    writeFileSync(join(dir, 'notes.csv'), 'a,b\n');
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const rs = await readAll([dir]);
    assert.deepEqual(rs.map((r) => mustArticle(r).id), ['a', 'b', 'c', 'd']);
    assert.equal(rs[0].article?.source, join(dir, 'a.md'));
  } finally {
    cleanup();
  }
});

test('fixture directory reads without fatal problems', async () => {
  const rs = await readAll([ARTICLES]);
  assert.ok(rs.length >= 10);
  for (const r of rs) assert.ok(r.article, r.problems.map((p) => p.message).join('; '));
});

test('explicitly named file with another extension is sniffed', async () => {
  const { dir, cleanup } = tempDir();
  try {
    writeFileSync(join(dir, 'page.php'), '<html><body><p>The envoy proposed a new round of talks in Geneva next month.</p></body></html>');
    writeFileSync(join(dir, 'feed.dat'), '{"text":"The ministry rejected the offer."}\n{"text":"A second record."}\n');
    writeFileSync(join(dir, 'story.log'), HEADER + 'Plain body.\n');
    writeFileSync(join(dir, 'README'), 'The delegation accepted the invitation.\n');
    const rs = await readAll([join(dir, 'page.php'), join(dir, 'feed.dat'), join(dir, 'story.log'), join(dir, 'README')]);
    assert.deepEqual(rs.map((r) => r.article?.format), ['html', 'json', 'json', 'text', 'text']);
    assert.deepEqual(rs.map((r) => r.article?.id), ['page', 'feed-1', 'feed-2', 'story', 'README']);
  } finally {
    cleanup();
  }
});

test('not found', async () => {
  const f = fatal(await readOne('/definitely/not/here.txt'));
  assert.equal(f.code, 'not-found');
});

test('too large: refused by size before reading, names size and limit', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'big.txt');
    writeFileSync(path, HEADER + 'x'.repeat(6 * 1024 * 1024));
    const f = fatal(await readOne(path));
    assert.equal(f.code, 'too-large');
    assert.match(f.message, /6 MiB/);
    assert.match(f.message, /5 MiB/);
    const small = fatal(await readOne(join(ARTICLES, 'geneva-talks.txt'), { maxBytes: 100 }));
    assert.equal(small.code, 'too-large');
    assert.match(small.message, /100 bytes/);
    assert.equal(readArticleString('x'.repeat(200), { source: 'mem.txt', maxBytes: 100 })[0].problems[0].code, 'too-large');
  } finally {
    cleanup();
  }
});

test('empty and whitespace-only', async () => {
  assert.equal(fatal(await readOne(join(BAD, 'empty.txt'))).code, 'empty');
  assert.equal(fatal(await readOne(join(BAD, 'whitespace.txt'))).code, 'empty');
  assert.equal(fatal(readArticleString(Buffer.from([0xef, 0xbb, 0xbf, 0x20, 0x0a]), { source: 'bom-space.txt' })[0]).code, 'empty');
});

test('binary: NUL bytes or many control characters', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const nul = join(dir, 'nul.txt');
    writeFileSync(nul, Buffer.concat([Buffer.from(HEADER), Buffer.from([0x00, 0x01, 0x02]), Buffer.from('body')]));
    assert.equal(fatal(await readOne(nul)).code, 'binary');
    const ctrl = join(dir, 'ctrl.html');
    const bytes = Buffer.alloc(4000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 0x07 : 0x41;
    writeFileSync(ctrl, bytes);
    assert.equal(fatal(await readOne(ctrl)).code, 'binary');
    const rnd = join(dir, 'random.jsonl');
    const r = Buffer.alloc(9000);
    for (let i = 0; i < r.length; i++) r[i] = (i * 7919 + 13) % 256;
    writeFileSync(rnd, r);
    assert.equal(fatal(await readOne(rnd)).code, 'binary');
  } finally {
    cleanup();
  }
});

test('invalid UTF-8 names the byte offset; UTF-8 BOM stripped; UTF-16 with BOM decoded', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const bad = join(dir, 'latin1.txt');
    const prefix = Buffer.from(HEADER + 'Caf');
    writeFileSync(bad, Buffer.concat([prefix, Buffer.from([0xe9]), Buffer.from(' talks.\n')]));
    const f = fatal(await readOne(bad));
    assert.equal(f.code, 'encoding');
    assert.ok(f.message.includes(`byte offset ${prefix.length}`), f.message);

    const badJson = join(dir, 'bad.jsonl');
    writeFileSync(badJson, Buffer.concat([Buffer.from('{"text":"ok"}\n{"text":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]));
    assert.equal(fatal(await readOne(badJson)).code, 'encoding');

    const bom = join(dir, 'bom.txt');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HEADER + 'Body with BOM.\n')]));
    const a = mustArticle(await readOne(bom));
    assert.equal(a.meta.url, 'https://example-wire.test/x');
    assert.equal(a.body, 'Body with BOM.');

    for (const [enc, bomBytes] of [['utf16le', [0xff, 0xfe]], ['utf16be', [0xfe, 0xff]]] as const) {
      const p = join(dir, `${enc}.txt`);
      let body = Buffer.from(HEADER + 'Body in UTF-16 – Kyiv, Київ.\n', 'utf16le');
      if (enc === 'utf16be') body = Buffer.from(body).swap16();
      writeFileSync(p, Buffer.concat([Buffer.from(bomBytes), body]));
      const u = mustArticle(await readOne(p));
      assert.equal(u.meta.outlet, 'Example Wire');
      assert.equal(u.body, 'Body in UTF-16 – Kyiv, Київ.');
    }
  } finally {
    cleanup();
  }
});

test('a problem with one input never stops the others; nothing throws', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const inputs = [
      '/nope/missing.txt',
      join(BAD, 'empty.txt'),
      join(BAD, 'no-separator.txt'),
      join(ARTICLES, 'geneva-talks.txt'),
      join(BAD, 'header-only.txt'),
      join(BAD, 'broken.jsonl'),
      join(ARTICLES, 'notes-no-header.txt'),
    ];
    const ok: string[] = [];
    const failed: string[] = [];
    for await (const r of readInputs(inputs)) {
      if (r.article) ok.push(r.article.id);
      else failed.push(r.problems.find((p) => p.fatal)?.code ?? '?');
    }
    assert.deepEqual(ok, ['geneva-talks', 'ok-1', 'broken-5', 'notes-no-header']);
    assert.deepEqual(failed, ['not-found', 'empty', 'bad-header', 'no-text', 'bad-json', 'no-text', 'bad-json']);
    void dir;
  } finally {
    cleanup();
  }
});

test('symlink loops and dangling links in directories are harmless', async () => {
  const { dir, cleanup } = tempDir();
  try {
    mkdirSync(join(dir, 'd'));
    writeFileSync(join(dir, 'd', 'a.txt'), HEADER + 'A.\n');
    try {
      symlinkSync(dir, join(dir, 'd', 'loop'));
      symlinkSync(join(dir, 'nowhere'), join(dir, 'd', 'dangling.txt'));
    } catch {
      return; // no symlinks on this filesystem
    }
    const rs = await readAll([dir]);
    assert.deepEqual(rs.map((r) => r.article?.id), ['a']);
  } finally {
    cleanup();
  }
});

test('readArticleString: URL source gives the id from the last path segment', () => {
  const [r] = readArticleString(HEADER + 'Body.\n', { source: 'https://news.example.test/world/2025/talks-resume.txt?x=1' });
  assert.equal(mustArticle(r).id, 'talks-resume');
  const [h] = readArticleString('<html><body><p>The envoys proposed a two-week truce around the power plant.</p></body></html>', { source: 'https://news.example.test/' });
  assert.equal(mustArticle(h).id, 'news.example.test');
  assert.equal(h.article?.meta.url, 'https://news.example.test/');
});

test('a directory of many plain-text articles is read in order, each cleaned', async () => {
  const { dir, cleanup } = tempDir();
  try {
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), HEADER + `Article ${i} body.\nContinues after advertising\nMore.\n`);
    let n = 0;
    for await (const r of readInputs([dir])) {
      assert.equal(mustArticle(r).body, `Article ${n} body.\nMore.`);
      n++;
    }
    assert.equal(n, 300);
  } finally {
    cleanup();
  }
});

test('plain-text reading never loads linkedom or Readability (checked in a fresh process)', async () => {
  const { execFileSync } = await import('node:child_process');
  const { pathToFileURL } = await import('node:url');
  const { ROOT } = await import('../helpers/paths.js');
  const index = pathToFileURL(join(ROOT, 'src', 'article', 'index.ts')).href;
  const code = `
    import { createRequire } from 'node:module';
    const { readInputs, readArticleString } = await import(${JSON.stringify(index)});
    let n = 0;
    for await (const r of readInputs([${JSON.stringify(ARTICLES)}])) if (r.article && r.article.format !== 'html') n++;
    readArticleString('url: unknown\\n---\\nBody.\\n', { source: 'x.txt' });
    const cache = createRequire(import.meta.url).cache;
    const loaded = Object.keys(cache).filter((k) => /linkedom|readability/.test(k)).length;
    process.stdout.write(JSON.stringify({ n, loaded }));`;
  // Only text/JSON inputs: point at a copy of the fixtures without HTML.
  const { dir, cleanup } = tempDir();
  try {
    writeFileSync(join(dir, 'a.txt'), HEADER + 'A.\n');
    writeFileSync(join(dir, 'b.jsonl'), '{"text":"B."}\n');
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code.replace(JSON.stringify(ARTICLES), JSON.stringify(dir))], { cwd: ROOT, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out), { n: 2, loaded: 0 });
  } finally {
    cleanup();
  }
});
