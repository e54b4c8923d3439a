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

/** Where each party code and each side word counts, per dispute: [dispute, slot] pairs (a side's slot is its
 *  index in `sides`, the words' slot the one after them), built once per dispute list. */
interface SlotIndex { byCode: Map<string, Array<[number, number]>>; byName: Map<string, Array<[number, number]>> }
const slotIndexes = new WeakMap<Dispute[], SlotIndex>();
function slotIndex(disputes: Dispute[]): SlotIndex {
  let ix = slotIndexes.get(disputes);
  if (ix) return ix;
  ix = { byCode: new Map(), byName: new Map() };
  disputes.forEach((d, i) => {
    d.sides.forEach((code, s) => { const l = ix!.byCode.get(code); if (l) l.push([i, s]); else ix!.byCode.set(code, [[i, s]]); });
    for (const w of d.names ?? []) { const l = ix!.byName.get(w); if (l) l.push([i, d.sides.length]); else ix!.byName.set(w, [[i, d.sides.length]]); }
  });
  slotIndexes.set(disputes, ix);
  return ix;
}

/** Zero counts for the sides of one dispute (and one for its side words, when it has some). */
const zerosOf = (d: Dispute): number[] => new Array<number>(d.sides.length + (d.names?.length ? 1 : 0)).fill(0);
/** Zero counts for each side of each dispute. */
const zeros = (disputes: Dispute[]): number[][] => disputes.map(zerosOf);

/** The dispute whose least-named side is named most (0 when none has both sides named). A paragraph's counts leave
 *  out the disputes it names no side of (undefined): all zero, such a dispute is never the best. */
function best(c: Array<number[] | undefined>): { i: number; score: number } {
  let i = -1, score = 0, total = 0;
  c.forEach((sides, k) => {
    if (sides === undefined) return;
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
  // Mentions of each side of each dispute, in the document and per paragraph, in one pass over the named parties (a
  // name, a person, a description: not a pronoun, "both sides" or a document) and the side words ("hamas").
  // (One pass, not disputes × sides × sentences: this runs for every document, speed.)
  const ix = slotIndex(disputes);
  const c = zeros(disputes);
  // (Per paragraph, counts only for the disputes it names a side of: a paragraph names one or two of the ~20, and
  // zeros for all of them in every paragraph were most of this function's time, speed.)
  const perParagraph = new Map<number, Array<number[] | undefined>>();
  const named = new Set<string>();
  const add = (slots: Array<[number, number]> | undefined, sentence: number) => {
    if (!slots) return;
    const p = paragraphOf(sentence);
    let pc = perParagraph.get(p);
    if (!pc) { pc = new Array<number[] | undefined>(disputes.length).fill(undefined); perParagraph.set(p, pc); }
    for (const [i, slot] of slots) { c[i][slot]++; (pc[i] ??= zerosOf(disputes[i]))[slot]++; }
  };
  for (const a of actors) {
    if (a.kind === 'pronoun' || a.kind === 'both' || a.kind === 'document' || a.codes.length !== 1) continue;
    named.add(a.codes[0]);
    add(ix.byCode.get(a.codes[0]), a.sentence);
  }
  if (ix.byName.size) for (let j = 0; j < tokens.length; j++) add(ix.byName.get(tokens[j].lower), sentenceOf[j]);
  const top = best(c);
  const isDefault = (i: number) => disputes[i].sides.length === fallback.length && disputes[i].sides.every((x) => fallback.includes(x));
  const defaultAt = disputes.findIndex((_, i) => isDefault(i));
  let docIndex = defaultAt;
  if (top.i >= 0 && (defaultAt < 0 || top.score > Math.min(...c[defaultAt]))) docIndex = top.i;
  else if (top.i < 0 && !fallback.some((x) => named.has(x)) && !actors.some((a) => a.kind === 'both')) {
    // (No dispute with both sides named, and neither default side named: a side named alone, disputes.json 'alone'.
    // Not when the text speaks of "the parties" or "both sides": "India said the parties should sit down together"
    // is a third party on others' talks.)
    // (Every party named is of that dispute: "Armenia, Georgia and Kazakhstan declined to sign" are three
    // countries acting together, not Armenia as Azerbaijan's opponent.)
    let most = 0;
    c.forEach((sides, i) => {
      const t = sides.reduce((a, b) => a + b, 0);
      if (disputes[i].alone && t > most && [...named].every((x) => disputes[i].sides.includes(x))) { most = t; docIndex = i; }
    });
  }
  const sides = docIndex >= 0 ? [...disputes[docIndex].sides] : fallback;
  // A paragraph about another dispute: its two sides named more there than the document's pair.
  // (Only a paragraph that names a side of some dispute can have a dispute of its own; with one paragraph the
  // document's is its own.)
  const own = new Map<number, number>();
  if (paragraphOf(sentenceCount - 1) !== paragraphOf(0)) for (const [p, pc] of perParagraph) {
    const pt = best(pc);
    if (pt.i < 0 || pt.i === docIndex) continue;
    // (Not a dispute sharing a side with the document's: "Russia's war on Georgia in 2008" in an article on Ukraine
    // is background, and Ukraine's "he" there is still a side.)
    if (disputes[pt.i].sides.some((x) => sides.includes(x))) continue;
    const docCounts = docIndex >= 0 ? pc[docIndex] : undefined;
    const docScore = docCounts ? Math.min(...docCounts) : 0;
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
