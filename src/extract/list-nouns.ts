// Typed list nouns stated by their party: "Ukraine's conditions are …", "Russia's red lines were unchanged,
// listing these as …". The noun that announces what follows says what kind of stance its items are:
// conditions, demands and red lines are demanded; an offer or concessions are offered; principles and
// proposals are proposed. (A list noun as the object of a presenting verb, "set out their demands: …", is
// trigger/typed-object.) Word lists: lexicon/data/rules.json under the rule id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ClaimType } from './types.js';
import { defineRule } from './rules/registry.js';
import { defineWordClass, inClass } from '../annotate/word-classes.js';
import { copulaPastAside, listNounAside } from './list-noun-aside.js';

export const listNounCandidate = defineRule({
  id: 'candidate/list-noun', stage: 'candidate',
  reason: 'A party\'s typed list noun followed by a copula or a colon states its items: "Ukraine\'s conditions are a ceasefire along the current line, guarantees …", "Russia\'s red lines were unchanged, listing these as …", "Moscow\'s key demands include …".',
});

const TYPES: ClaimType[] = ['DEMAND', 'OFFER', 'PROPOSE'];

/** First words of every list noun, as a word class: most tokens are ruled out by one bit. */
const LIST_NOUN_HEAD = defineWordClass('list noun heads', (index) => {
  const h = new Set<string>();
  for (const type of TYPES) for (const w of index.words(listNounCandidate.id, type)) h.add(w.split(' ')[0]);
  return h;
});

/** Whether a list noun may start in sentence `s` (a token of its class): none can where this is false (speed). */
export function mayHoldListNoun(s: Sentence): boolean {
  return (s.classes & LIST_NOUN_HEAD.bit) !== 0;
}

/** The type a list noun starting at token `i` gives, and the token after it; null when none starts there. */
export function listNounAt(doc: Doc, i: number): { type: ClaimType; end: number } | null {
  if (!inClass(doc.tokens[i], LIST_NOUN_HEAD)) return null;
  const w = doc.tokens[i].lower;
  const two = `${w} ${doc.tokens[i + 1]?.lower ?? ''}`;
  for (const type of TYPES) {
    const words = doc.index.words(listNounCandidate.id, type);
    if (words.has(two)) return { type, end: i + 2 };
    if (words.has(w)) return { type, end: i + 1 };
  }
  return null;
}

/**
 * "Ukraine's conditions are …": a possessed typed list noun (after optional modifiers such as "key",
 * "shared") followed by a copula or a colon, or by parts and a colon ("… has three elements: …",
 * candidate/partitive-list). Returns [start, end, type] of the noun (and the colon), or null.
 */
export function possessedListNoun(doc: Doc, s: Sentence, i: number): { start: number; end: number; type: ClaimType; colon?: number; rule?: string } | null {
  const hit = listNounAt(doc, i);
  if (!hit) return null;
  const modifiers = doc.index.words(listNounCandidate.id, 'modifiers');
  let b = i - 1;
  while (b >= s.tStart && modifiers.has(doc.tokens[b].lower)) b--;
  // ("Moscow's list of conditions includes …": a collection noun and "of" before the list noun.)
  if (doc.tokens[b]?.lower === 'of' && doc.index.words(listNounCandidate.id, 'collections').has(doc.tokens[b - 1]?.lower ?? '')) {
    b -= 2;
    while (b >= s.tStart && modifiers.has(doc.tokens[b].lower)) b--;
  }
  // The possessor: "Ukraine's", "Kyiv's", "their".
  const possessed = (doc.tokens[b]?.lower === 's' && doc.tokens[b - 1]?.text === "'") || doc.index.words(listNounCandidate.id, 'possessives').has(doc.tokens[b]?.lower ?? '');
  if (!possessed) return null;
  let k = hit.end;
  // "… for peace", "… for a settlement" between the noun and the copula.
  if (doc.tokens[k]?.lower === 'for') { let c = k + 1; while (c < s.tEnd && c - k <= 3 && doc.tokens[c].word && !doc.index.words(listNounCandidate.id, 'copulas').has(doc.tokens[c].lower)) c++; k = c; }
  // ("Their proposals, according to a document circulated to reporters, include …": past an aside,
  // candidate/list-noun-aside; its items follow the copula.)
  const pastAside = copulaPastAside(doc, s, k, doc.index.words(listNounCandidate.id, 'copulas'));
  if (pastAside >= 0) return { start: i, end: hit.end, type: hit.type, colon: pastAside, rule: listNounAside.id };
  const next = doc.tokens[k];
  if (!next || !(next.text === ':' || doc.index.words(listNounCandidate.id, 'copulas').has(next.lower))) {
    const colon = partitiveColon(doc, s, k);
    if (colon >= 0) return { start: i, end: hit.end, type: hit.type, colon, rule: partitiveList.id };
    // ("Kyiv's demand had not changed, he added: an immediate ceasefire …": a short predicate of staying the same,
    // a speaker set off by commas, then the colon, candidate/unchanged-list.)
    const unchanged = unchangedColon(doc, s, k);
    return unchanged < 0 ? null : { start: i, end: hit.end, type: hit.type, colon: unchanged, rule: unchangedList.id };
  }
  return { start: i, end: hit.end, type: hit.type };
}

