// Factboxes of a party's document: "FACTBOX — RUSSIA'S MEMORANDUM", "Factbox: The Ukrainian plan", "What Kyiv's
// draft says" as a heading of its own, then (often) a line of prose about the document, then bullet lines that
// spread its points ("* Territory: recognition of Crimea as part of Russia.", "- No limits on Ukraine's army.").
// The heading is the only place the holder and the type are said: a principal side's own document demands its
// points of the other side (sentence/principal-formula), a mediator's proposes them. The section path of
// section-lists.ts reads the bullets; this file finds the heading and the bullets' labels. Word lists:
// lexicon/data/rules.json under content/document-heading.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { LexiconIndex } from '../annotate/lexicon-index.js';
import type { Trigger } from './triggers.js';
import type { ClaimType } from './types.js';
import { defineRule } from './rules/registry.js';
import { listNounAt } from './list-nouns.js';

export const documentHeading = defineRule({
  id: 'content/document-heading', stage: 'content',
  reason: 'A factbox heading of its own line that names one party\'s document ("FACTBOX — RUSSIA\'S MEMORANDUM", "Factbox: the Ukrainian plan", "What Baku\'s draft says"; a label such as "Factbox" and a dash or colon may open it) opens that party\'s section: each bullet after it, past a line of prose about the document, is one point of the document, held by the party; a principal side\'s own document demands its points (a negative one, "- No limits on the army", refuses), a mediator\'s proposes them. A bullet\'s label before a colon ("* Territory: recognition of …", "- Ceasefire, option one: a full withdrawal …") is no item: the item is what follows the colon, unless a party opens it ("* Elections: Ukraine must hold …", a sentence of its own). Without a label only the "what … says" form counts: a bare plan heading ("The American proposals") is candidate/plan-heading-list\'s.',
});

/** Per lexicon: one- and two-word party names and adjectives, lower-cased, for headings in capitals ("RUSSIA'S"). */
const CAPS_NAMES = new WeakMap<LexiconIndex, Map<string, string>>();
function capsNames(index: LexiconIndex): Map<string, string> {
  let m = CAPS_NAMES.get(index);
  if (m) return m;
  m = new Map();
  for (const a of index.lexicon.actors) {
    for (const n of [...a.names, ...(a.metonyms ?? []), ...(a.adjectives ?? [])]) {
      const l = n.toLowerCase();
      if (l.split(' ').length <= 2 && !m.has(l)) m.set(l, a.code);
    }
  }
  CAPS_NAMES.set(index, m);
  return m;
}

/** The first token of the heading past a label and its separator ("FACTBOX —", "Factbox:"), else s.tStart. */
export function headingBodyStart(doc: Doc, s: Sentence): number {
  const { tokens } = doc;
  const w = doc.index.words(documentHeading.id, 'labels');
  let j = s.tStart;
  while (j < s.tStart + 2 && tokens[j]?.word && w.has(tokens[j].lower)) j++;
  if (j === s.tStart || j >= s.tEnd - 1) return s.tStart;
  return doc.index.words(documentHeading.id, 'separators').has(tokens[j].text) ? j + 1 : s.tStart;
}

/** A party named at token j of the heading: its codes and the token after it (a mention, or a name in capitals). */
export function partyAt(doc: Doc, s: Sentence, j: number): { codes: string[]; end: number; mention: ReturnType<typeof mentionAt> } | null {
  const m = mentionAt(doc, s, j);
  if (m) return { codes: [...m.codes], end: m.end, mention: m };
  const names = capsNames(doc.index);
  const one = doc.tokens[j]?.lower ?? '';
  const two = `${one} ${doc.tokens[j + 1]?.lower ?? ''}`;
  if (j + 1 < s.tEnd && names.has(two)) return { codes: [names.get(two)!], end: j + 2, mention: undefined };
  if (names.has(one)) return { codes: [names.get(one)!], end: j + 1, mention: undefined };
  return null;
}
function mentionAt(doc: Doc, s: Sentence, j: number) {
  return (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.start === j && a.codes.length > 0);
}

/**
 * "the"? + a party (possessive or adjective) + modifiers + a document noun that ends the phrase at `end`, from token
 * `j` of sentence `s` ("THE RUSSIAN MEMORANDUM", "Kyiv's 10-point plan"): the party's mention and the noun's index,
 * or null. Read by factbox headings here and by candidate/option-frame-section.
 */
