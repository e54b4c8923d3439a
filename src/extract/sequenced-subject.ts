// A deontic whose predicate puts its subject first in a sequence demands the subject (content/sequenced-subject):
// "a ceasefire should come before any negotiations", "the withdrawal of Armenian troops must precede any talks", "a
// ceasefire would have to be in place before such a vote could be held", "a ceasefire must come first and that
// territorial questions …". What comes after "before" or "ahead of", or in a clause after "first", is only the frame
// of the sequence (the talks, a vote), not what is demanded; so the subject's issue is the demand's, as with a verb of
// stopping (content/condition-subject). Only one of 'verbs' right after the deontic (past 'skips': "also", "always"),
// then at most three of 'fillers' ("be in place", "be agreed"), then one of 'order' ("first", "before", "ahead",
// "prior"). A subject that names no issue leaves the content as it was. Words: rules.json under the rule id.
import type { Doc } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const sequencedSubject = defineRule({
  id: 'content/sequenced-subject', stage: 'content',
  reason: 'A deontic whose predicate puts its subject first ("a ceasefire should come before any negotiations": gold of own AX HUN ceasefire, not talks; "a ceasefire must come first and that territorial questions can be discussed only along the current line": N, UKR ceasefire, not territory; "a ceasefire would have to be in place before such a vote could be held": AL) demands the subject; the talks, vote or questions after "before" or "first" only frame the sequence. A verb of coming or preceding right after the deontic, at most three words of being in place or agreed, then a word of order. A subject naming no issue changes nothing.',
});

/** The index just past the word of order when the deontic `t` is followed by a predicate of sequence
 * ("should come before", "must precede", "would have to be in place before", "must come first"), else -1. */
export function sequencedEnd(doc: Doc, t: Trigger): number {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(sequencedSubject.id, list);
  const skips = w('skips'), verbs = w('verbs'), fillers = w('fillers'), order = w('order');
  let k = t.end;
  while (k < t.end + 2 && skips.has(tokens[k]?.lower ?? '')) k++;
  const v = tokens[k]?.lower ?? '';
  if (!verbs.has(v)) return -1;
  // ("must precede any talks": the verb is its own word of order.)
  if (order.has(v)) return k + 1;
  k++;
  for (let n = 0; n < 3 && fillers.has(tokens[k]?.lower ?? ''); n++) k++;
  return order.has(tokens[k]?.lower ?? '') ? k + 1 : -1;
}
