// "Ukrainian forces must leave the region for any ceasefire to take effect", "Armenia must pull back from Syunik for a
// truce to hold": after a stance's content has named an issue, "for" + a noun phrase + "to" + a verb of coming about
// (take effect, hold, last, begin) says what the stance is for, as "as a condition for" does
// (content/condition-of-what); the ceasefire or talks it names are the goal, not what is demanded, offered or refused.
// Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const purposeFor = defineRule({
  id: 'content/purpose-for', stage: 'content',
  reason: '"Ukrainian forces must leave the region for any ceasefire to take effect", "Azerbaijani troops must withdraw from Lachin for a truce to hold", "Belgrade would have to drop the sanctions for the talks to resume": once the content named an issue, "for" + one of \'determiners\' + at most \'window\' words + "to" + one of \'verbs\' of coming about is the purpose the stance serves; it ends the content, so the goal\'s issue words are no part of the stance (the withdrawal is demanded, not the ceasefire). Not a stance cue ending in "for" ("called for a ceasefire to take effect", "pushed for the talks to resume"): there the words after it are its content.',
});

/** Whether "for" at `e` opens a purpose clause "for (det) … to VERB" (content/purpose-for). */
export function purposeForAt(doc: Doc, e: number): boolean {
  const { tokens } = doc;
  if (tokens[e]?.lower !== 'for') return false;
  // (The goal's noun phrase: a determiner or none, "for peace to return", then lower-case words only: "for Ukraine to
  // join" names a party's act, no goal.)
  const start = doc.index.words(purposeFor.id, 'determiners').has(tokens[e + 1]?.lower ?? '') ? e + 2 : e + 1;
  const window = Number([...doc.index.words(purposeFor.id, 'window')][0] ?? 3);
  const verbs = doc.index.words(purposeFor.id, 'verbs');
  for (let k = start; k <= start + window && k < tokens.length; k++) {
    const x = tokens[k];
    if (x.lower === 'to') return k > start && verbs.has(tokens[k + 1]?.lower ?? '');
    if (!x.word || x.cap) return false;
  }
  return false;
}
