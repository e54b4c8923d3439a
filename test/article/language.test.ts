// Language detection (issue 9, item 3): Portuguese and Spanish reports used to give "(no claims)"
// silently. The detector is measured on our own short news paragraphs in 10 languages; an article in
// another language is named in one warning, stored with its language and counted, and not extracted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURES, ROOT } from '../helpers/paths.js';
import Database from 'better-sqlite3';
import { parley } from '../cli-memory/helpers.js';
import { detectLanguage, isSupportedLanguage, languageName, normaliseLanguage, readArticleString } from '../../src/article/index.js';

const DIR = join(FIXTURES, 'languages');
const paragraphs = readFileSync(join(DIR, 'paragraphs.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { lang: string; text: string });

test('the paragraphs: at least 100, in at least 8 languages', () => {
  assert.ok(paragraphs.length >= 100);
  assert.ok(new Set(paragraphs.map((p) => p.lang)).size >= 8);
});

test('accuracy on short news paragraphs ≥ 95 %; English is never taken for another language, nor another for English', () => {
  const misses = paragraphs.filter((p) => detectLanguage(p.text) !== p.lang).map((p) => `${p.lang}→${detectLanguage(p.text)}`);
  assert.ok(misses.length <= paragraphs.length * 0.05, misses.join(' '));
  for (const p of paragraphs) assert.equal(detectLanguage(p.text) === 'en', p.lang === 'en', `${p.lang}: ${p.text}`);
});

// Lines of our fixtures that are not English on purpose: a translated article that quotes its original's title.
const FOREIGN_LINES = [{ file: 'p03_delta_tulcei_translated_grain_deal_ports.txt', start: 'Original article:', lang: 'ro' }];

// The held-out sets (scripts/held-out.mjs) are scored only, their text never printed or looked at: this test does not
// read their articles (a sentence misread there is for the session that releases the set).
const { heldOutDocs } = await import(pathToFileURL(join(ROOT, 'scripts', 'held-out.mjs')).href) as { heldOutDocs: (root: string, read: (f: string) => Array<{ doc: string }>) => Set<string> };
const HELD_OUT_DOCS = heldOutDocs(ROOT, (f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { doc: string }));

test('English sentences of our fixtures are never taken for another language (short ones are not judged)', () => {
  const dirs = ['golden', 'own-corpus/articles', 'web/articles', 'memory/articles'].map((d) => join(FIXTURES, d));
  let judged = 0;
  for (const d of dirs) {
    for (const f of readdirSync(d).filter((x) => x.endsWith('.txt') && !HELD_OUT_DOCS.has(x.slice(0, -4)))) {
      const text = readFileSync(join(d, f), 'utf8');
      const body = text.includes('\n---\n') ? text.slice(text.indexOf('\n---\n') + 5) : text;
      for (const s of body.split(/(?<=[.!?])\s+/).map((x) => x.trim()).filter((x) => x.length > 20)) {
        const got = detectLanguage(s);
        const foreign = FOREIGN_LINES.find((x) => x.file === f && s.startsWith(x.start));
        if (foreign) { assert.equal(got, foreign.lang, `${f}: «${s}»`); continue; }
        if (got !== null) judged++;
        assert.ok(got === null || got === 'en', `${f}: «${s}» read as ${got}`);
      }
    }
  }
  assert.ok(judged > 300, `${judged} sentences judged`);
});

test('one-line English news alerts with few common function words stay English', () => {
  // (Written for this test: names and content words dominate, which the trigram detector reads as French or Hmong.)
  for (const s of [
    'Washington will unveil new sanctions against Eritrea unless its troops leave Tigray.',
    'Baku could halt strikes on Armenian positions between Goris and Kapan, officials say.',
    'Belgrade should recognise Pristina before the next round of talks resumes, the Brussels envoy insists.',
    'Addis Ababa will not negotiate unless Asmara withdraws troops from border towns.',
  ]) assert.equal(detectLanguage(s), 'en', s);
});

test('a line of headlines joined by " | " is judged headline by headline: too short to tell is no language', () => {
  // (Written for this test: related-links furniture of telegraphic headlines, few function words.)
  for (const s of [
    'ALSO READ: Parliament approves new fisheries chief | Maize prices steady at Lilongwe market',
    'MORE NEWS: Court clears mining licence renewal | Kwacha firms against dollar on copper rally',
    // a label in another language before the headlines, and a short credit line above them
    '(AFP)\nLeia também: Porto strike ends after talks | Lisbon council backs new tram line',
    'Lire aussi: Harbour strike ends after three weeks | Council backs new tram line',
  ]) assert.ok([null, 'en'].includes(detectLanguage(s)), `${s}: ${detectLanguage(s)}`);
  // Headlines of another language, each long enough, keep it.
  assert.equal(detectLanguage('Le gouvernement annonce une nouvelle aide aux agriculteurs touchés par la sécheresse | Les prix du blé restent stables sur le marché de Lyon cette semaine'), 'fr');
});

test('a line made mostly of names is not taken for the language the names come from (too little else to tell)', () => {
  // (Written for this test: captions and credits name people and institutions in their own language.)
  for (const s of [
    'Nguyen Thi Thanh Huong, a maritime law lecturer at Dai hoc Quoc gia Ha Noi, in Hanoi.',
    'Siti Nurhaliza binti Abdullah, a researcher at Universiti Sains Malaysia in Penang.',
    'Jean-Baptiste Lefebvre de la Tour, of the Institut Francais des Relations Internationales.',
  ]) assert.ok([null, 'en'].includes(detectLanguage(s)), `${s}: ${detectLanguage(s)}`);
  // A sentence of another language keeps its language, names and all.
  assert.equal(detectLanguage('Le président Emmanuel Macron a déclaré mardi que la France était prête à envoyer des troupes en Ukraine après un cessez-le-feu.'), 'fr');
  assert.equal(detectLanguage('Der Bundeskanzler sagte am Dienstag, Deutschland werde die Ukraine weiter unterstützen, solange es nötig sei.'), 'de');
});

test('language tags: normalised to ISO 639-1, named in English; too short to tell is null', () => {
  assert.equal(normaliseLanguage('en-GB'), 'en');
  assert.equal(normaliseLanguage('por'), 'pt');
  assert.equal(normaliseLanguage('pt_BR'), 'pt');
  assert.equal(normaliseLanguage('und'), null);
  assert.equal(normaliseLanguage('<b>'), null);
  assert.equal(languageName('pt'), 'Portuguese');
  assert.equal(detectLanguage('Kyiv.'), null);
  assert.ok(isSupportedLanguage('en') && isSupportedLanguage(null) && !isSupportedLanguage('es'));
});

test('reading: the text decides; a declared language only when the text is too short', () => {
  const [pt] = readArticleString(readFileSync(join(DIR, 'pt-negociacoes.txt')), { source: 'pt-negociacoes.txt' });
  assert.equal(pt.article!.meta.lang, 'pt');
  assert.deepEqual(pt.problems.map((p) => [p.code, p.message]), [['unsupported-language', 'pt-negociacoes.txt: is in Portuguese (pt); Parley reads English only, so no claims are extracted from it']]);
  const [mislabelled] = readArticleString('lang: de\n---\nThe Kremlin said on Friday that talks with Ukraine would resume next week in Istanbul.\n', { source: 'x.txt' });
  assert.equal(mislabelled.article!.meta.lang, 'en');
  const [short] = readArticleString('lang: es\n---\nSí.\n', { source: 'y.txt' });
  assert.equal(short.article!.meta.lang, 'es');
});

test('a declared English is believed on a one-line alert with few function words, never on a text in another language', () => {
  // (Written for this test.) Terse alerts have few of the function words the cheap look counts, and their trigrams can
  // score another language above English: "… until Russia stops shelling …" read as Swedish.
  for (const s of [
    'Kyiv will not hold talks until Russia stops shelling civilian areas, Zelensky said.',
    'Baku will not sign until Yerevan drops territorial claims, Aliyev told reporters.',
    'Pristina rejects Belgrade plan, demands recognition first, Kurti says on Monday.',
  ]) {
    assert.equal(detectLanguage(s, 'en'), 'en', s);
    const [r] = readArticleString(`lang: en\npublished: 2025-03-01\n---\n${s}\n`, { source: 'alert.txt' });
    assert.equal(r.article!.meta.lang, 'en', s);
    assert.deepEqual(r.problems, [], s);
  }
  // Without the declaration the first sentence is still judged by its trigrams (the declaration is what decides it).
  assert.notEqual(detectLanguage('Kyiv will not hold talks until Russia stops shelling civilian areas, Zelensky said.'), 'en');
  // A paragraph in another language declared English keeps its own language.
  for (const p of paragraphs.filter((x) => x.lang !== 'en')) assert.equal(detectLanguage(p.text, 'en'), detectLanguage(p.text), `${p.lang}: ${p.text}`);
  const [mislabelled] = readArticleString('lang: en\n---\nEl Gobierno ucraniano aseguró el martes que no aceptará un alto el fuego que congele la línea del frente.\n', { source: 'z.txt' });
  assert.equal(mislabelled.article!.meta.lang, 'es');
});

test('extract and ingest: one warning line per foreign article naming file and language; stored with its language and counted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-lang-'));
  try {
    const english = join(FIXTURES, 'golden', '2025-08-alaska-summit.txt');
    const pt = join(DIR, 'pt-negociacoes.txt');
    const es = join(DIR, 'es-negociaciones.txt');
    const x = parley(['extract', pt, es, english], dir);
    assert.equal(x.code, 0, x.stderr);
    assert.deepEqual(x.stderr.trim().split('\n'), [
      `${pt}: warning: is in Portuguese (pt); Parley reads English only, so no claims are extracted from it`,
      `${es}: warning: is in Spanish (es); Parley reads English only, so no claims are extracted from it`,
    ]);
    assert.doesNotMatch(x.stdout, /pt-negociacoes|es-negociaciones/);
    assert.match(x.stdout, /2025-08-alaska-summit/);

    const i = parley(['ingest', pt, es, english, '--db', 'l.db'], dir);
    assert.equal(i.code, 0, i.stderr);
    assert.match(i.stderr, /ingest: 3 new, 0 unchanged, 0 updated, 0 failed/);
    assert.match(i.stderr, /^ingest: 2 articles in languages Parley does not read \(1 es, 1 pt\): stored without claims$/m);
    const db = new Database(join(dir, 'l.db'), { readonly: true });
    const langs = Object.fromEntries((db.prepare('SELECT doc, lang FROM articles').all() as Array<{ doc: string; lang: string }>).map((r) => [r.doc, r.lang]));
    db.close();
    assert.deepEqual(langs, { 'pt-negociacoes': 'pt', 'es-negociaciones': 'es', '2025-08-alaska-summit': 'en' });
    const rows = parley(['export', '--db', 'l.db'], dir).stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(rows.length > 0 && rows.every((r) => r.doc === '2025-08-alaska-summit' || r.claim?.doc === '2025-08-alaska-summit'), 'claims only from the English article');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
