// Taking part in a process named just before is the talks (issue 7, referent resolution): "Kosovo was preparing a
// second peace summit and Serbian representatives should take part in it", "Another conference will be held. Serbia
// should be represented there", "Baku would not attend". The stance names no issue of its own: its object is a
// pronoun or "there", or nothing at all, and the process it stands for is the issue named last before the stance
// (in its sentence, else in the sentence before it in the paragraph). Only when that issue is the talks, or for an
// offer the security guarantees or a force ("Finland was prepared to take part in them", them = the guarantees): "Belarus
// should take part in it" after a sentence on the invasion is no stance on talks, and a named object ("would not
// take part in any war coalition") is read by the content rules as it is. Words: rules.json content/participation-act.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const participationAct = defineRule({
  id: 'content/participation-act', stage: 'content',
  reason: 'A stance on taking part, attending, being invited or represented ("should take part in it", "should be represented there", "would not attend", "ready to participate") with no object of its own but a pronoun or "there" is about the process named last before it (in its sentence or the one before, same paragraph): the talks when that is a meeting, summit, conference or negotiations; for an offer, the security guarantees when those are what was named ("security guarantees … Finland was prepared to take part in them"); nothing otherwise. Who should take part is a format put forward: a deontic one ("Serbia should be represented there") proposes it (PROPOSE, spec §2: "a format"), it asks nothing of the party named.',
});

/** Deontic stances read by this rule: who should take part is a format proposed, not a demand (see makeClaim). */
export const formatStances = new WeakSet<Trigger>();

/** The phrase of taking part at `j` (one of `verbs`), as its end, else -1. */
function verbAt(doc: Doc, j: number, limit: number, verbs: Set<string>, longest: number): number {
  let end = -1, words = '';
  for (let n = 0; n < longest && j + n < limit && doc.tokens[j + n].word; n++) {
    words = n ? `${words} ${doc.tokens[j + n].lower}` : doc.tokens[j + n].lower;
    if (verbs.has(words)) end = j + n + 1;
  }
  return end;
}

/** The issue named last before token `at`: in its sentence, else in the previous sentence of its paragraph (also
 * content/demonstrative-subject's antecedent issue). */
export function issueNamedBefore(doc: Doc, s: Sentence, at: number): string | undefined {
  const prev = doc.sentences[s.index - 1];
  const floor = prev && prev.paragraph === s.paragraph ? prev.tStart : s.tStart;
  for (let k = at - 1; k >= floor; k--) {
    const term = doc.issueAt.get(k);
    if (!term || term.end > at) continue;
    const best = term.values.filter((v) => v.issue !== '_noise' && !v.weak).sort((a, b) => b.rank - a.rank)[0];
    if (best) return best.issue;
  }
  return undefined;
}

/** As issueNamedBefore, for a plural pronoun: the issue of the last term whose last word is a plural ("guarantees", "talks"). */
function pluralIssueBefore(doc: Doc, s: Sentence, at: number): string | undefined {
  const prev = doc.sentences[s.index - 1];
  const floor = prev && prev.paragraph === s.paragraph ? prev.tStart : s.tStart;
  for (let k = at - 1; k >= floor; k--) {
    const term = doc.issueAt.get(k);
    if (!term || term.end > at || !doc.tokens[term.end - 1].lower.endsWith('s')) continue;
    const best = term.values.filter((v) => v.issue !== '_noise' && !v.weak).sort((a, b) => b.rank - a.rank)[0];
    if (best) return best.issue;
  }
  return undefined;
}

/** The talks item of a stance on taking part in a process named before it, else none. */
export function participationItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if (t.nominal || t.exchange || !t.cue) return [];
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(participationAct.id, list);
  const verbs = w('verbs');
  if (!verbs.size) return [];
  let longest = 1;
  for (const v of verbs) longest = Math.max(longest, v.split(' ').length);
  // The phrase may start inside the cue ("would not take | part", "should be | invited") or right after it, past
  // an auxiliary or adverb ("ready to | also | attend").
  let end = -1;
  for (let p = t.start + 1; p < t.end && end < 0; p++) { const e = verbAt(doc, p, s.tEnd, verbs, longest); if (e >= t.end) end = e; }
  let j = t.end;
  while (end < 0 && j < s.tEnd && w('skips').has(tokens[j].lower)) j++;
  if (end < 0) end = verbAt(doc, j, s.tEnd, verbs, longest);
  // ("Serbia should be there": being there, with nothing else.)
  if (end < 0 && tokens[t.end - 1]?.lower === 'be' && tokens[t.end]?.lower === 'there') end = t.end;
  if (end < 0) return [];
  // Its object: a pronoun after a preposition ("in it", "at them"), "there", or none.
  let anaphor = false;
  if (w('preps').has(tokens[end]?.lower ?? '') && w('anaphors').has(tokens[end + 1]?.lower ?? '')) { end += 2; anaphor = true; }
  else if (tokens[end]?.lower === 'there') end++;
  // (After "in them" a circumstance of manner may follow: "take part in them in some form".)
  if (end < s.tEnd && tokens[end].word && !w('clauseEnds').has(tokens[end].lower) && !(anaphor && w('afterAnaphor').has(tokens[end].lower))) return [];
  // (A plural pronoun stands for a plural term: "moved security guarantees to the centre of the table and … was
  // prepared to take part in them" takes part in the guarantees, not the table.)
  const named = anaphor && tokens[end - 1].lower === 'them' ? pluralIssueBefore(doc, s, t.start) : issueNamedBefore(doc, s, t.start);
  // (Taking part in guarantees or a force named before is an offer of them, as a place at the table is one of the
  // talks: "security guarantees … Finland was prepared to take part in them", content/participation-act.)
  if (named !== 'talks' && !(named === 'security_guarantees' && t.type === 'OFFER')) return [];
  if (named === 'talks' && t.modal && t.type === 'DEMAND') formatStances.add(t);
  return [{ issue: named, regions: [], start: t.start, end }];
}
