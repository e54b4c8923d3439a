// "According to a source in the Ukrainian delegation, Russia demanded that Ukraine withdraw from the four regions. The
// source called the demand a "non-starter"": an unnamed source is introduced once with its side ("a source in the
// Ukrainian delegation", "two members of the Armenian delegation", "a senior Serbian official") and then referred back
// to as "the source", "the official", "one of them". The back-reference names no party of its own, so before this rule
// the refusal it voices found no holder; it is held by the party of the source it refers back to. Word lists live in
// lexicon/data/rules.json under holder/source-back-reference.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { HolderCtx, Holder } from './holder.js';
import { defineRule } from './rules/registry.js';
import { partyAdjectiveAt } from './stance-nouns.js';

export const sourceBackReference = defineRule({
  id: 'holder/source-back-reference', stage: 'holder',
  reason: 'A stance whose subject opens its sentence as a definite back-reference to an unnamed source ("The source called the demand a non-starter", "The official said …", "One of them described the terms as unacceptable", "The same two people said …"), with no party named before the stance, is held by the party of the unnamed source the sentences before introduced (nearest first, at most three back): a source noun (\'words\') brought in by an indefinite determiner or a number (\'introducers\') or by "according to", whose side is a party adjective before it ("a Ukrainian source", "a senior Kosovar official") or a party after "in"/"from"/"of" ("a source in the Ukrainian delegation", "two members of the Eritrean delegation"). When the nearest such source names no side ("a source familiar with the talks"), nobody is found. Tried only when no other holder rule found one.',
});

/** How many sentences back the introduced source is looked for. */
const BACK = 3;
/** How far after the back-reference the stance may start ("The source called the demand a "non-starter""). */
const REACH = 12;

/** The token range of a back-reference subject opening sentence `s` ("The source", "One of them"), else null. */
function backReferenceAt(doc: Doc, s: Sentence): [number, number] | null {
  const { tokens, index } = doc;
  const nouns = index.words(sourceBackReference.id);
  const skips = index.words(sourceBackReference.id, 'skips');
  let k = s.tStart;
  // "One of them", "Two of the officials", "Both of them".
  if (/^(?:one|two|three|both|each)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of') {
    const w = tokens[k + 2]?.lower ?? '';
    if (w === 'them' || w === 'those') return [k, k + 3];
    if (w === 'the' && nouns.has(tokens[k + 3]?.lower ?? '')) return [k, k + 4];
    return null;
  }
  // "The source", "The same two people", "Both officials".
  if (!/^(?:the|both)$/.test(tokens[k]?.lower ?? '')) return null;
  k++;
  while (k < s.tEnd && k - s.tStart <= 4 && skips.has(tokens[k].lower)) k++;
  return nouns.has(tokens[k]?.lower ?? '') ? [s.tStart, k + 1] : null;
}

/** The party of the unnamed source introduced nearest before sentence `s`: codes, null when it names none, undefined when none is introduced. */
function introducedSource(doc: Doc, s: Sentence): string[] | null | undefined {
  const { tokens, index } = doc;
  const nouns = index.words(sourceBackReference.id);
  const intro = index.words(sourceBackReference.id, 'introducers');
  const preps = index.words(sourceBackReference.id, 'preps');
  for (let j = s.index - 1; j >= 0 && j >= s.index - BACK; j--) {
    const sj = doc.sentences[j];
    if (!sj) continue;
    const list = doc.actorsBySentence.get(j) ?? [];
    for (let k = sj.tEnd - 1; k >= sj.tStart; k--) {
      if (!nouns.has(tokens[k].lower)) continue;
      // Brought in indefinitely: a determiner or number within the four words before it, past adjectives and the
      // party adjective ("a senior Ukrainian official"), or "according to" right before it.
      let introduced = false;
      for (let b = k - 1; b >= sj.tStart && b >= k - 4; b--) {
        const w = tokens[b].lower;
        if (intro.has(w) || (w === 'to' && tokens[b - 1]?.lower === 'according')) { introduced = true; break; }
        if (!tokens[b].word) break;
      }
      if (!introduced) continue;
      // Its side: a party right before the noun (one adjective may stand between), or after "in"/"from"/"of".
      // (A party adjective before an unknown noun is no mention: "a Ukrainian source" is read from the lexicon.)
      for (let b = k - 1; b >= k - 2 && b >= sj.tStart; b--) { const code = partyAdjectiveAt(doc, b); if (code) return [code]; }
      const before = list.find((m) => !m.possessive && m.end <= k && k - m.end <= 1 && m.start >= k - 3);
      if (before?.codes.length) return [...before.codes];
      if (preps.has(tokens[k + 1]?.lower ?? '')) {
        const after = list.find((m) => m.start > k + 1 && m.start <= k + 4);
        if (after?.codes.length) return [...after.codes];
      }
      return null;
    }
  }
  return undefined;
}

/** holder/source-back-reference: the party of the unnamed source that "the source" or "one of them" refers back to. */
export function sourceBackReferenceHolder({ doc, s, t, list }: HolderCtx): Holder | undefined {
  // (Speed: only sentences that open with a back-reference are read.)
  const ref = backReferenceAt(doc, s);
  if (!ref || ref[1] > t.start || t.start - ref[1] > REACH) return;
  // A party named between the subject and the stance is the stance's own business, not the source's.
  if (list.some((m) => m.start >= ref[1] && m.start < t.start && m.codes.length)) return;
  const m = introducedSource(doc, s);
  if (!m) return;
  return { codes: m, mention: null, via: 'speaker' };
}
