// A call in the present perfect is a standing call (claim/perfect-call). claim/standing-call keeps a third party's
// call a demand when the text marks it as kept up ("continued to call for", "had always called for"); the present
// perfect says the same of a position held over time: "Kenya has called for the war to end through dialogue",
// "Mongolia has consistently called for a negotiated settlement", "Ethiopia has called for dialogue throughout the
// conflict" describe where a bystander has stood, a standing demand, not an arrangement it puts forward on the day
// (the tuning gold files each such call DEMAND). Read: "has" or "have" right before the call, or with up to two
// adverbs between ("has consistently", "has long", "have also"). Only a call ('calls' of claim/standing-call): "has
// proposed", "has offered" keep their own types. Words: rules.json claim/perfect-call.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const perfectCall = defineRule({
  id: 'claim/perfect-call', stage: 'claim',
  reason: 'A third party\'s call in the present perfect ("Kenya has called for the war to end through dialogue", "Mongolia has consistently called for a negotiated settlement") states a position held over time, a standing demand as claim/standing-call reads one, not a proposal put forward (claim/mediator-proposes does not apply). \'auxiliaries\' right before the call, or with up to two \'adverbs\' between.',
});

/** Whether the call at `t` (a word of `calls`) stands in the present perfect: "has called", "has consistently called". */
export function perfectCallAt(doc: Doc, s: Sentence, t: Trigger, calls: Set<string>): boolean {
  const { tokens } = doc;
  if (!calls.has(tokens[t.start].lower) || tokens[t.start].lower !== 'called') return false;
  const aux = doc.index.words(perfectCall.id, 'auxiliaries'), adverbs = doc.index.words(perfectCall.id, 'adverbs');
  let k = t.start - 1, skipped = 0;
  while (k >= s.tStart && skipped < 2 && adverbs.has(tokens[k].lower)) { k--; skipped++; }
  return k >= s.tStart && aux.has(tokens[k].lower);
}
