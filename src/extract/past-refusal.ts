// "The Russian delegation did not accept it", "Zelensky said Ukraine had not agreed to any sanctions relief": an answer
// in the past tense to something put to the party, negated, is a refusal reported, not the absence of a stance that
// "did not endorse" or "has not commented" reports (trigger/negation). Only the verbs of answering a proposal
// ('cues': accept, agree to) and the simple past or past perfect ('auxiliaries': "did not", "had not"); "has not
// (yet) agreed" is still pending, an absence. Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const pastRefusal = defineRule({
  id: 'trigger/past-refusal', stage: 'trigger',
  reason: 'A negated answer in the simple past or past perfect ("did not accept", "had not agreed to": \'auxiliaries\' before the negation) to something put to the party, with a verb of answering a proposal (\'cues\': "accept", "agree to", not "agree on", which reports no agreement reached by both), is a refusal: "The Russian side did not accept the proposal" = REJECT, as "will not accept" is. Not "has not agreed" nor "not yet" (pending: the absence of a stance, spec §1), not in a question ("Why did Moscow not accept …?") nor a condition ("even if he did not agree to sit with Yerevan": \'conditions\'), and not with "yet" after it ("had not agreed to that yet").',
});

/** Whether the negated acceptance `t`, negated at token `neg`, reports a refusal in the past (trigger/past-refusal). */
export function isPastRefusal(doc: Doc, s: Sentence, t: Trigger, neg: number): boolean {
  const { tokens, index } = doc;
  if (t.type !== 'ACCEPT' || !t.cue || !index.words(pastRefusal.id, 'cues').has(t.cue.id)) return false;
  if (!index.words(pastRefusal.id, 'auxiliaries').has(tokens[neg - 1]?.lower ?? '')) return false;
  if (!/^(?:not|n't)$/.test(tokens[neg].lower) || tokens[neg + 1]?.lower === 'yet') return false;
  // "agree to" answers a proposal; "agree on", "agree with" report a joint outcome or an opinion.
  if (t.cue.id === 'agree' && tokens[t.end - 1]?.lower !== 'to') return false;
  // ("Why did Moscow not accept the offer?": a question asks, it reports nothing.)
  for (let k = s.tStart; k < s.tEnd; k++) if (tokens[k].text === '?') return false;
  // ("ready to meet him even if he did not agree to sit with Yerevan": a condition supposes, 'conditions'; "had not
  // agreed to that yet": still pending.)
  const conditions = index.words(pastRefusal.id, 'conditions');
  for (let k = Math.max(s.tStart, neg - 12); k < neg; k++) if (conditions.has(tokens[k].lower)) return false;
  for (let k = t.end; k < Math.min(s.tEnd, t.end + 6); k++) if (tokens[k].lower === 'yet') return false;
  return true;
}
