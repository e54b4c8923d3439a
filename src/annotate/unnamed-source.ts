// An unnamed source of a side, and "the source" that refers back to it (discourse/source-in-party). One rule read in two
// places, the first that applies deciding:
// - when mentions are read: an unnamed person placed inside one party's delegation, government or team ("a source in the
//   Ukrainian delegation told AFP …", "a member of Russia's delegation said …") is one mention of that party, the speaker
//   of its sentence, and "the source" / "the same source" of the next sentences is a definite role that refers back to
//   that person (discourse/role-before-name): so "The source called the demands unacceptable" is that party's however
//   far back the source was placed;
// - as the last holder rule, when no other found one: a stance whose subject opens its sentence as a back-reference to
//   an unnamed source ("The official said …", "One of them described the terms as unacceptable", "The same two people
//   said …", "The source …" after "a Sudanese source", which no mention reads) is held by the party of the unnamed
//   source the three sentences before introduced, its side a party adjective before it or a party after "in"/"of".
// (The two were written in the fiftieth session by separate helpers, as two rules that both read "the source" after "a
// source in the Ukrainian delegation"; they are one rule with one entry of word lists in rules.json.)
import type { Token } from './tokenize.js';
import type { LexiconIndex, NameValue } from './lexicon-index.js';
import type { Doc, Sentence } from './annotate.js';
import type { HolderCtx, Holder } from '../extract/holder.js';
import { defineRule } from '../extract/rules/registry.js';
// (The party code of a one-word party adjective, "Ukrainian", "Kosovar": the stance nouns' helper.)
import { partyAdjectiveAt } from '../extract/stance-nouns.js';

export const sourceInParty = defineRule({
  id: 'discourse/source-in-party', stage: 'discourse',
  reason: 'An unnamed source of a side speaks for that side, and a later back-reference to it too. (1) When mentions are read: "A source in the Ukrainian delegation told AFP that … The source called the demands unacceptable", "a member of the Armenian delegation said …", "an official within Serbia\'s government": an unnamed person (rules.json \'persons\': source, member, official …) "in", "from", "within", "inside" or "of" (rules.json \'links\') a party\'s institution (a party adjective or possessive and a role of roles.json: delegation, government, side, team …) is one mention of that party, the speaker of its sentence; a later "the source" or "the same source" (rules.json \'definite\') refers back to it as a definite role does (discourse/role-before-name), and to nobody when no such source was named ("according to a source familiar with the talks"). A place alone is not enough ("a source in Moscow" may be anyone\'s). (2) As the last holder rule, when no other found one: a stance whose subject opens its sentence as a definite back-reference to an unnamed source ("The source called the demand a non-starter" after "a Sudanese source", "The official said …", "One of them described the terms as unacceptable", "The same two people said …"), with no party named before the stance, is held by the party of the unnamed source the sentences before introduced (nearest first, at most three back): a source noun (\'nouns\') brought in by an indefinite determiner or a number (\'introducers\') or by "according to", whose side is a party adjective before it ("a Ukrainian source", "a senior Kosovar official") or a party after one of the \'links\' ("a source in the Ukrainian delegation", "two members of the Eritrean delegation"). When the nearest such source names no side ("a source familiar with the talks"), nobody is found.',
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

// ---- (2) The holder of a stance voiced by a back-reference to an unnamed source. ----

/** How many sentences back the introduced source is looked for. */
const BACK = 3;
/** How far after the back-reference the stance may start ("The source called the demand a "non-starter""). */
const REACH = 12;

/** The token range of a back-reference subject opening sentence `s` ("The source", "One of them"), else null. */
function backReferenceAt(doc: Doc, s: Sentence): [number, number] | null {
  const { tokens, index } = doc;
  const nouns = index.words(sourceInParty.id, 'nouns');
  const skips = index.words(sourceInParty.id, 'skips');
  let k = s.tStart;
  // "One of them", "Two of the officials", "Both of them".
  if (/^(?:one|two|three|both|each)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of') {
    const w = tokens[k + 2]?.lower ?? '';
    if (w === 'them' || w === 'those') return [k, k + 3];
    if (w === 'the' && nouns.has(tokens[k + 3]?.lower ?? '')) return [k, k + 4];
    return null;
  }
  // "The source", "The same two people", "Both officials".
  if (!/^(?:the|both)$/.test(tokens[k]?.lower ?? '')) return null;
  k++;
  while (k < s.tEnd && k - s.tStart <= 4 && skips.has(tokens[k].lower)) k++;
  return nouns.has(tokens[k]?.lower ?? '') ? [s.tStart, k + 1] : null;
}

/** The party of the unnamed source introduced nearest before sentence `s`: codes, null when it names none, undefined when none is introduced. */
function introducedSource(doc: Doc, s: Sentence): string[] | null | undefined {
  const { tokens, index } = doc;
  const nouns = index.words(sourceInParty.id, 'nouns');
  const intro = index.words(sourceInParty.id, 'introducers');
  const links = index.words(sourceInParty.id, 'links');
  for (let j = s.index - 1; j >= 0 && j >= s.index - BACK; j--) {
    const sj = doc.sentences[j];
    if (!sj) continue;
    const list = doc.actorsBySentence.get(j) ?? [];
    for (let k = sj.tEnd - 1; k >= sj.tStart; k--) {
      if (!nouns.has(tokens[k].lower)) continue;
      // Brought in indefinitely: a determiner or number within the four words before it, past adjectives and the
      // party adjective ("a senior Ukrainian official"), or "according to" right before it.
      let introduced = false;
      for (let b = k - 1; b >= sj.tStart && b >= k - 4; b--) {
        const w = tokens[b].lower;
        if (intro.has(w) || (w === 'to' && tokens[b - 1]?.lower === 'according')) { introduced = true; break; }
        if (!tokens[b].word) break;
      }
      if (!introduced) continue;
      // Its side: a party right before the noun (one adjective may stand between), or after a link ("in", "of" …).
      // (A party adjective before an unknown noun is no mention: "a Ukrainian source" is read from the lexicon.)
      for (let b = k - 1; b >= k - 2 && b >= sj.tStart; b--) { const code = partyAdjectiveAt(doc, b); if (code) return [code]; }
      const before = list.find((m) => !m.possessive && m.end <= k && k - m.end <= 1 && m.start >= k - 3);
      if (before?.codes.length) return [...before.codes];
      if (links.has(tokens[k + 1]?.lower ?? '')) {
        const after = list.find((m) => m.start > k + 1 && m.start <= k + 4);
        if (after?.codes.length) return [...after.codes];
      }
      return null;
    }
  }
  return undefined;
}

/** The holder part of discourse/source-in-party: the party of the unnamed source that "the source" or "one of them" refers back to. */
export function sourceBackReferenceHolder({ doc, s, t, list }: HolderCtx): Holder | undefined {
  // (Speed: only sentences that open with a back-reference are read.)
  const ref = backReferenceAt(doc, s);
  if (!ref || ref[1] > t.start || t.start - ref[1] > REACH) return;
  // A party named between the subject and the stance is the stance's own business, not the source's.
  if (list.some((m) => m.start >= ref[1] && m.start < t.start && m.codes.length)) return;
  const m = introducedSource(doc, s);
  if (!m) return;
  return { codes: m, mention: null, via: 'speaker' };
}
