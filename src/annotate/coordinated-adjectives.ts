// Several parties named by coordinated adjectives before one role noun: "Armenian and Azerbaijani negotiators",
// "the British, French and German envoys". Each adjective names a party of its own that speaks with the
// role's party (spec §3 rule 8: one claim per party); alone, "Russian" before "and" names no one.
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const coordinatedAdjectives = defineRule({
  id: 'discourse/coordinated-adjectives', stage: 'discourse',
  reason: '"Armenian and Azerbaijani negotiators agreed to …", "the British, French and German envoys called for …", "Ukrainian and European officials answered …" (the last adjective and its role a group\'s name, "European officials"): party adjectives coordinated before a plural role noun are one party each, coordinated with the role\'s party, so the statement is one claim per party; "Russian and Ukrainian territory" (no role) names no party.',
});

/** A party adjective or name at `i` ("Azerbaijani", "US"): the end of its match, or -1. */
function partyWordAt(tokens: Token[], i: number, index: LexiconIndex): number {
  const m = index.names.matchAt(tokens, i);
  if (!m || !m.values.some((v) => v.kind === 'adjective' || (v.kind === 'party' && v.sub === 'name'))) return -1;
  return m.end;
}

/**
 * After a party adjective ending at `end` with no role of its own: true when "and"/"," and further party adjectives
 * lead to one that a plural role noun follows ("Armenian | and Azerbaijani negotiators").
 */
export function coordinatedBeforeRole(tokens: Token[], end: number, index: LexiconIndex, pluralRole: (from: number) => boolean): boolean {
  let j = end;
  for (let step = 0; step < 5; step++) {
    const w = tokens[j]?.text;
    if (w === ',') { j++; if (tokens[j]?.lower === 'and') j++; }
    else if (tokens[j]?.lower === 'and') j++;
    else return false;
    // ("Ukrainian and European officials": the last adjective and its role are a group's name in the lexicon,
    // "European officials", whose head is the plural role.)
    const g = index.names.matchAt(tokens, j);
    if (g && g.end - j >= 2 && g.values.some((v) => v.kind === 'party' && v.sub === 'group') && pluralRole(g.end - 1)) return true;
    const e = partyWordAt(tokens, j, index);
    if (e < 0) return false;
    if (pluralRole(e)) return true;
    j = e;
  }
  return false;
}