export function partyDocumentPhrase(doc: Doc, s: Sentence, j: number, end: number): { party: NonNullable<ReturnType<typeof partyAt>>; noun: number } | null {
  const { tokens } = doc;
  const words = (list: string) => doc.index.words(documentHeading.id, list);
  if (tokens[j]?.lower === 'the') j++;
  const party = partyAt(doc, s, j);
  if (!party) return null;
  // (A mention may take in the document noun itself, "Serbian memorandum".)
  j = party.end === end && party.end - 1 > j ? end - 1 : party.end;
  if (tokens[j]?.text === "'" && tokens[j + 1]?.lower === 's') j += 2;
  else if (tokens[j]?.text === "'") j++;
  const mods = words('modifiers');
  while (j < end - 1 && (mods.has(tokens[j].lower) || tokens[j].text === '-' || /^\d+$/.test(tokens[j].text))) j++;
  if (j !== end - 1 || !words('documents').has(tokens[j].lower)) return null;
  return { party, noun: j };
}

/**
 * The party section a factbox heading opens: (label) + "the"? + party (possessive or adjective) + modifiers + a
 * document noun that ends the heading; or "what" + that phrase + a verb of saying or containing
 * ("What Kyiv's plan says"). Null for any other heading.
 */
export function documentSectionOf(doc: Doc, s: Sentence): { t: Trigger; codes: string[]; mention: ReturnType<typeof mentionAt>; type: ClaimType } | null {
  const { tokens } = doc;
  const words = (list: string) => doc.index.words(documentHeading.id, list);
  const body = headingBodyStart(doc, s);
  let j = body;
  const what = tokens[j]?.lower === 'what';
  // (Without a label, only "What Kyiv's plan says": a bare plan heading is candidate/plan-heading-list's.)
  if (!what && body === s.tStart) return null;
  let end = s.tEnd;
  if (what) {
    j++;
    // ("What is in Kyiv's plan", "What's in the draft".)
    if (tokens[j]?.lower === 'is' || tokens[j]?.text === "'") { j += tokens[j].text === "'" ? 2 : 1; if (tokens[j]?.lower !== 'in') return null; j++; }
    else if (!words('verbs').has(tokens[end - 1]?.lower ?? '')) return null;
    else end--;
  }
  const phrase = partyDocumentPhrase(doc, s, j, end);
  if (!phrase) return null;
  const { party } = phrase;
  j = phrase.noun;
  // A typed list noun keeps its type ("FACTBOX — MOSCOW'S DEMANDS"); a principal side's own document demands its
  // points; anyone else's proposes them.
  const typed = listNounAt(doc, j);
  const sides = doc.principalsAt(s.index);
  const type: ClaimType = typed && typed.type !== 'PROPOSE' ? typed.type : party.codes.every((c) => sides.includes(c)) ? 'DEMAND' : 'PROPOSE';
  const t: Trigger = { start: j, end: j + 1, type, cue: null, rule: 'document-heading', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, listed: true };
  return { t, codes: party.codes, mention: party.mention, type };
}

/**
 * The type of a point of a principal side's document: a demand on the substance, but a proposal on the talks or a
 * ceasefire ("* A meeting of the two presidents …", "* A full ceasefire for 30 days …"), a mutual step, as
 * sentence/principal-formula reads a principal side's plan.
 */
export function documentPointType(doc: Doc, type: ClaimType, issue: string): ClaimType {
  if (type !== 'DEMAND' || issue === 'other') return type;
  return doc.index.words('sentence/principal-formula', 'issues').has(issue) ? type : 'PROPOSE';
}

/** The first token past a bullet's label and its colon ("* Territory: …", "- Ceasefire, option one: …"), or -1. */
export function bulletLabelEnd(doc: Doc, s: Sentence): number {
  const { tokens } = doc;
  const max = Math.min(s.tEnd - 1, s.tStart + 11);
  for (let j = s.tStart + 2; j < max; j++) {
    if (tokens[j].text === ':') return j + 1;
    if (tokens[j].text === ';' || tokens[j].text === '.') return -1;
  }
  return -1;
}

/** A labelled bullet whose text after the colon opens with a party that is no possessor: a sentence of its own. */
export function labelledClause(doc: Doc, s: Sentence, from: number): boolean {
  const m = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.start >= from && a.start <= from + 1);
  return !!m && !m.possessive;
}
