// Withdrawing from an arrangement named by a pronoun (content/left-arrangement): "Russia said it would withdraw from it
// if Ukraine violated it" (of an energy moratorium named before), "Moscow reserved the right to withdraw if Ukraine
// broke it", "Baku could pull out of it at any time". The withdrawal term is a territory term, but its object here is
// no land: it is the thing the pronoun stands for, the nearest earlier issue term of the same number (in the sentence
// before the term, else in the sentence before it in the same paragraph). With no object, a condition that the other
// side breaks "it" names what would be left ("would withdraw if Yerevan breached it"). A place nearer than any term,
// or a territory term, is land: "Russia took Kherson and Zaporizhzhia; it must withdraw from them" stays territory.
// Words: rules.json content/left-arrangement.
import type { Doc } from '../annotate/annotate.js';
import { strongestIssue } from '../annotate/lexicon-index.js';
import { pluralHead } from './complement-pronoun.js';
import { defineRule } from './rules/registry.js';

export const leftArrangement = defineRule({
  id: 'content/left-arrangement', stage: 'content',
  reason: 'A withdrawal term (\'verbs\') whose object is a pronoun, "would withdraw from it if Ukraine violated it", "reserved the right to pull out of them", or that has no object and is followed by a condition that the other side breaks the pronoun\'s referent ("could withdraw if Armenia broke it": \'conditions\' then within a few words one of \'breachVerbs\' and the pronoun), leaves what the pronoun stands for: the nearest earlier issue term of its number, in its sentence, else in the sentence before in the same paragraph (the moratorium, the truce, the deal). Its issue is the item\'s; a place or a territory term found first is land, and the withdrawal stays territory (gold of own AL, AS, AT, AY: RUS THREATEN ceasefire for "reserved the right to withdraw from it if Ukraine violated it" of the energy moratorium).',
});

/** The pronoun a withdrawal term ending at `end` takes as its object, or after a condition of breach; else -1. */
function leftPronoun(doc: Doc, end: number, sEnd: number): number {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(leftArrangement.id, list);
  const pronouns = w('pronouns');
  let k = end;
  if (w('prepositions').has(tokens[k]?.lower ?? '')) return pronouns.has(tokens[k + 1]?.lower ?? '') && k + 1 < sEnd ? k + 1 : -1;
  // (No object: "withdraw again if Ukraine broke it".)
  while (k < sEnd && w('adverbs').has(tokens[k].lower)) k++;
  if (!w('conditions').has(tokens[k]?.lower ?? '')) return -1;
  const reach = Number(doc.index.vocab.rules[leftArrangement.id]?.breachReach ?? 5);
  for (let j = k + 1; j < Math.min(sEnd - 1, k + 1 + reach); j++) {
    if (!tokens[j].word) return -1;
    if (w('breachVerbs').has(tokens[j].lower)) return pronouns.has(tokens[j + 1].lower) ? j + 1 : -1;
  }
  return -1;
}

/** The issue of the arrangement a withdrawal term [i, end) leaves, named by a pronoun, or null (land, or no pronoun). */
export function leftArrangementIssue(doc: Doc, i: number, end: number): { issue: string; rank: number } | null {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(leftArrangement.id, list);
  if (!w('verbs').has(tokens[i].lower)) return null;
  const s = doc.sentences[doc.sentenceOf[i]];
  if (!s) return null;
  const p = leftPronoun(doc, end, s.tEnd);
  if (p < 0) return null;
  const plural = tokens[p].lower === 'them';
  const singular = doc.index.words('content/complement-pronoun', 'singularHeads');
  const prev = doc.sentences[s.index - 1];
  const floor = prev && prev.paragraph === s.paragraph ? prev.tStart : s.tStart;
  for (let j = i - 1; j >= floor; j--) {
    const place = doc.placeAt.get(j);
    if (place && place.codes.length && !place.town) return null;
    const term = doc.issueAt.get(j);
    if (!term || term.end > i) continue;
    const best = strongestIssue(term.values);
    if (!best || best.issue === '_noise' || best.issue === 'other') continue;
    const n = pluralHead(doc, term.start, term.end, singular);
    if (n !== null && n !== plural) continue;
    if (best.issue === 'territory') return null;
    return { issue: best.issue, rank: best.rank };
  }
  return null;
}
