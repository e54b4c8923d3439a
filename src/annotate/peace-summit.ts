// A summit or conference held on peace in one party ("the Summit on Peace in Ukraine", "a peace conference on Sudan",
// "the Armenia peace summit") issues its final document on that party's behalf: the communiqué's calls are read as
// that party's positions (our annotators give the Bürgenstock communiqué's calls to Ukraine, not to the eighty
// signatories nor to the host). Only a document no phrase, "by" or producing subject gives an author.
import type { Token } from './tokenize.js';
import type { ActorMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';

export const peaceSummitDocument = defineRule({
  id: 'discourse/peace-summit-document', stage: 'discourse',
  reason: '"The two-day Summit on Peace in Ukraine closed with a final communiqué …", "Some 80 countries signed the final communiqué of the peace summit on Ukraine", "The Sudan peace conference ended with a joint declaration": a document with no author named, in the sentence of a summit or conference (rules.json \'meetings\') for peace in one party — "peace" before the meeting and "on" the party after it, "on peace in" the party, or the party and "peace" right before it — speaks for that party: it holds the document\'s calls, and later "the communiqué", "the text" or "it" go on stating them. Not a meeting with no "peace" ("the London summit on Ukraine"), nor one on two parties.',
});

/**
 * The single party a peace meeting named in the sentence of the document phrase `start`..`end` is held for, or null.
 * `meetings`: the meeting nouns (summit, conference). Scans the sentence up to twelve tokens past the document.
 */
export function peaceSummitParty(tokens: Token[], sentenceOf: Int32Array, startAt: Map<number, ActorMention>, meetings: Set<string>, start: number, end: number): string | null {
  const s = sentenceOf[start];
  let first = start;
  while (first > 0 && sentenceOf[first - 1] === s && start - first < 60) first--;
  const party = (k: number): string | null => {
    if (tokens[k]?.lower === 'the') k++;
    const a = startAt.get(k);
    if (!a || a.codes.length !== 1 || a.possessive) return null;
    // (One party only: "a peace conference on Armenia and Azerbaijan" is held for neither alone.)
    const after = tokens[a.end]?.lower;
    if ((after === 'and' || after === ',' || after === '-') && startAt.get(a.end + 1)?.codes.length) return null;
    return a.codes[0];
  };
  for (let j = first; j < tokens.length && sentenceOf[j] === s && j <= end + 12; j++) {
    if (!meetings.has(tokens[j].lower)) continue;
    const before = tokens[j - 1]?.lower;
    // "peace summit on Ukraine", "Peace conference on Ukraine".
    if (before === 'peace' && tokens[j + 1]?.lower === 'on') { const c = party(j + 2); if (c) return c; }
    // "Summit on Peace in Ukraine".
    if (tokens[j + 1]?.lower === 'on' && tokens[j + 2]?.lower === 'peace' && tokens[j + 3]?.lower === 'in') { const c = party(j + 4); if (c) return c; }
    // "the Ukraine peace summit".
    if (before === 'peace' && j >= 2) {
      for (const a of [startAt.get(j - 2), startAt.get(j - 3)]) if (a && a.end === j - 1 && a.codes.length === 1 && !a.possessive) return a.codes[0];
    }
  }
  return null;
}
