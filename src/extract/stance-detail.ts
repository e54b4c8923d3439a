// A detail of a stance stated just before: "'We propose a summit of the leaders,' Yermak said. Later he
// added: 'We propose that it take place in Geneva in June.'" The second proposal's subject, "it", is the
// summit: it adds the place and time of the same proposal (one claim, spec §3 rule 1), not a new stance on
// an unlisted issue ("other").
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Claim } from './types.js';
import { defineRule } from './rules/registry.js';

export const stanceDetail = defineRule({
  id: 'content/stance-detail', stage: 'content',
  reason: 'A stance whose content opens with a pronoun subject that refers back ("We propose that it take place in Geneva in June", "insisted that this happen before the summit"), or with a verb of happening and no subject ("We propose to start on Monday in Baku"), and names no issue details the holder\'s stance of a sentence or two before: it takes that stance\'s issue and places (and merges with it), not "other".',
});

/** The holder's claim that a content opening with "it"/"this" at `from` details, or undefined. */
export function detailedStance(doc: Doc, s: Sentence, from: number, codes: string[], claims: Claim[], made: Claim[]): Claim | undefined {
  let j = from;
  if (doc.tokens[j]?.lower === 'that') j++;
  // "We propose to start on Monday in Baku": a verb of happening with no subject of its own.
  const bareStart = doc.tokens[j]?.lower === 'to' && doc.index.words(stanceDetail.id, 'verbs').has(doc.tokens[j + 1]?.lower ?? '');
  if (!bareStart) {
    if (!doc.index.words(stanceDetail.id).has(doc.tokens[j]?.lower ?? '')) return undefined;
    // A verb or modal after the pronoun: it is the subject ("that it take place"), not an object.
    const next = doc.tokens[j + 1];
    if (!next?.word || next.cap) return undefined;
  }
  const reach = doc.sentences[Math.max(0, s.index - 2)].start;
  for (const list of [made, claims]) {
    for (let i = list.length - 1; i >= 0; i--) {
      const c = list[i];
      if (c.sentence[0] < reach) break;
      if (codes.includes(c.actor) && c.issue !== 'other') return c;
    }
  }
  return undefined;
}
