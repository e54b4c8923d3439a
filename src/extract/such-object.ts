// A stance whose object is "such" and a noun refers back to a thing already named: "Putin agreed that the allies could
// offer Kyiv an Article 5-like guarantee. Witkoff said Washington was prepared to provide such protection", "Baku
// proposed direct talks. Yerevan said it had no objection to such contacts", "Israel wants Hamas disarmed. Hamas will
// never accept such a demand". The noun after "such" names no issue of its own (it would have been read if it did:
// "such a truce"); what it stands for is the last stance reported shortly before it, of any party (its own earlier
// stance too: "Kyiv proposed an energy truce and is ready to extend such an arrangement"). Not "such as" or "such that",
// which introduce a list or a result, and not a stance reported further back than a few sentences, where "such"
// more likely stands for a kind of thing than for a stance. Words: rules.json content/such-object.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { Claim } from './types.js';
import { defineRule } from './rules/registry.js';

export const suchObject = defineRule({
  id: 'content/such-object', stage: 'content',
  reason: 'A stance on "such" + a noun that names no issue ("prepared to provide such protection", "no objection to such contacts", "will never accept such a demand") takes the issue and places of the last stance reported in its sentence or the few before it (rules.json content/such-object: the words, what may stand between the cue and them, how far back).',
});

/** The index of the "such" that opens the stance's object right after it (past a verb or a preposition), else -1. */
export function suchObjectAt(doc: Doc, s: Sentence, t: Trigger): number {
  if (t.nominal || t.exchange || t.object === 'before') return -1;
  const w = (list: string) => doc.index.words(suchObject.id, list);
  const { tokens } = doc;
  const reach = Math.min(s.tEnd - 1, t.end + 3);
  for (let j = t.end; j < reach; j++) {
    const x = tokens[j];
    if (!x.word) return -1;
    if (w('words').has(x.lower)) {
      // ("such as …", "such that …": a list or a result follows, no noun referred back to.)
      const next = tokens[j + 1];
      return next?.word && !w('notBefore').has(next.lower) ? j : -1;
    }
    // (Only a verb or a preposition may come first: "provide such protection", "objection to such contacts".)
    if (!w('between').has(x.lower) && j > t.end) return -1;
  }
  return -1;
}

/** The last claim reported in sentence `s` before `at` or in the few sentences before it, else undefined. */
export function suchAntecedent(doc: Doc, s: Sentence, at: number, claims: Claim[], made: Claim[]): Claim | undefined {
  const back = doc.index.vocab.rules[suchObject.id].sentencesBack as unknown as number;
  const floor = doc.sentences[Math.max(0, s.index - back)].start;
  const limit = doc.tokens[at].start;
  for (const list of [made, claims]) {
    for (let i = list.length - 1; i >= 0; i--) {
      const c = list[i];
      if (c.span[0] < floor) return undefined;
      if (c.span[1] <= limit && c.issue !== 'other') return c;
    }
  }
  return undefined;
}
