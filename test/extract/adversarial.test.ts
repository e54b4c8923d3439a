// Issue 10: extraction is linear in the input whatever its shape. An absurd "sentence" is cut into
// bounded chunks, look-backs over claims are bounded, and an article stops yielding claims after
// MAX_CLAIMS_PER_ARTICLE (with a warning). Before, 2 MB of "Russia demanded " took 72 s of CPU and
// a 5 MiB article of commas more than ten minutes. The time bounds here are generous (the target
// is under 5 s of CPU on an idle core); they catch a return of superlinear work, not slowness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADVERSARIAL_SHAPES, PROBE_SHAPES, MIB, adversarialArticle, measureAdversarial, type AdversarialShape } from '../../bench/adversarial.js';
import { splitSentences, MAX_SENTENCE_CHARS, MAX_PARAGRAPH_SENTENCES } from '../../src/annotate/sentences.js';
import { MAX_CLAIMS_PER_ARTICLE } from '../../src/extract/extract.js';
import { makeArticle } from './helpers.js';
import { extract } from '../../src/extract/index.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../helpers/paths.js';

const BOUND_CPU_MS = 20_000;

test('a sentence longer than the limit is cut at clause breaks into bounded chunks', () => {
  const text = 'Russia demanded Donetsk, Luhansk and Kherson, '.repeat(200).trim();
  const spans = splitSentences(text);
  assert.ok(spans.length >= text.length / MAX_SENTENCE_CHARS, `${spans.length} sentences`);
  for (const s of spans) {
    assert.ok(s.end - s.start <= MAX_SENTENCE_CHARS, `a chunk of ${s.end - s.start} characters`);
    // Cut after a comma (the chunk ends with it), never inside a word.
    assert.ok(s === spans[spans.length - 1] || text[s.end - 1] === ',', JSON.stringify(text.slice(s.end - 10, s.end + 10)));
  }
  // Nothing is lost: the chunks cover the text apart from the spaces between them.
  assert.equal(spans.map((s) => text.slice(s.start, s.end)).join(' '), text);
});

test('a chunk with no clause break or space is cut at the limit', () => {
  const text = 'x'.repeat(MAX_SENTENCE_CHARS * 3 + 5);
  assert.deepEqual(splitSentences(text).map((s) => s.end - s.start), [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]);
});

test('sentences of ordinary length are not cut, and a line of thousands of sentences is split into paragraphs', () => {
  const sentence = 'Ukraine proposed talks in Istanbul. ';
  const spans = splitSentences(sentence.repeat(MAX_PARAGRAPH_SENTENCES * 2 + 1).trim());
  assert.equal(spans.length, MAX_PARAGRAPH_SENTENCES * 2 + 1);
  assert.deepEqual([...new Set(spans.map((s) => s.paragraph))], [0, 1, 2]);
});

test(`an article stops yielding claims after ${MAX_CLAIMS_PER_ARTICLE} and says so in a warning`, () => {
  const article = makeArticle('Moscow and Kyiv offered Donetsk, Luhansk and a ceasefire.\n'.repeat(2000));
  const claims = extract(article);
  assert.ok(claims.length > 0);
  const w = article.warnings.find((p) => p.code === 'too-many-claims');
  assert.ok(w, 'a too-many-claims warning');
  assert.equal(w.fatal, false);
  assert.match(w.message, new RegExp(`^test\\.txt: more than ${MAX_CLAIMS_PER_ARTICLE} claims`));
});

test('parley extract and ingest print the too-many-claims warning on stderr, naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-dense-'));
  try {
    const file = join(dir, 'dense.txt');
    writeFileSync(file, 'published: 2025-03-01\n---\n' + 'Moscow and Kyiv offered Donetsk, Luhansk and a ceasefire.\n'.repeat(2000));
    const x = spawnSync(process.execPath, [BIN, 'extract', file, '--format', 'eval'], { encoding: 'utf8' });
    assert.equal(x.status, 0, x.stderr);
    assert.match(x.stderr, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: warning: more than ${MAX_CLAIMS_PER_ARTICLE} claims; the text after character \\d+ of the body was not read for claims$`, 'm'));
    assert.ok(x.stdout.trim().split('\n').length >= 1);
    const i = spawnSync(process.execPath, [BIN, 'ingest', file, '--db', join(dir, 'p.db')], { encoding: 'utf8' });
    assert.equal(i.status, 0, i.stderr);
    assert.match(i.stderr, /more than \d+ claims.*\(warning\)$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an ordinary article gets no too-many-claims warning', () => {
  const article = makeArticle('Russia demanded that Ukraine withdraw from Donetsk. Ukraine rejected the demand.');
  assert.equal(extract(article).length, 2);
  assert.deepEqual(article.warnings.filter((p) => p.code === 'too-many-claims'), []);
});

for (const shape of Object.keys(ADVERSARIAL_SHAPES) as AdversarialShape[]) {
  test(`a 5 MiB article of ${shape} is read and extracted within ${BOUND_CPU_MS / 1000} s of CPU`, { timeout: 120_000 }, async () => {
    const f = await measureAdversarial(shape, 5 * MIB);
    assert.ok(f.bytes > 5 * MIB - 200 && f.bytes <= 5 * MIB, `${f.bytes} bytes`);
    assert.ok(f.cpuMs < BOUND_CPU_MS, `${Math.round(f.cpuMs)} ms of CPU`);
  });
}

// The rest of the probe's shapes, at 512 KiB to keep the suite fast (each was superlinear or piled up claims).
for (const shape of Object.keys(PROBE_SHAPES) as AdversarialShape[]) {
  test(`a 512 KiB article of ${shape} is read and extracted within ${BOUND_CPU_MS / 4000} s of CPU`, { timeout: 120_000 }, async () => {
    const f = await measureAdversarial(shape, MIB / 2);
    assert.ok(f.cpuMs < BOUND_CPU_MS / 4, `${Math.round(f.cpuMs)} ms of CPU`);
  });
}

// Definite roles far from the name they refer to: each one once scanned every mention back to the article's
// start (2 MiB took 53 s of CPU, 512 KiB only 3.5 s, so the probe size above could not tell).
test(`a 2 MiB article of definite roles is read and extracted within ${BOUND_CPU_MS / 4000} s of CPU`, { timeout: 120_000 }, async () => {
  const f = await measureAdversarial('definite roles', 2 * MIB);
  assert.ok(f.cpuMs < BOUND_CPU_MS / 4, `${Math.round(f.cpuMs)} ms of CPU`);
});

test('the adversarial articles fit the default size limit', () => {
  for (const shape of [...Object.keys(ADVERSARIAL_SHAPES), ...Object.keys(PROBE_SHAPES)] as AdversarialShape[]) {
    assert.ok(Buffer.byteLength(adversarialArticle(shape, 5 * MIB)) <= 5 * MIB, shape);
  }
});
