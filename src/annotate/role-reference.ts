// "The Secretary-General has proposed …" refers back to the last person introduced with that role, even a few
// sentences further back than other pronouns look and when the role only stood before the name (issue 7).
import type { Token } from './tokenize.js';
import type { ActorMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';

export const roleBeforeName = defineRule({
  id: 'discourse/role-before-name', stage: 'discourse',
  reason: '"… a meeting between Secretary-General António Guterres and President Putin … The Secretary-General has proposed …": a definite role refers to the last mention, up to eight sentences back and in any position (an object, a possessor), that carries the role word, in its own words or in the title right before a name ("Secretary-General António Guterres"); not when the article gave that role to another party too.',
});

/** How many sentences back a definite role looks for the mention that carries its role word. */
const ROLE_LOOKBACK = 8;

/** Whether the role word `head` is in the title right before `m` (at most three words, a hyphen inside). */
export function titledWith(tokens: Token[], m: ActorMention, head: string): boolean {
  for (let j = m.start - 1; j >= Math.max(0, m.start - 4); j--) {
    const t = tokens[j];
    if (t.lower === head) return true;
    if (!t.word && t.text !== '-') return false;
  }
  return false;
}

const carries = (tokens: Token[], m: ActorMention, head: string): boolean => {
  if (m.kind === 'pronoun' || !m.codes.length) return false;
  for (let x = m.start; x < m.end; x++) if (tokens[x].lower === head) return true;
  return m.kind === 'person' && titledWith(tokens, m, head);
};

/**
 * The last non-pronoun mention with a party, before index `k`, that carries `head`, up to ROLE_LOOKBACK sentences
 * back; undefined if none, or if the article gave that role to another party before ("U.S. President Donald Trump
 * … Russian President Vladimir Putin … the president": ambiguous, so nobody).
 */
export function lastWithRole(actors: ActorMention[], k: number, tokens: Token[], head: string, sentence: number): ActorMention | undefined {
  let found: ActorMention | undefined;
  for (let j = k - 1; j >= 0; j--) {
    const m = actors[j];
    if (!carries(tokens, m, head)) continue;
    if (!found) { if (m.sentence < sentence - ROLE_LOOKBACK) return undefined; found = m; continue; }
    if (m.codes.join() !== found.codes.join()) return undefined;
  }
  return found;
}
