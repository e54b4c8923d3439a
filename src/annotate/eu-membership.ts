// The spec's alliance issue is NATO membership, neutrality and NATO expansion (claims.md §2); joining the European
// Union is none of them, so a stance on it alone is issue `other` ("Kyiv's application to join the European Union",
// "Brussels agreed to open accession negotiations", "Budapest will not support opening a negotiating cluster"). The
// tuning sets' gold files 21 of 23 such stances outside the bargain below under `other` (sixty-second session). Two
// things keep the alliance: the item names NATO, neutrality or a bloc as well ("no veto over Kyiv's path to the EU and
// NATO": those terms outrank this one), and the other side's not objecting to it ("Russia would not object to Ukraine
// joining the European Union"), which in this news is the price of neutrality and which the dev gold files under the
// alliance (5 of 5 in the tuning gold).
import type { Token } from './tokenize.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { IssueTerm, LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';
import { phraseEnd } from './phrase-end.js';
import { blocNamesUnion } from './eu-bloc-anaphor.js';

export const euMembership = defineRule({
  id: 'discourse/eu-membership', stage: 'discourse',
  reason: 'Joining the European Union is no NATO membership, neutrality or NATO expansion (spec §2): an alliance term naming the Union (rules.json \'names\': "EU membership", "join the European Union") or a step of its accession (\'steps\': "accession negotiations", "negotiating clusters", "candidate status") names issue other, ranked just below the alliance so that an item naming NATO or neutrality too stays the alliance. Not after a word of not objecting within the clause (\'nonObjection\': "would not object to Ukraine joining the European Union", "does not stand in the way of"): the other side\'s consent is the neutrality bargain, filed under the alliance by the dev gold.',
});

/** The rank of EU membership as issue other: below the alliance (6) and above the ceasefire (5). */
const EU_RANK = 5.5;
const CLAUSE_ENDS = new Set(['.', ';', ':', '!', '?', '"', '\u201c', '\u201d']);

/** Retags in `found` (the issue terms of one sentence, in order) the alliance terms that name EU membership alone. */
export function retagEuMembership(tokens: Token[], index: LexiconIndex, found: PhraseMatch<IssueTerm>[]): void {
  for (const m of found) {
    if (!m.values.length || !m.values.every((v) => v.issue === 'alliance')) continue;
    if (!namesUnion(tokens, index, m)) continue;
    if (nonObjectionBefore(tokens, index, m.start) >= 0) continue;
    m.values = [{ issue: 'other', rank: EU_RANK }];
  }
}

/** Whether an alliance term names the European Union ('names', 'steps', the Union right after it, or "the bloc"
 * re-mentioning the Union, discourse/eu-bloc-anaphor). */
export function namesUnion(tokens: Token[], index: LexiconIndex, m: { start: number; end: number }): boolean {
  const names = index.words(euMembership.id, 'names');
  const words = tokens.slice(m.start, m.end).map((t) => t.lower);
  return words.some((w) => names.has(w)) || index.words(euMembership.id, 'steps').has(words.join(' ')) || unionAfter(tokens, m.end)
    || blocNamesUnion(tokens, index, m.start, m.end);
}

/** The Union named right after the term, past a preposition and "the" ("a bid to join | the EU", "membership | in the EU"). */
function unionAfter(tokens: Token[], end: number): boolean {
  let k = end;
  if (/^(?:of|in|to|into)$/.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower === 'the') k++;
  return tokens[k]?.lower === 'eu' || (tokens[k]?.lower === 'european' && tokens[k + 1]?.lower === 'union');
}

/** The start of a word of not objecting ('nonObjection', one or more words) within the eight tokens before, inside
 * the clause, else -1. */
export function nonObjectionBefore(tokens: Token[], index: LexiconIndex, start: number): number {
  const cues = index.words(euMembership.id, 'nonObjection');
  for (let k = start - 1; k >= Math.max(0, start - 8); k--) {
    if (CLAUSE_ENDS.has(tokens[k].text)) return -1;
    const end = phraseEnd(tokens, k, cues);
    if (end >= 0 && end <= start) return k;
  }
  return -1;
}
