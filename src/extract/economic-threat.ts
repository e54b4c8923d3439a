// Threats that name no issue but the money they would hurt (issue 7, THREATEN recall): "the United States could do
// things financially that would be devastating for Russia if it refused" is a threat of sanctions. Words: rules.json
// content/economic-threat.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const economicThreat = defineRule({
  id: 'content/economic-threat', stage: 'content',
  reason: 'A threat whose words name none of the issues but name the money it would hurt ("the United States could do things financially that would be devastating for Russia if it refused", "could impose financial measures that would be very bad for Moscow", "would hit Belgrade economically"): one of rules.json \'words\' within six words before the threat or in its content is a threat of sanctions (spec §2: economic pressure). Not a word inside an "if" clause ("if the financial aid stops").',
});

/** A word of money near the threat t, before it by six words or in its content to `to`, outside an "if" clause. */
export function economicHarm(doc: Doc, s: Sentence, t: Trigger, to: number): boolean {
  const words = doc.index.words(economicThreat.id, 'words');
  const end = Math.min(s.tEnd, Math.max(to, t.end) + 2);
  for (let k = Math.max(s.tStart, t.start - 6); k < end; k++) {
    const w = doc.tokens[k].lower;
    if (w === 'if' || w === 'unless') { if (k >= t.start) break; continue; }
    if (words.has(w)) return true;
  }
  return false;
}