export const partitiveList = defineRule({
  id: 'candidate/partitive-list', stage: 'candidate',
  reason: '"Moscow\'s offer, according to the leaked paper, has three elements: a freeze …, the return of …", "Kyiv\'s conditions fall into two groups: …": a party\'s typed list noun that has, contains or consists of parts announced by a colon states its items after the colon (a parenthesis between them is skipped).',
});

/**
 * After a list noun ending at `k`: an optional parenthesis (", according to the leaked paper,"), a verb of having
 * parts ("has", "consists of"), a few words and a part noun, then a colon. Returns the colon's index, or -1.
 */
function partitiveColon(doc: Doc, s: Sentence, k0: number): number {
  const { tokens } = doc;
  let k = k0;
  if (tokens[k]?.text === ',') {
    let c = k + 1;
    while (c < s.tEnd && c - k <= 8 && tokens[c].text !== ',' && tokens[c].text !== ':') c++;
    if (tokens[c]?.text !== ',') return -1;
    k = c + 1;
  }
  if (!doc.index.words(partitiveList.id, 'verbs').has(tokens[k]?.lower ?? '')) return -1;
  const parts = doc.index.words(partitiveList.id, 'parts');
  for (let j = k + 1; j < Math.min(s.tEnd - 1, k + 5); j++) {
    if (!tokens[j].word) return -1;
    if (parts.has(tokens[j].lower) && tokens[j + 1]?.text === ':') return j + 1;
  }
  return -1;
}

export const listedBack = defineRule({
  id: 'candidate/listed-back', stage: 'candidate',
  // (Gate: every match opens at one of 'verbs'.)
  needs: [{ list: 'verbs' }],
  reason: '"Moscow has set out its conditions. The Kremlin listed them: recognition of …, the demilitarisation of …", "Baku named these as: …": a verb of listing whose object is "them", "these" or "those" before a colon lists the typed list noun named last in that sentence or the two before it ("conditions", "demands", "security interests"); its items after the colon are the listing party\'s stances of that noun\'s type. With no such noun before, nothing is listed.',
});

/**
 * "The Kremlin listed them: …": a listing verb (rules.json 'verbs', an optional particle), "them"/"these"/"those"
 * (and "as"), then a colon; the type is that of the last typed list noun in this sentence before the verb or in the two
 * sentences before. Returns the verb, the colon and the type, or null.
 */
