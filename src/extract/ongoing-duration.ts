// A stance that lasts "as long as" an event goes on ("would keep up the pressure as long as the killing continues",
// "sanctions must stay for as long as the aggression continues") says how long it holds: the war going on is no act
// that a party is asked to end, so the condition states no demand of its own (claim/ongoing-duration). A party that
// goes on acting is still asked to stop: "as long as Russia continues its attacks" keeps its demand.
// conditions.ts asks it once for each condition, before pairing it with the sentence's stances.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const ongoingDuration = defineRule({
  id: 'claim/ongoing-duration', stage: 'claim',
  reason: 'A stance that lasts "as long as" an event goes on ("they would keep up the pressure, including sanctions, as long as the killing continues", "for as long as the bloodshed went on") only says how long it holds: the condition, with no party as its subject, states no demand (the tuning sets\' gold has the stance alone, 0 of 16 such conditions). "as long as Russia continues its attacks" keeps its demand: a party acts in it.',
});

/** Whether the condition [from, to) after the phrase at [i, from) is an event going on with no party as subject. */
export function ongoingDurationCondition(doc: Doc, sentence: number, i: number, from: number, to: number): string | null {
  const { tokens } = doc;
  const phrase = tokens.slice(i, from).map((x) => x.lower).join(' ');
  if (!doc.index.words(ongoingDuration.id, 'phrases').has(phrase)) return null;
  const verbs = doc.index.words(ongoingDuration.id, 'verbs');
  const goVerbs = doc.index.words(ongoingDuration.id, 'goVerbs');
  // The subject is a short noun phrase: the verb comes within a few words.
  let k = -1;
  for (let j = from; j < Math.min(to, from + 6); j++) {
    const w = tokens[j].lower;
    if (verbs.has(w) || (goVerbs.has(w) && tokens[j + 1]?.lower === 'on')) { k = j; break; }
  }
  if (k <= from) return null;
  // (A party at the head of the clause acts: "as long as Russia continues", "as long as Russian troops remain".)
  const party = (doc.actorsBySentence.get(sentence) ?? []).some((a) => a.start >= from && a.start < Math.min(k, from + 2));
  if (party) return null;
  return `"${phrase} … ${tokens[k].lower}": how long the stance holds, no demand`;
}
