// A shortened re-mention names the issue of the term it shortens: after "security guarantees" an article goes on
// with "the guarantees", after "a demilitarised zone" with "the zone", after "a reassurance force" with "such a
// force" (issue 7: documents are read as a whole; an analyst reads "the guarantees had to be legally binding" as
// being about the security guarantees named before). The head (last word) of every issue term of two or more words
// an article has used is remembered with that term's issue; a later bare head after a determiner, which no term
// covers, names the same issue. The newest term with a head wins ("the zone" after an economic zone, then a
// demilitarised zone, is the latter).
import type { Token } from './tokenize.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { IssueTerm, LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';
import { ownedByRegion } from './place-owned-head.js';

export const issueRemention = defineRule({
  id: 'discourse/issue-remention', stage: 'discourse',
  reason: 'A determiner and the bare head of an issue term of several words used earlier in the article ("the guarantees" after "security guarantees", "such a force" after "a reassurance force") name that term\'s issue. Heads that are not nouns or that stand for the whole war ("notHeads": "the war", "the conflict") are never re-mentions; nor is a capitalised head (a name).',
});

/** Per article: each remembered head with the issue values of the newest term it ended. */
export type Rementions = Map<string, IssueTerm[]>;

/**
 * Adds to `found` (the issue terms of tokens [from, to), in order) the re-mentions of heads in `seen`, then
 * remembers the heads of this sentence's terms in `seen` for the next sentences.
 */
export function addRementions(tokens: Token[], from: number, to: number, index: LexiconIndex, found: PhraseMatch<IssueTerm>[], seen: Rementions, regionStarts?: ReadonlySet<number>): void {
  addKinRementions(tokens, from, to, index, found, seen);
  if (seen.size) {
    const determiners = index.words(issueRemention.id, 'determiners');
    let added = false;
    for (let i = from + 1; i < to; i++) {
      const t = tokens[i];
      if (!t.word) continue;
      const values = seen.get(t.text);
      // ("such a force": the article before the noun belongs to "such".)
      const before = tokens[i - 1].lower;
      const det = (before === 'a' || before === 'an') && i - 2 >= from ? tokens[i - 2].lower : before;
      if (!values || !determiners.has(det)) continue;
      // ("the guarantees of the deal" is still the guarantees; "the zone's borders" too; a term covering the
      // head already names an issue.)
      if (found.some((m) => m.start <= i && m.end > i)) continue;
      // ("the status of Crimea" after "a non-nuclear status": the region's own status, discourse/place-owned-head.)
      if (ownedByRegion(tokens, i, index, regionStarts)) continue;
      found.push({ start: i, end: i + 1, values });
      added = true;
    }
    if (added) found.sort((a, b) => a.start - b.start);
  }
  let notHeads: Set<string> | undefined;
  for (const m of found) {
    if (m.end - m.start < 2) continue;
    const head = tokens[m.end - 1];
    // (A head in lower case only: "the Russian" or "the Black Sea" are names; a short word is a preposition or an
    // article: "sovereignty over", "as part of".)
    if (!head.word || head.text !== head.lower || head.lower.length < 4) continue;
    if (m.values.every((v) => v.issue === '_noise')) continue;
    notHeads ??= index.words(issueRemention.id, 'notHeads');
    if (notHeads.has(head.lower)) continue;
    seen.set(head.lower, m.values.filter((v) => v.issue !== '_noise'));
  }
  // "agreed to exchange 157 prisoners of war … would host the exchange": a verb of swapping right before a
  // humanitarian term makes its noun a head of that issue (rules.json swapVerbs).
  for (const m of found) {
    if (!m.values.some((v) => v.issue === 'humanitarian')) continue;
    const verbs = index.words(issueRemention.id, 'swapVerbs');
    for (let k = m.start - 1; k >= Math.max(from, m.start - 3); k--) {
      const w = tokens[k].lower;
      if (!verbs.has(w)) continue;
      seen.set(w.startsWith('swap') ? 'swap' : 'exchange', m.values.filter((v) => v.issue === 'humanitarian'));
      break;
    }
  }
}

export const kinRemention = defineRule({
  id: 'discourse/kin-remention', stage: 'discourse',
  reason: 'A demonstrative and a noun of the same kind as the head of an issue term said before ("such units" after "military contingents of NATO countries", "these forces" after "foreign troops", "such facilities" after "military bases") re-mention the term: an article seldom repeats its noun for foreign forces word for word. A noun of the kind inside a term that it starts or that a phrase of placing follows ("troops from NATO countries", "troops stationed in") gives the term its kind too, never one after "of" ("the withdrawal of troops" acts on them). Only after "such", "these", "those" (a pointing determiner; "the forces" may be any side\'s), and in the same sentence too ("the deployment of foreign contingents … and such units would be targets"). The kinds are lists of nouns in lexicon data.',
});

/** The lists of nouns of each kind ('kinds' names them), once per lexicon: asked for every sentence (speed). */
const kindTables = new WeakMap<LexiconIndex, Set<string>[]>();
function kindLists(index: LexiconIndex): Set<string>[] {
  let kinds = kindTables.get(index);
  if (!kinds) { kinds = [...index.words(kinRemention.id, 'kinds')].map((k) => index.words(kinRemention.id, k)); kindTables.set(index, kinds); }
  return kinds;
}

/** "such units" after a term whose head is of the same kind ("contingents"): that term's issue (discourse/kin-remention). */
function addKinRementions(tokens: Token[], from: number, to: number, index: LexiconIndex, found: PhraseMatch<IssueTerm>[], seen: Rementions): void {
  const kinds = kindLists(index);
  const determiners = index.words(kinRemention.id, 'determiners');
  const kindOf = (w: string): number => kinds.findIndex((k) => k.has(w));
  // A term's kind: its head's, else that of a noun of a kind inside it followed by a phrase that places or sends the
  // forces ("troops to Ukraine", "troops from NATO countries", "troops stationed in"): the noun is still what the
  // term names, as in "foreign troops" (not a noun after "of": "the withdrawal of troops" names an act on them).
  const termKind = (m: PhraseMatch<IssueTerm>): number => {
    const head = kindOf(tokens[m.end - 1].lower);
    if (head >= 0) return head;
    for (let j = m.start; j < m.end - 1; j++) {
      const k = kindOf(tokens[j].lower);
      if (k >= 0) return j > m.start && tokens[j - 1].lower === 'of' ? -1 : k;
    }
    return -1;
  };
  let added = false;
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i];
    if (!t.word || !determiners.has(tokens[i - 1].lower)) continue;
    const kind = kindOf(t.lower);
    if (kind < 0 || found.some((m) => m.start <= i && m.end > i)) continue;
    // The newest term before it in this sentence whose head is of that kind, else one of an earlier sentence.
    let values: IssueTerm[] | undefined;
    for (const m of found) if (m.end <= i && termKind(m) === kind) { const v = m.values.filter((x) => x.issue !== '_noise'); if (v.length) values = v; }
    values ??= seen.get(`kin:${kind}`);
    if (!values) continue;
    found.push({ start: i, end: i + 1, values });
    added = true;
  }
  if (added) found.sort((a, b) => a.start - b.start);
  for (const m of found) {
    const kind = termKind(m);
    const v = m.values.filter((x) => x.issue !== '_noise');
    if (kind >= 0 && v.length) seen.set(`kin:${kind}`, v);
  }
}
