// The principal sides of a negotiation: the two parties at the table, as against mediators and backers. In an
// article on the war in Ukraine they are Russia and Ukraine (roles.json bothSides); in an article, or a paragraph,
// about another dispute they are that dispute's sides ("Armenia and Azerbaijan", "Israel and Hamas"). Read once
// per document here and asked by every rule that tells a side from a mediator: a side's "call for a ceasefire"
// is its demand, a mediator's is a proposal (spec §2 PROPOSE: "a mediator's plan"); "both sides" are the two.
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import type { ActorMention } from './mentions.js';
import type { Dispute } from '../lexicon/vocab.js';
import { defineRule } from '../extract/rules/registry.js';

export const principalSidesRule = defineRule({
  id: 'discourse/principal-sides', stage: 'discourse',
  reason: 'The principal sides of a document are the sides of the known dispute (disputes.json) it names most, both sides counted ("Armenia … Baku … Yerevan": Armenia and Azerbaijan; "Israel … Hamas"), else the lexicon\'s pair (Russia and Ukraine); a document naming neither Russia nor Ukraine nor both sides of any dispute takes the dispute of a side it names alone (disputes marked "alone": "Bangkok insisted the dispute be settled bilaterally"). A paragraph that names another dispute\'s two sides more than the document\'s, a dispute with none of the document\'s sides, has that dispute\'s sides (a passage on Serbia and Kosovo in an article on Ukraine).',
});

export interface Principals {
  /** The document's principal sides. */
  sides: string[];
  /** The principal sides in force at a sentence (its paragraph's own dispute, else the document's). */
  at(sentence: number): string[];
  /** The words naming a side with no party code of the dispute in force at a sentence ("hamas"), else none. */
  namesAt(sentence: number): string[];
}

/** Mentions of each side of each dispute in the sentences [from, to). */
function counts(disputes: Dispute[], byCode: Map<string, number>[], byName: Map<string, number>[], sentences: number[]): number[][] {
  return disputes.map((d) => {
    const c: number[] = [];
    for (const code of d.sides) { let n = 0; for (const k of sentences) n += byCode[k]?.get(code) ?? 0; c.push(n); }
    if (d.names?.length) { let n = 0; for (const k of sentences) for (const w of d.names) n += byName[k]?.get(w) ?? 0; c.push(n); }
    return c;
  });
}

/** The dispute whose least-named side is named most (0 when none has both sides named). */
function best(c: number[][]): { i: number; score: number } {
  let i = -1, score = 0, total = 0;
  c.forEach((sides, k) => {
    const s = Math.min(...sides), t = sides.reduce((a, b) => a + b, 0);
    if (s > score || (s === score && s > 0 && t > total)) { i = k; score = s; total = t; }
  });
  return { i, score };
}

export function findPrincipals(actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, paragraphOf: (sentence: number) => number, index: LexiconIndex): Principals {
  const fallback = [...index.vocab.bothSides.parties];
  const disputes = index.vocab.disputes ?? [];
  const sentenceCount = tokens.length ? sentenceOf[tokens.length - 1] + 1 : 0;
  if (!disputes.length || !sentenceCount) return { sides: fallback, at: () => fallback, namesAt: () => [] };
  // Named parties per sentence (a name, a person, a description: not a pronoun, "both sides" or a document).
  const byCode: Map<string, number>[] = [];
  for (const a of actors) {
    if (a.kind === 'pronoun' || a.kind === 'both' || a.kind === 'document' || a.codes.length !== 1) continue;
    const m = byCode[a.sentence] ?? (byCode[a.sentence] = new Map());
    m.set(a.codes[0], (m.get(a.codes[0]) ?? 0) + 1);
  }
  const names = new Set<string>();
  for (const d of disputes) for (const w of d.names ?? []) names.add(w);
  const byName: Map<string, number>[] = [];
  if (names.size) for (let j = 0; j < tokens.length; j++) {
    if (!names.has(tokens[j].lower)) continue;
    const k = sentenceOf[j];
    const m = byName[k] ?? (byName[k] = new Map());
    m.set(tokens[j].lower, (m.get(tokens[j].lower) ?? 0) + 1);
  }
  const all = Array.from({ length: sentenceCount }, (_, k) => k);
  const c = counts(disputes, byCode, byName, all);
  const top = best(c);
  const isDefault = (i: number) => disputes[i].sides.length === fallback.length && disputes[i].sides.every((x) => fallback.includes(x));
  const defaultAt = disputes.findIndex((_, i) => isDefault(i));
  let docIndex = defaultAt;
  if (top.i >= 0 && (defaultAt < 0 || top.score > Math.min(...c[defaultAt]))) docIndex = top.i;
  else if (top.i < 0 && !fallback.some((x) => all.some((k) => byCode[k]?.get(x))) && !actors.some((a) => a.kind === 'both')) {
    // (No dispute with both sides named, and neither default side named: a side named alone, disputes.json 'alone'.
    // Not when the text speaks of "the parties" or "both sides": "India said the parties should sit down together"
    // is a third party on others' talks.)
    // (Every party named is of that dispute: "Armenia, Georgia and Kazakhstan declined to sign" are three
    // countries acting together, not Armenia as Azerbaijan's opponent.)
    const named = new Set<string>();
    for (const m of byCode) if (m) for (const code of m.keys()) named.add(code);
    let most = 0;
    c.forEach((sides, i) => {
      const t = sides.reduce((a, b) => a + b, 0);
      if (disputes[i].alone && t > most && [...named].every((x) => disputes[i].sides.includes(x))) { most = t; docIndex = i; }
    });
  }
  const sides = docIndex >= 0 ? [...disputes[docIndex].sides] : fallback;
  // A paragraph about another dispute: its two sides named more there than the document's pair.
  const paragraphs = new Map<number, number[]>();
  for (let k = 0; k < sentenceCount; k++) { const p = paragraphOf(k); const l = paragraphs.get(p); if (l) l.push(k); else paragraphs.set(p, [k]); }
  const own = new Map<number, number>();
  if (paragraphs.size > 1) for (const [p, ks] of paragraphs) {
    const pc = counts(disputes, byCode, byName, ks);
    const pt = best(pc);
    if (pt.i < 0 || pt.i === docIndex) continue;
    // (Not a dispute sharing a side with the document's: "Russia's war on Georgia in 2008" in an article on Ukraine
    // is background, and Ukraine's "he" there is still a side.)
    if (disputes[pt.i].sides.some((x) => sides.includes(x))) continue;
    const docScore = docIndex >= 0 ? Math.min(...pc[docIndex]) : 0;
    if (pt.score > docScore) own.set(p, pt.i);
  }
  const docNames = docIndex >= 0 ? disputes[docIndex].names ?? [] : [];
  if (!own.size) return { sides, at: () => sides, namesAt: () => docNames };
  const at = (k: number): number | undefined => own.get(paragraphOf(k));
  return {
    sides,
    at: (k) => { const i = at(k); return i === undefined ? sides : disputes[i].sides; },
    namesAt: (k) => { const i = at(k); return i === undefined ? docNames : disputes[i].names ?? []; },
  };
}