export function listedBackAt(doc: Doc, s: Sentence): { verb: number; colon: number; type: ClaimType } | null {
  const { tokens, index } = doc;
  const verbs = index.words(listedBack.id, 'verbs'), pronouns = index.words(listedBack.id, 'pronouns');
  for (let v = s.tStart; v < s.tEnd - 2; v++) {
    if (!verbs.has(tokens[v].lower)) continue;
    let k = v + 1;
    if (tokens[k].lower === 'out') k++;
    if (!pronouns.has(tokens[k]?.lower ?? '')) continue;
    k++;
    // ("spelled them out:", "listed these as:")
    if (tokens[k]?.lower === 'out' || tokens[k]?.lower === 'as') k++;
    if (tokens[k]?.text !== ':') continue;
    // The noun the pronoun stands for: the last typed list noun before the verb, in this sentence or the two before.
    let type: ClaimType | null = null;
    const first = doc.sentences[Math.max(0, s.index - 2)].tStart;
    for (let i = v - 1; i >= first && !type; i--) {
      if (doc.mentions.inQuote[i] === 1) continue;
      const hit = listNounAt(doc, i);
      if (hit) type = hit.type;
    }
    return type ? { verb: v, colon: k, type } : null;
  }
  return null;
}

export const unchangedList = defineRule({
  id: 'candidate/unchanged-list', stage: 'candidate',
  reason: '"Kyiv\'s demand had not changed, he added: an immediate ceasefire and the withdrawal …", "Moscow\'s conditions remain the same: …": a party\'s typed list noun with a predicate of staying the same (\'words\') and, optionally, a speaker set off by commas, before a colon, states its items after the colon.',
});

/** After a list noun ending at `k`: auxiliaries, "not", a word of staying the same, an optional ", X said/added", a colon; else -1. */
function unchangedColon(doc: Doc, s: Sentence, k: number): number {
  const { tokens } = doc;
  const same = doc.index.words(unchangedList.id), aux = doc.index.words(unchangedList.id, 'auxiliaries');
  let j = k;
  while (j < s.tEnd && j - k < 4 && aux.has(tokens[j].lower)) j++;
  if (!same.has(tokens[j]?.lower ?? '')) return -1;
  j++;
  if (tokens[j]?.lower === 'same' || tokens[j]?.lower === 'unchanged') j++;
  // (", he added", ", the minister said")
  if (tokens[j]?.text === ',') { let c = j + 1; while (c < s.tEnd && c - j <= 5 && tokens[c].word) c++; j = c; }
  return tokens[j]?.text === ':' ? j : -1;
}

export const listingParticiple = defineRule({
  id: 'candidate/listing-participle', stage: 'candidate',
  // (Gate: every match is one of its 'words' after a comma.)
  needs: [{ list: 'words' }],
  reason: '"A settlement was possible only if Russia\'s legitimate security interests were taken into account, it said, listing the recognition of …, the demilitarisation …, and a neutral status": a participle of listing (\'words\') after a comma spells out the typed list noun named before it in its sentence; its items are the speaker\'s stances of that noun\'s type.',
});

/** ", listing X, Y and Z" after a typed list noun in the sentence: the participle and the type, or null. */
export function listingParticipleAt(doc: Doc, s: Sentence): { at: number; type: ClaimType; speaker?: string[] } | null {
  const { tokens } = doc;
  const words = doc.index.words(listingParticiple.id);
  for (let v = s.tStart + 2; v < s.tEnd - 1; v++) {
    if (!words.has(tokens[v].lower) || tokens[v - 1].text !== ',') continue;
    // ("listing these as", "listing them": candidate/listed-back's pronouns are read there.)
    if (doc.index.words(listedBack.id, 'pronouns').has(tokens[v + 1]?.lower ?? '')) return null;
    for (let i = v - 2; i >= s.tStart; i--) {
      if (doc.mentions.inQuote[i] === 1 && tokens[i].text !== '"') continue;
      const hit = listNounAt(doc, i);
      if (!hit) continue;
      // (", Vucic said, listing …": the speaker of the attribution right before the comma lists.)
      const said = doc.index.words('speech-verbs').has(tokens[v - 2]?.lower ?? '') ? v - 2 : -1;
      const m = said < 0 ? undefined : (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.end <= said && said - a.end <= 4 && a.codes.length && tokens[a.start - 1]?.text === ',');
      return { at: v, type: hit.type, speaker: m ? [...m.codes] : undefined };
    }
    return null;
  }
  return null;
}
