// Tokenizer: offsets point into the original text; typographic apostrophes, dashes and quotes are
// normalised in `text` but the offsets still cover the original characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize, normalisePunctuation, phraseTokens, joinTokens, tokenWords } from '../../src/annotate/tokenize.js';
import { ROOT } from '../helpers/paths.js';

test('every token slices the original text at its offsets', () => {
  const text = 'Zelensky’s aide — Andriy Yermak — said the U.S.-brokered deal wasn’t final: a 30-day truce.';
  const tokens = tokenize(text);
  for (const t of tokens) {
    assert.equal(normalisePunctuation(text.slice(t.start, t.end)), t.text, `token ${t.i}`);
    assert.equal(t.lower, t.text.toLowerCase());
  }
  tokens.forEach((t, i) => assert.equal(t.i, i));
  // Offsets increase and never overlap.
  for (let i = 1; i < tokens.length; i++) assert.ok(tokens[i].start >= tokens[i - 1].end);
});

test('an offset is added to every position', () => {
  const tokens = tokenize('Putin said', 100);
  assert.deepEqual(tokens.map((t) => [t.text, t.start, t.end]), [['Putin', 100, 105], ['said', 106, 110]]);
});

test('typographic apostrophes split words and are normalised to a straight one', () => {
  const texts = tokenize('Ukraine’s army wasn‘t ready').map((t) => t.text);
  assert.deepEqual(texts, ['Ukraine', "'", 's', 'army', 'wasn', "'", 't', 'ready']);
  assert.deepEqual(tokenize("Ukraine's").map((t) => t.text), ['Ukraine', "'", 's']);
});

test('en and em dashes become a hyphen token; hyphenated words split around it', () => {
  const tokens = tokenize('Kyiv—Moscow talks – a 30-day truce');
  assert.deepEqual(tokens.map((t) => t.text), ['Kyiv', '-', 'Moscow', 'talks', '-', 'a', '30', '-', 'day', 'truce']);
  const dash = tokens[1];
  assert.equal(dash.end - dash.start, 1);
  assert.equal(dash.word, false);
});

test('every punctuation mark, ASCII or not, is normalised as normalisePunctuation says (a backtick is an apostrophe)', () => {
  // The tokenizer skips normalising ASCII marks other than the backtick (speed): every printable ASCII mark checks that.
  const marks: string[] = [];
  for (let c = 33; c < 127; c++) { const ch = String.fromCharCode(c); if (!/[\p{L}\p{N}]/u.test(ch)) marks.push(ch); }
  marks.push('’', '‘', '´', '–', '—', '―', '“', '”', '«', '»', '„', '•', '§');
  for (const m of marks) assert.deepEqual(tokenize(`a ${m} b`).map((t) => t.text), ['a', normalisePunctuation(m), 'b'], `mark ${m}`);
  assert.deepEqual(tokenize('`no`').map((t) => t.text), ["'", 'no', "'"]);
});

test('typographic quotes become straight double quotes', () => {
  assert.deepEqual(tokenize('“No,” he said «non»').map((t) => t.text), ['"', 'No', ',', '"', 'he', 'said', '"', 'non', '"']);
});

test('word and capital flags', () => {
  const [a, b, c, d] = tokenize('Putin 2025 said ,');
  assert.deepEqual([a.word, a.cap], [true, true]);
  assert.deepEqual([b.word, b.cap], [true, false]); // digits are not capitals
  assert.deepEqual([c.word, c.cap], [true, false]);
  assert.deepEqual([d.word, d.cap], [false, false]);
});

test('letters outside ASCII stay inside one token', () => {
  assert.deepEqual(tokenize('Zelenskyj und Selenskyj in Kyjiw über Saporischschja').map((t) => t.text),
    ['Zelenskyj', 'und', 'Selenskyj', 'in', 'Kyjiw', 'über', 'Saporischschja']);
  assert.deepEqual(tokenize('Дмитрий Песков').map((t) => t.text), ['Дмитрий', 'Песков']);
});

