// A shortened re-mention names the issue of the term it shortens: after "security guarantees" an article goes on
// with "the guarantees", after "a demilitarised zone" with "the zone", after "a reassurance force" with "such a
// force" (issue 7: documents are read as a whole; an analyst reads "the guarantees had to be legally binding" as
// being about the security guarantees named before). The head (last word) of every issue term of two or more words
// an article has used is remembered with that term's issue; a later bare head after a determiner, which no term
// covers, names the same issue. The newest term with a head wins ("the zone" after an economic zone, then a
// demilitarised zone, is the latter).
import type { Token } from './tokenize.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { IssueTerm, LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const issueRemention = defineRule({
  id: 'discourse/issue-remention', stage: 'discourse',
  reason: 'A determiner and the bare head of an issue term of several words used earlier in the article ("the guarantees" after "security guarantees", "such a force" after "a reassurance force") name that term\'s issue. Heads that are not nouns or that stand for the whole war ("notHeads": "the war", "the conflict") are never re-mentions; nor is a capitalised head (a name).',
});

/** Per article: each remembered head with the issue values of the newest term it ended. */
export type Rementions = Map<string, IssueTerm[]>;

/**
 * Adds to `found` (the issue terms of tokens [from, to), in order) the re-mentions of heads in `seen`, then
 * remembers the heads of this sentence's terms in `seen` for the next sentences.
 */
export function addRementions(tokens: Token[], from: number, to: number, index: LexiconIndex, found: PhraseMatch<IssueTerm>[], seen: Rementions): void {
  if (seen.size) {
    const determiners = index.words(issueRemention.id, 'determiners');
    let added = false;
    for (let i = from + 1; i < to; i++) {
      const t = tokens[i];
      if (!t.word) continue;
      const values = seen.get(t.text);
      // ("such a force": the article before the noun belongs to "such".)
      const before = tokens[i - 1].lower;
      const det = (before === 'a' || before === 'an') && i - 2 >= from ? tokens[i - 2].lower : before;
      if (!values || !determiners.has(det)) continue;
      // ("the guarantees of the deal" is still the guarantees; "the zone's borders" too; a term covering the
      // head already names an issue.)
      if (found.some((m) => m.start <= i && m.end > i)) continue;
      found.push({ start: i, end: i + 1, values });
      added = true;
    }
    if (added) found.sort((a, b) => a.start - b.start);
  }
  let notHeads: Set<string> | undefined;
  for (const m of found) {
    if (m.end - m.start < 2) continue;
    const head = tokens[m.end - 1];
    // (A head in lower case only: "the Russian" or "the Black Sea" are names; a short word is a preposition or an
    // article: "sovereignty over", "as part of".)
    if (!head.word || head.text !== head.lower || head.lower.length < 4) continue;
    if (m.values.every((v) => v.issue === '_noise')) continue;
    notHeads ??= index.words(issueRemention.id, 'notHeads');
    if (notHeads.has(head.lower)) continue;
    seen.set(head.lower, m.values.filter((v) => v.issue !== '_noise'));
  }
}
