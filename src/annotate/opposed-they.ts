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

export const speakersThey = defineRule({
  id: 'discourse/not-speakers-they', stage: 'discourse',
  reason: '"A: They proposed to meet again in June. We are not against meeting", \'"They never came back to us," Aliyev said\': in the words of a known speaker (a labelled answer, a quote credited next to it), "they", "their", "them" are never the speaker\'s own party (that is "we"): a "they" resolved to it stands for the last party named before it, in the answer or the few sentences before, that the speaker is not, else, for one side of a front, for the other side named anywhere before (fronts.json), else for nobody.',
});

/** How many sentences back a "they" that is not the speaker looks for its party. */
const OTHER_REACH = 6;

/**
 * Re-resolves a "they" of a quote that resolved to its own speaker's party (discourse/not-speakers-they).
 * `speakerAt(i)` is the speaker of the quote around token i when it is known (labelled or credited), else null.
 */
export function resolveNotSpeakersThey(actors: ActorMention[], fronts: LexiconIndex['lexicon']['fronts'], speakerAt: (i: number) => ActorMention | null, questions: Array<[number, number]> = []): void {
  for (let k = 0; k < actors.length; k++) {
    const p = actors[k];
    if (p.kind !== 'pronoun' || !p.inQuote || !THEY.has(p.pronoun ?? '') || !p.codes.length) continue;
    const sp = speakerAt(p.start);
    if (!sp?.codes.length || !p.codes.some((c) => sp.codes.includes(c))) continue;
    // (An interviewer's earlier questions, "Poland hears a lot about a frozen conflict?", name no party of a later
    // answer: only the question right before the answer does.)
    let asked = -1;
    questions.forEach(([a, b], n) => { if (b <= p.start) asked = n; });
    const earlierQuestion = (m: ActorMention) => questions.some(([a, b], n) => n !== asked && m.start >= a && m.end <= b);
    let other: ActorMention | undefined, otherObject: ActorMention | undefined;
    for (let j = k - 1; j >= 0 && actors[j].sentence >= p.sentence - OTHER_REACH && !other; j--) {
      const m = actors[j];
      if (m.kind === 'pronoun' || m.kind === 'both' || !m.codes.length || m.codes.some((c) => sp.codes.includes(c)) || earlierQuestion(m)) continue;
      if (!m.object && !m.possessive) other = m;
      else otherObject ??= m;
    }
    let found = other ?? otherObject;
    // (Further back, a belligerent's "they" is the other side of its front, named anywhere before: fronts.json.)
    const front = !found && sp.codes.length === 1 ? fronts.find((f) => f.holder === sp.codes[0] || f.defender === sp.codes[0]) : undefined;
    const opposite = front ? (front.holder === sp.codes[0] ? front.defender : front.holder) : '';
    if (opposite) for (let j = k - 1; j >= 0 && !found; j--) if (actors[j].kind !== 'pronoun' && actors[j].codes.length === 1 && actors[j].codes[0] === opposite) found = actors[j];
    p.codes = found ? [...found.codes] : [];
    p.plural = true;
  }
}
