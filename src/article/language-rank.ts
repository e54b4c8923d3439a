// franc-min's francAll (v6.2), with the same data, arithmetic and order, for the one call language.ts makes
// (only `minLength` set). Why not franc-min's own: it scores a sample against each language of its script with
// an `in` test on a plain object per trigram per language (~60 Latin-script languages × a few hundred
// trigrams); those megamorphic look-ups made one call ~7 million instructions, ~2% of `extract --format eval`
// on news text where a tenth of the articles get past language.ts's English-word shortcut (speed, issue 7).
// Here each trigram is looked up once, in a Map that gives its weight in every language of the script, and
// the tables are built on first use, so a batch of plainly English articles never builds them.
// test/article/language-rank.test.ts compares the two rankings on many samples; they must stay identical.
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** [language (ISO 639-3, or 'und'), score]: best first, as francAll returns them. */
export type LanguageScore = [string, number];

/** franc-min's constants. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/**
 * One script's languages (in franc's data order) and, per trigram, the languages that have it with its weight
 * there, as pairs [language, weight, language, weight, …]: a trigram is in a few of the languages, and the
 * others all add the same maximum.
 */
interface ScriptTable { codes: string[]; weights: Map<number, Int32Array> }
const tables = new Map<string, ScriptTable>();

function tableFor(script: string): ScriptTable {
  let t = tables.get(script);
  if (t) return t;
  const languages = data[script];
  const codes = Object.keys(languages);
  const byTrigram = new Map<number, Map<number, number>>();
  codes.forEach((code, l) => {
    const model = languages[code].split('|');
    // As franc builds its dictionaries: from the last trigram to the first, so a repeated trigram keeps its first place.
    let weight = model.length;
    while (weight--) {
      const g = model[weight];
      // (Only three code units can equal a sample's trigram; franc-min 6.2 has no other.)
      if (g.length !== 3) continue;
      const key = trigramKey(g, 0);
      let w = byTrigram.get(key);
      if (!w) { w = new Map(); byTrigram.set(key, w); }
      w.set(l, weight);
    }
  });
  const weights = new Map<number, Int32Array>();
  for (const [g, w] of byTrigram) weights.set(g, Int32Array.from([...w].flat()));
  t = { codes, weights };
  tables.set(script, t);
  return t;
}

/** The script whose characters are most frequent in `value`, and their share (franc's getTopScript). */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const count = (value.match(expressions[script])?.length ?? 0) / value.length || 0;
    if (count > topCount) { topCount = count; top = script; }
  }
  return [top, topCount];
}

/**
 * The trigram of three UTF-16 code units at `i` as one number (exact: under 2^48), so that counting a sample's
 * trigrams makes no string. franc's trigrams are three code units too (String.prototype.slice).
 */
function trigramKey(s: string, i: number): number {
  return (s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1)) * 65536 + s.charCodeAt(i + 2);
}

/** Each trigram of the cleaned, space-padded text with its count (trigram-utils' asDictionary). */
function trigramCounts(value: string): Map<number, number> {
  const cleaned = ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const g = trigramKey(cleaned, i);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/** francAll(value, { minLength }): every language of the sample's script with its score, best first. */
export function rankLanguages(value: string, minLength: number): LanguageScore[] {
  if (!value || value.length < minLength) return [['und', 1]];
  value = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (!script || !Object.hasOwn(data, script)) {
    if (!script || share === 0) return [['und', 1]];
    return [[script, 1]];
  }
  const { codes, weights } = tableFor(script);
  // franc adds, per trigram of the sample and per language, MAX_DIFFERENCE when the language lacks the trigram,
  // else |count - weight - 1|: here every language starts with the maximum for every trigram, and the few that
  // have one get the difference instead (integers: the sums are exactly franc's).
  const counts = trigramCounts(value);
  const distance = new Array<number>(codes.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [g, count] of counts) {
    const w = weights.get(g);
    if (w === undefined) continue;
    for (let k = 0; k < w.length; k += 2) distance[w[k]] += Math.abs(count - w[k + 1] - 1) - MAX_DIFFERENCE;
  }
  // A stable sort on the distance, from franc's data order: ties keep the same order as francAll's.
  const ranked: LanguageScore[] = codes.map((code, l) => [code, distance[l]]);
  ranked.sort((a, b) => a[1] - b[1]);
  const min = ranked[0][1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const r of ranked) r[1] = 1 - (r[1] - min) / max || 0;
  return ranked;
}
