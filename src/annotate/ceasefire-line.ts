// The line of contact is the line the land is divided along ("the current line of contact should be the starting point
// for any talks" is about who holds the land: territory), unless its sentence names a ceasefire: then it is that
// ceasefire's line ("the fighting should stop immediately, and the current line of contact should be the starting
// point of negotiations", "a ceasefire along the current line"), and names no territory of its own.
import type { Token } from './tokenize.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { IssueTerm, LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const ceasefireLine = defineRule({
  id: 'discourse/ceasefire-line', stage: 'discourse',
  reason: 'The line of contact or the current line in a sentence that names a ceasefire (a term of that issue, not a weak one: "the fighting should stop", "a freeze along the current line") is the ceasefire\'s line: it names no territory of its own.',
});

/** Drops from `found` (the issue terms of one sentence, in order) the terms of the line when another term names a ceasefire. */
export function dropCeasefireLines(tokens: Token[], index: LexiconIndex, found: PhraseMatch<IssueTerm>[]): void {
  if (found.length < 2 || !found.some((m) => m.values.some((v) => v.issue === 'ceasefire' && !v.weak))) return;
  const lines = index.words(ceasefireLine.id, 'lines');
  for (let q = found.length - 1; q >= 0; q--) {
    const m = found[q];
    if (!m.values.every((v) => v.issue === 'territory')) continue;
    let text = tokens[m.start].lower;
    for (let k = m.start + 1; k < m.end; k++) text += ` ${tokens[k].lower}`;
    if (lines.has(text)) found.splice(q, 1);
  }
}
