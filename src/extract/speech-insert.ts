// A reporting clause set off by commas between a stance noun and its copula (issue 7, content): "Armenia's main
// demand, Pashinyan said on Tuesday, is the withdrawal of Azerbaijani troops", "The priority, he told senators, is
// an immediate ceasefire", "The Serbian condition, according to two diplomats, remains autonomy for the north". News
// copy puts the speaker there to keep the noun first; the content is what follows the copula, as it is when the
// speaker comes last. Without this the reporting clause ended the content at the first comma and the noun named no
// issue. Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { speechVerbs } from './holder.js';

export const speechInsert = defineRule({
  id: 'content/speech-insert', stage: 'content',
  reason: 'A reporting clause set off by commas right after a stance noun and before its copula ("Armenia\'s main demand, Pashinyan said on Tuesday, is the withdrawal of …", "The priority, he told senators, is …", "The condition, according to two diplomats, remains …") says who told it, not where the content ends: the content goes on past the closing comma. The clause is a speaker of at most six words opening with a capital or one of \'openers\' (a pronoun, a determiner) and a verb of saying (the speech-verbs list), or "according to" and its source, then at most six words ("reporters on Monday"); one of \'copulas\' must follow the closing comma.',
});

// (A speaker's phrase: "the Kremlin spokesman Dmitry Peskov" is five words; what follows the verb: "reporters in Kyiv
// on Monday" is five.)
const SPEAKER_WORDS = 6, TAIL_WORDS = 6;

/** At the comma `c` right after a stance noun: the comma that closes a reporting clause before a copula, else -1. */
export function speechInsertEnd(doc: Doc, s: Sentence, c: number): number {
  const { tokens } = doc;
  if (tokens[c]?.text !== ',') return -1;
  const w = (name: string) => doc.index.words(speechInsert.id, name);
  const limit = Math.min(s.tEnd - 1, c + 16);
  // The speaker and the verb of saying, or "according to".
  let k = c + 1;
  if (tokens[k]?.lower === 'according' && tokens[k + 1]?.lower === 'to') k += 2;
  else {
    const verbs = speechVerbs(doc);
    let n = 0;
    while (k < limit && tokens[k].word && !verbs.has(tokens[k].lower) && n < SPEAKER_WORDS) { k++; n++; }
    if (n === 0 || !verbs.has(tokens[k]?.lower ?? '')) return -1;
    // (A speaker opens with a pronoun, a determiner or a capital: "he", "the minister", "Peskov"; not a clause of the
    // noun's own, "the demand, which Baku said …".)
    const first = tokens[c + 1];
    if (!first.cap && !w('openers').has(first.lower)) return -1;
    k++;
  }
  for (let n = 0; k < limit && n <= TAIL_WORDS; k++, n++) {
    const x = tokens[k];
    if (x.text === ',') return w('copulas').has(tokens[k + 1]?.lower ?? '') ? k : -1;
    if (!x.word && x.text !== "'" && x.text !== '-' && x.text !== '.') return -1;
  }
  return -1;
}
