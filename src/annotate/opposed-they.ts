// '"They want our Donbas," Zelensky warned': in a belligerent's quote, a "they" set against the speaker's "we"/"our"
// is the other side of the front, when the article has just named it (issue 7, holders).
import type { Token } from './tokenize.js';
import type { ActorMention } from './mentions.js';
import type { LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const opposedThey = defineRule({
  id: 'discourse/opposed-they', stage: 'discourse',
  reason: '\'US officials said most points were settled, although Azerbaijan took no part. Pashinyan warned: "They want our southern regions."\': in the quote of one side of a front (fronts.json), a "they" in a sentence with the speaker\'s own "we", "our" or "us" is the other side of that front when the article named it as a subject in that sentence or the three before, not the nearest party named (a mediator, an ally); the speaker\'s own party is never its "they".',
});

/** How many sentences back the other side must have been named. */
const REACH = 3;
const THEY = new Set(['they', 'their', 'them']);
const WE = new Set(['we', 'our', 'us', 'ours']);

/**
 * Re-resolves the "they" of quotes whose speaker is one side of a front. `speakerAt(i)` is the speaker of the
 * quote around token i (null if none).
 */
export function resolveOpposedThey(actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, index: LexiconIndex, speakerAt: (i: number) => ActorMention | null): void {
  const fronts = index.lexicon.fronts;
  if (!fronts.length) return;
  for (let k = 0; k < actors.length; k++) {
    const p = actors[k];
    if (p.kind !== 'pronoun' || !p.inQuote || !THEY.has(p.pronoun ?? '')) continue;
    const sp = speakerAt(p.start);
    if (!sp || sp.codes.length !== 1) continue;
    const own = sp.codes[0];
    const front = fronts.find((f) => f.holder === own || f.defender === own);
    if (!front) continue;
    const other = front.holder === own ? front.defender : front.holder;
    if (p.codes.length === 1 && p.codes[0] === other) continue;
    // The speaker's "we" in the pronoun's sentence, inside the quote: "they" is set against it.
    let opposed = false;
    for (let j = p.start - 12; j < p.start + 16 && !opposed; j++) if (j >= 0 && j < tokens.length && j !== p.start && sentenceOf[j] === p.sentence && WE.has(tokens[j].lower)) opposed = true;
    if (!opposed) continue;
    // The other side named as a subject in reach; not when the quote itself names a third party a "they" may be
    // ('"The Americans are with us. They gave our army air defence"').
    let named = false, third = false;
    for (let j = k - 1; j >= 0 && actors[j].sentence >= p.sentence - REACH; j--) {
      const m = actors[j];
      if (m.kind === 'pronoun' || !m.codes.length) continue;
      if (m.inQuote && !m.codes.includes(other) && !m.codes.includes(own)) third = true;
      if (m.object || m.possessive || m.codes.length !== 1 || m.codes[0] !== other) continue;
      named = true;
    }
    if (third) continue;
    if (named) p.codes = [other];
  }
}
