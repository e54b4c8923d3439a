#!/usr/bin/env node
// Lists, per cue family (cues.json), the verb cue phrases that are written in some forms of their verb but not in
// others ("unveiled" without "unveils", "unveiling"), and nominal cues written in the singular or plural only
// ("ultimatum" without "ultimatums"). A phrase whose first word is a form of a verb listed for
// discourse/cue-verb-forms (rules.json) is marked "listed": the lexicon index adds its other forms at load. The
// verb of an unlisted phrase is a guess (a quick heuristic: strip -s, -ed, -ing and check that the regular forms
// give the word back), so read the list before adding a verb.
//   node scripts/cue-forms.mjs            phrases of unlisted verbs that lack forms
//   node scripts/cue-forms.mjs --listed   also the phrases of listed verbs, with the forms added at load
//   node scripts/cue-forms.mjs --nouns    nominal cues whose singular or plural is not written
// Needs a build (imports dist/).
import { readFileSync } from 'node:fs';
import { regularForms, cueVerbTable, cueVerbVariants } from '../dist/src/annotate/cue-verb-forms.js';

const root = new URL('../', import.meta.url);
const cues = JSON.parse(readFileSync(new URL('src/lexicon/data/cues.json', root), 'utf8')).cues;
const rules = JSON.parse(readFileSync(new URL('src/lexicon/data/rules.json', root), 'utf8')).rules;
const table = cueVerbTable(rules);
const written = new Set(cues.flatMap((c) => c.phrases.map((p) => p.toLowerCase())));
const showListed = process.argv.includes('--listed');
const nouns = process.argv.includes('--nouns');

const FUNCTION_WORDS = new Set('a an the it it\'s our we we\'re we\'ll each is are was were has have had will would can could must should did do does won\'t in of on as no not never only just there well'.split(' '));
const firstWords = new Set(cues.flatMap((c) => c.phrases.map((p) => p.toLowerCase().split(/\s+/)[0])));
/** How many forms of the lemma start some written phrase. */
const support = (l) => [l, ...regularForms(l)].filter((f) => firstWords.has(f)).length;
/** A stem that would not end an English verb without an "e" ("advocat", "urg", "voic", "hop"). */
const needsE = (x) => /(?:[cvzu]|[^n]g|[^s]s|^[^aeiou]*[aeiou][^aeiouwxy]|at|ur|ir|ar|id|ud|ad|od|ot|ut|it)$/.test(x);

/** The likeliest lemma whose regular forms include the word, or null: candidates from stripping -s, -ed, -ing (and
 * a doubled consonant), ranked by how many of their forms are written, then by whether the stem needs an "e". */
function guess(w) {
  if (FUNCTION_WORDS.has(w)) return null;
  const c = new Set();
  if (!/(s|ed|ing)$/.test(w) || /ss$/.test(w)) c.add(w);
  const strip = (suf, add = ['']) => { if (w.endsWith(suf) && w.length > suf.length + 2) for (const a of add) c.add(w.slice(0, -suf.length) + a); };
  strip('ies', ['y']); strip('es'); strip('s');
  strip('ied', ['y']); strip('ed', ['', 'e']); strip('d');
  strip('ying', ['ie']); strip('ing', ['', 'e']);
  for (const x of [...c]) if (/([bdglmnprtv])\1$/.test(x)) c.add(x.slice(0, -1));
  const ok = [...c].filter((l) => l === w || regularForms(l).includes(w));
  ok.sort((a, b) => support(b) - support(a) || (needsE(b.replace(/e$/, '')) === b.endsWith('e') ? 1 : 0) - (needsE(a.replace(/e$/, '')) === a.endsWith('e') ? 1 : 0));
  const best = ok[0];
  if (!best) return null;
  // A word with no verb ending is a verb only when some other form of it is written too ("offer", "offered").
  if (best === w && support(best) < 2) return null;
  return best;
}

if (nouns) {
  for (const c of cues.filter((c) => c.nominal || /noun/.test(c.id))) {
    for (const p of c.phrases) {
      const words = p.toLowerCase().split(/\s+/);
      const last = words.length > 1 && ['for', 'of', 'to', 'that', 'on'].includes(words[words.length - 1]) ? words.length - 2 : words.length - 1;
      const w = words[last];
      const other = w.endsWith('s') ? w.slice(0, -1) : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
      const v = [...words.slice(0, last), other, ...words.slice(last + 1)].join(' ');
      if (!written.has(v)) console.log(`${c.id}\t${p}\t→ missing: ${v}`);
    }
  }
  process.exit(0);
}

let lacking = 0, listedCount = 0, added = 0;
for (const c of cues) {
  if (c.nominal) continue;
  const lines = [];
  for (const p of c.phrases) {
    const words = p.toLowerCase().split(/\s+/);
    const first = words[0];
    const rest = words.slice(1).join(' ');
    const with_ = (f) => (rest ? `${f} ${rest}` : f);
    const variants = cueVerbVariants(p, table);
    if (variants.length) {
      listedCount++;
      const fresh = variants.filter((v) => !written.has(v));
      added += fresh.length;
      if (showListed) lines.push(`  listed   ${p}  + ${fresh.join(' | ') || '(all written)'}`);
      continue;
    }
    const l = guess(first);
    if (!l) continue;
    const missing = [l, ...regularForms(l)].filter((f) => f !== first && !written.has(with_(f)));
    if (missing.length) { lacking++; lines.push(`  ${l.padEnd(12)} ${p}  lacks: ${missing.map(with_).join(' | ')}`); }
  }
  if (lines.length) console.log(`${c.id} (${c.type})\n${lines.join('\n')}`);
}
console.log(`\nphrases of unlisted verbs lacking forms (guessed): ${lacking}; phrases of listed verbs: ${listedCount}, forms added at load: ${added}`);
