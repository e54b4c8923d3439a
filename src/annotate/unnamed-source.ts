// An unnamed person placed inside one party's delegation, government or team ("a source in the Ukrainian
// delegation told AFP …", "a member of Russia's delegation said …") speaks for that party, and "the source"
// of the next sentences is that person (discourse/source-in-party).
import type { Token } from './tokenize.js';
import type { LexiconIndex, NameValue } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const sourceInParty = defineRule({
  id: 'discourse/source-in-party', stage: 'discourse',
  reason: '"A source in the Ukrainian delegation told AFP that … The source called the demands unacceptable", "a member of the Armenian delegation said …", "an official within Serbia\'s government": an unnamed person (rules.json \'persons\': source, member, official …) "in", "from", "within", "inside" or "of" (rules.json \'links\') a party\'s institution (a party adjective or possessive and a role of roles.json: delegation, government, side, team …) is one mention of that party, the speaker of its sentence; a later "the source" or "the same source" (rules.json \'definite\') refers back to it as a definite role does (discourse/role-before-name), and to nobody when no such source was named ("according to a source familiar with the talks"). A place alone is not enough ("a source in Moscow" may be anyone\'s).',
});

/**
 * At `k` (after a determiner): an unnamed person of rules.json 'persons' (one modifier allowed: "a senior source"),
 * a link of 'links', an optional "the", and a party's adjective or possessive with an institution role; its end and
 * the party's code, else null.
 */
export function sourceInPartyAt(tokens: Token[], k: number, sentenceOf: Int32Array, index: LexiconIndex, pick: (v: NameValue[]) => NameValue, roleAt: (i: number) => { end: number } | null): { end: number; code: string } | null {
  const persons = index.words(sourceInParty.id, 'persons');
  let p = k;
  if (!persons.has(tokens[p]?.lower ?? '') && persons.has(tokens[p + 1]?.lower ?? '') && tokens[p]?.word && !tokens[p].cap) p++;
  if (!persons.has(tokens[p]?.lower ?? '')) return null;
  const link = tokens[p + 1]?.lower ?? '';
  if (!index.words(sourceInParty.id, 'links').has(link)) return null;
  let q = p + 2;
  if (tokens[q]?.lower === 'the') q++;
  if (sentenceOf[q] !== sentenceOf[k]) return null;
  const hit = index.names.matchAt(tokens, q);
  if (!hit) return null;
  const v = pick(hit.values);
  let at = hit.end;
  if (v.kind === 'party' && !v.members && v.sub !== 'group') {
    // ("Russia's delegation": the possessive and an institution.)
    if (tokens[at]?.text !== "'" || tokens[at + 1]?.lower !== 's') return null;
    at += 2;
  } else if (v.kind !== 'adjective') return null;
  const inst = roleAt(at);
  if (!inst || sentenceOf[inst.end - 1] !== sentenceOf[k]) return null;
  return { end: inst.end, code: v.code };
}

/** At `i`: "the source", "the same source" (rules.json 'definite'); the end of the phrase, else 0. */
export function definiteSourceAt(tokens: Token[], i: number, index: LexiconIndex): number {
  if (tokens[i]?.lower !== 'the') return 0;
  const definite = index.words(sourceInParty.id, 'definite');
  let j = i + 1;
  if (tokens[j]?.lower === 'same') j++;
  return definite.has(tokens[j]?.lower ?? '') ? j + 1 : 0;
}
