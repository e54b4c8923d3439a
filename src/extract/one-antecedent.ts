// "one" as a stance's whole object is an indefinite pronoun: it stands for a thing of the kind named before with an
// indefinite or negative determiner, not for the topic of the clause as "it" and "them" do (content/pronoun-antecedent).
// "The summit produced no truce, and the envoy later dropped his call for one" calls for a truce, though the summit
// heads the sentence; "Cairo pressed for a ceasefire before any talks. Egypt's foreign minister said he could not
// imagine a next meeting without one" demands the ceasefire, though a meeting is the noun "without one" hangs on.
// The antecedent is the nearest issue term before the stance, in its sentence and then in the sentence before it in
// the paragraph, that one of 'determiners' opens (up to 'gap' words before the term) and whose last word is not a
// plural ('plurals', or a word ending in -s that is not in 'singulars': "one" never stands for "any negotiations");
// after "without", not a thing of the kind the phrase hangs on (the nearest term before the cue: "a meeting without
// one" is no meeting without a meeting).
// With none, content/pronoun-antecedent reads the pronoun as before. Words: rules.json content/one-antecedent.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { strongestIssue } from '../annotate/lexicon-index.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';
import { pronounObjectEnd } from './pronoun-antecedent.js';

export const oneAntecedent = defineRule({
  id: 'content/one-antecedent', stage: 'content',
  reason: 'A stance whose object is the pronoun "one" ("dropped his call for one", "could not imagine a next meeting without one", "would not accept one") is about the nearest thing named before it with an indefinite or negative determiner (\'determiners\': a, an, no, any, another; up to \'gap\' words before an issue term whose last word is no plural): in its sentence before the cue (after "without", not of the issue of the nearest term before the cue, the thing the phrase hangs on: "a meeting without one"), else in the sentence before it in the same paragraph. "one" stands for a thing of that kind, not for the clause\'s topic; with none such, content/pronoun-antecedent reads it.',
});

/** The nearest indefinite singular term in tokens [from, to) (walking back), not of the issue `skip`, else undefined. */
function nearestIndefinite(doc: Doc, s: Sentence, from: number, to: number, skip?: string): { issue: string; start: number } | undefined {
  const w = (list: string) => doc.index.words(oneAntecedent.id, list);
  const gap = Number([...w('gap')][0] ?? 2);
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const { tokens } = doc;
  const found: { issue: string; start: number; end: number }[] = [];
  for (let k = from; k < to; k++) {
    const term = doc.issueAt.get(k);
    if (!term || term.end > to) continue;
    if (actors.some((a) => a.start <= term.start && term.end <= a.end)) continue;
    const best = strongestIssue(term.values);
    if (!best || best.issue === 'other' || best.issue === skip) continue;
    const last = tokens[term.end - 1].lower;
    if (w('plurals').has(last) || (/[^s]s$/.test(last) && !w('singulars').has(last))) continue;
    let opened = false;
    for (let j = term.start - 1; j >= Math.max(s.tStart, term.start - 1 - gap); j--) {
      if (!tokens[j].word) break;
      if (w('determiners').has(tokens[j].lower)) { opened = true; break; }
    }
    if (opened) found.push({ issue: best.issue, start: term.start, end: term.end });
  }
  return found.length ? found[found.length - 1] : undefined;
}

/** The issue of the nearest issue term before `to` in its sentence, whatever its determiner, else undefined. */
function nearestTerm(doc: Doc, s: Sentence, to: number): string | undefined {
  for (let k = to - 1; k >= s.tStart; k--) {
    const term = doc.issueAt.get(k);
    if (!term || term.end > to) continue;
    const best = strongestIssue(term.values);
    if (best && best.issue !== 'other') return best.issue;
  }
  return undefined;
}

/** The item of a stance whose object is "one" on the nearest indefinite thing named before it, else none. */
export function oneAntecedentItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  const end = pronounObjectEnd(doc, s, t);
  if (end < 0 || doc.tokens[end - 1]?.lower !== 'one') return [];
  // (Not a thing of the kind the pronoun's phrase hangs on, after "without": "the next meeting taking place without one"
  // is no meeting without a meeting, so "any such meeting" before it is not what "one" stands for.)
  const skip = doc.tokens[end - 2]?.lower === 'without' ? nearestTerm(doc, s, t.start) : undefined;
  let hit = nearestIndefinite(doc, s, s.tStart, t.start, skip);
  const prev = doc.sentences[s.index - 1];
  if (!hit && prev && prev.paragraph === s.paragraph) hit = nearestIndefinite(doc, prev, prev.tStart, prev.tEnd, skip);
  if (!hit) return [];
  return [{ issue: hit.issue, regions: [], start: t.start, end }];
}
