// A cue phrase that starts with a verb is written in one or a few of the verb's forms ("unveiled", "advocated for",
// "brushed off", "vowed never to"), but news writes every tense: "Israel advocates a ceasefire", "Serbia is
// touting its own plan", "Yerevan brushes off the offer", "Hamas vows never to disarm" (issue 7, cue forms). The
// verbs whose cue phrases take every form are data (rules.json, `discourse/cue-verb-forms`), one lemma a line; the
// regular forms are made here, and a verb this function would get wrong is written as a whole line (base form
// first: "seek seeks sought seeking"). At lexicon load every phrase of a verb cue whose first word is a form of a
// listed verb is added in the verb's other forms, unless that phrase is written in some cue already or is listed
// under `skip` (a form that is mostly another word: "pitched battles", "pressing concerns"). A nominal cue's
// phrases ("demand for", "offer of") are nouns and take no verb forms; their listed nouns (`nouns`) take the other
// number instead ("key demands" → "a key demand", "ultimatum" → "ultimatums").
import type { RuleWords } from '../lexicon/vocab.js';
import { defineRule } from '../extract/rules/registry.js';

export const cueVerbForms = defineRule({
  id: 'discourse/cue-verb-forms', stage: 'discourse',
  reason: 'A verb cue phrase written in one tense ("advocated for", "touted", "brushed off", "vowed never to") also matches in its verb\'s other forms ("advocates for", "is touting", "brushes off", "vows never to"), for the verbs listed in rules.json; a form listed under skip (mostly another word: "pitched battles") is not added.',
});

const DOUBLING = /^[^aeiou]*[aeiou][bdglmnprtv]$/;

/**
 * The regular forms of a verb: third person singular, past (= past participle), -ing. "advocate" → advocates,
 * advocated, advocating; "tout" → touts, touted, touting; "pitch" → pitches, pitched, pitching; "rally" →
 * rallies, rallied, rallying; a verb of one syllable ending in one vowel and one consonant doubles it ("ban" →
 * banned, banning). A verb of more syllables that doubles ("commit"), or an irregular one, is written out whole in
 * the data.
 */
export function regularForms(lemma: string): string[] {
  const w = lemma.toLowerCase();
  let s: string, ed: string, ing: string;
  if (/(s|x|z|ch|sh)$/.test(w)) s = `${w}es`;
  else if (/[^aeiou]y$/.test(w)) s = `${w.slice(0, -1)}ies`;
  else if (/[^aeiou]o$/.test(w)) s = `${w}es`;
  else s = `${w}s`;
  if (/[^aeiou]y$/.test(w)) { ed = `${w.slice(0, -1)}ied`; ing = `${w}ing`; }
  else if (/ie$/.test(w)) { ed = `${w}d`; ing = `${w.slice(0, -2)}ying`; }
  else if (/e$/.test(w)) { ed = `${w}d`; ing = /(ee|ye|oe)$/.test(w) ? `${w}ing` : `${w.slice(0, -1)}ing`; }
  else if (DOUBLING.test(w)) { const c = w[w.length - 1]; ed = `${w}${c}ed`; ing = `${w}${c}ing`; }
  else { ed = `${w}ed`; ing = `${w}ing`; }
  return [s, ed, ing];
}

export interface CueVerbTable {
  /** Every form of a listed verb → all the forms of that verb (base first). */
  forms: Map<string, string[]>;
  /** Every form of a listed noun → its singular and plural forms (`nouns`: "ultimatum ultimatums"). */
  nouns: Map<string, string[]>;
  /** Phrases never added as a form of another (`skip`). */
  skip: Set<string>;
}

/** The table of the rule's data: `verbs` (a lemma, or a whole line base form first), `nouns` (a noun's singular and
 * plural, for nominal cues) and `skip` (a phrase, then "#" and why). */
export function cueVerbTable(rules: Record<string, RuleWords>): CueVerbTable {
  const forms = new Map<string, string[]>();
  const entry = rules[cueVerbForms.id];
  const lines = Array.isArray(entry?.verbs) ? entry.verbs : [];
  for (const line of lines) {
    const words = line.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    const all = words.length === 1 ? [words[0], ...regularForms(words[0])] : words;
    for (const f of all) if (!forms.has(f)) forms.set(f, all);
  }
  const nouns = new Map<string, string[]>();
  for (const line of Array.isArray(entry?.nouns) ? entry.nouns : []) {
    const words = line.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length > 1) for (const f of words) if (!nouns.has(f)) nouns.set(f, words);
  }
  const skip = new Set((Array.isArray(entry?.skip) ? entry.skip : []).map((s) => s.split('#')[0].trim().toLowerCase()).filter(Boolean));
  return { forms, nouns, skip };
}

/** The phrase in the other forms of its first word's verb ("brushed off" → "brush off", "brushes off", "brushing
 * off"); none when the first word is no form of a listed verb. Skipped phrases are left out. */
export function cueVerbVariants(phrase: string, table: CueVerbTable): string[] {
  const p = phrase.trim().toLowerCase();
  const space = p.indexOf(' ');
  const first = space < 0 ? p : p.slice(0, space);
  const all = table.forms.get(first);
  if (!all) return [];
  const rest = space < 0 ? '' : p.slice(space);
  const out: string[] = [];
  for (const f of all) {
    if (f === first) continue;
    const v = f + rest;
    if (!table.skip.has(v)) out.push(v);
  }
  return out;
}

/** A nominal cue's phrase with its listed noun in the other number ("key demands" → "key demand", "ultimatum" →
 * "ultimatums"); none when no word of it is a listed noun. Skipped phrases are left out. */
export function cueNounVariants(phrase: string, table: CueVerbTable): string[] {
  const words = phrase.trim().toLowerCase().split(/\s+/);
  const out: string[] = [];
  words.forEach((w, i) => {
    for (const f of table.nouns.get(w) ?? []) {
      if (f === w) continue;
      const v = [...words.slice(0, i), f, ...words.slice(i + 1)].join(' ');
      if (!table.skip.has(v) && !out.includes(v)) out.push(v);
    }
  });
  return out;
}
