// "First the Russian troops have to leave Transnistria. Then, and only then, would Chisinau grant the region a
// special status": "only then", "only after that" point back to a condition stated before; what follows them is the
// consequence, not the condition. When its subject is the holder's own party, it is the holder's own step in
// return, an OFFER (spec §2), not a demand.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { joinTokens } from '../annotate/tokenize.js';
import { defineRule } from './rules/registry.js';

export const ownConsequenceRule = defineRule({
  id: 'content/own-consequence', stage: 'content',
  reason: 'A backward condition cue ("only then", "only after that", rules.json \'phrases\') opens the consequence of a condition stated before it; with the holder\'s own party as the subject of that consequence ("Then, and only then, would Chisinau grant the region a special status", said by Moldova; "Only then would Ukraine discuss the lifting of some sanctions") it is the holder\'s own step in return: OFFER, not DEMAND. Another party as its subject ("Only then will Russia get any relief") keeps the demand.',
});

/** Does the backward condition cue `t` open a consequence whose subject is one of `codes`? */
export function ownConsequence(doc: Doc, s: Sentence, t: Trigger, codes: string[]): boolean {
  if (t.cue?.id !== 'condition' || t.type !== 'DEMAND') return false;
  const { tokens } = doc;
  const phrases = doc.index.words(ownConsequenceRule.id, 'phrases');
  const said = joinTokens(tokens, t.start, t.end, true);
  if (![...phrases].some((p) => said === p || said.startsWith(p + ' '))) return false;
  const skips = doc.index.words(ownConsequenceRule.id, 'skips');
  const list = doc.actorsBySentence.get(s.index) ?? [];
  for (let k = t.end; k < s.tEnd && k - t.end <= 5; k++) {
    const m = list.find((a) => a.start === k);
    if (m) return !m.object && !m.possessive && m.codes.length > 0 && m.codes.every((c) => codes.includes(c));
    if (!(skips.has(tokens[k].lower) || tokens[k].text === ',')) return false;
  }
  return false;
}
