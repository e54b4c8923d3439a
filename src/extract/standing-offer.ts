// A party's own plan or offer said to stand ("Putin's initiative \"remains on the table\"", "Aliyev's offer of Friday
// still stood", "the Serbian proposal remains valid") is that party proposing the plan again, a stance on the talks
// (spec rule 9: proposing a whole plan or framework is talks). The noun is the stance (a propose-noun cue with its
// possessor as holder); what it holds is named elsewhere or not at all, and its predicate says only that it holds.
// Words: rules.json content/standing-offer.
import { splitPhrases } from '../annotate/phrase-end.js';
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';
import { QUOTE_MARKS } from './quote-marks.js';

export const standingOffer = defineRule({
  id: 'content/standing-offer', stage: 'content',
  reason: '"Aliyev\'s initiative \\"remains on the table\\"", "Vucic\'s offer of Friday still stood", "the Eritrean proposal remains valid": a noun cue of a plan or offer naming no issue, followed (past quote marks and a short phrase of when or whose, \'skips\') by a predicate of standing (\'phrases\': "remains on the table", "still stands", "remains valid") is its holder\'s plan put forward again, the talks (spec rule 9). Not a predicate of anything else ("the offer was rejected", read by the other rules), nor a noun whose words name an issue (that issue is kept).',
});

/** The talks item of a plan or offer noun said to stand, else []. */
export function standingOfferItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if (t.object === 'before') return [];
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(standingOffer.id, list);
  // (The cue is the noun itself: "initiative", "offer of", "proposal"; its last word past "of".)
  let head = t.end - 1;
  if (tokens[head]?.lower === 'of' && head > t.start) head--;
  if (!(w('nouns').has(tokens[head].lower) || doc.index.words('content/plan-is-talks').has(tokens[head].lower))) return [];
  const skips = w('skips');
  const phrases = splitPhrases(w('phrases'));
  let j = t.end;
  for (let n = 0; n < 4 && j < s.tEnd; n++) {
    for (const p of phrases) {
      if (p.every((word, i) => tokens[j + i]?.lower === word)) return [{ issue: 'talks', regions: [], start: t.start, end: j + p.length }];
    }
    const x = tokens[j];
    if (!(QUOTE_MARKS.has(x.text) || skips.has(x.lower) || (x.word && x.cap))) return [];
    j++;
  }
  return [];
}