test('lexicon phrases tokenize the same way as text', () => {
  assert.deepEqual(phraseTokens('Zelensky’s office'), ['Zelensky', "'", 's', 'office']);
  assert.deepEqual(phraseTokens('non-nuclear'), ['non', '-', 'nuclear']);
  // phraseTokens splits without building tokens (start-up speed): the same texts as tokenize on every
  // phrase of the lexicon data and on every kind of mark.
  const dir = join(ROOT, 'src', 'lexicon', 'data');
  const phrases = new Set<string>(['`quoted` 6,000 “a”–b « c » ´x d’être „y“ ‐‑‒―']);
  const collect = (v: unknown): void => { if (typeof v === 'string') phrases.add(v); else if (v && typeof v === 'object') for (const x of Object.values(v)) collect(x); };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) collect(JSON.parse(readFileSync(join(dir, name), 'utf8')));
  assert.ok(phrases.size > 1000, `only ${phrases.size} strings in the lexicon data`);
  for (const p of phrases) assert.deepEqual(phraseTokens(p), tokenize(p).map((t) => t.text), p);
});

test('empty and whitespace-only text give no tokens', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(' \n\t '), []);
});

test('joinTokens and tokenWords give what slice, map and join give, for every range slice() accepts', () => {
  const tokens = tokenize('The Kremlin SAID on Friday it would “not” accept a 30-day truce.');
  const ends = [-100, -3, -1, 0, 1, 2, 5, tokens.length - 1, tokens.length, tokens.length + 4, 2.7, NaN, Infinity, -Infinity];
  for (const from of ends) for (const to of ends) {
    for (const lower of [true, false]) {
      const words = tokens.slice(from, to).map((t) => (lower ? t.lower : t.text));
      assert.equal(joinTokens(tokens, from, to, lower), words.join(' '), `${from}..${to}`);
      assert.deepEqual(tokenWords(tokens, from, to, lower), words, `${from}..${to}`);
    }
  }
});

/** tokenize() as it was written before its hand scanner (speed, issue 7): TOKEN's search, token by token. */
function tokenizeByRegex(text: string, offset = 0): Array<Record<string, unknown>> {
  const TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+)|\S/gu;
  const out: Array<Record<string, unknown>> = [];
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const word = m[1] !== undefined;
    const t = word ? raw : normalisePunctuation(raw);
    const first = t.charCodeAt(0);
    out.push({ text: t, lower: t.toLowerCase(), start: offset + m.index, end: offset + m.index + raw.length, i: out.length, word,
      cap: word && t[0] !== t[0].toLowerCase() && !(first >= 48 && first <= 57) });
  }
  return out;
}

test('the hand scanner gives the tokens of the regular expression, field by field', () => {
  const fields = (text: string, offset = 0) => tokenize(text, offset).map((t) => ({ text: t.text, lower: t.lower, start: t.start, end: t.end, i: t.i, word: t.word, cap: t.cap }));
  const samples = [
    'Baku said 6,000 troops, 12,345.67 tonnes and 1,0000 shells; 12345,678 or 1,000,00 x9 a1,000 9a A9 _x_ .5',
    'café Naïve ÉLAN Ärger ŞEHİR ǅemal İstanbul ΣΊΣΥΦΟΣ groß ﬁnal 𝐀lpha 𝟘 x𝐀y 😀! a\u00a0b c\u2009d e\u3000f g\ufeffh \u2028 \ud800 lone',
    '`tick` ´acute´ “quoted” «guillemets» — dash – en ‐ hyphen x_y a\tb\vc\fd\re\n\n  end.',
    'Yerevan’s envoy SAID: "We will NOT withdraw", adding that Stepanakert-based U.N. staff (3rd) left @ 10:30.',
  ];
  const dir = join(ROOT, 'test', 'fixtures', 'articles');
  for (const name of readdirSync(dir)) samples.push(readFileSync(join(dir, name), 'utf8'));
  for (const s of samples) {
    assert.deepEqual(fields(s), tokenizeByRegex(s), s.slice(0, 60));
    assert.deepEqual(fields(s, 17), tokenizeByRegex(s, 17), s.slice(0, 60));
  }
});
