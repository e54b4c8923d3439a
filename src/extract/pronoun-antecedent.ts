// A stance whose object is only a pronoun names its issue by what the pronoun stands for (issue 7, referent
// resolution): "Lavrov said a ceasefire along the current line would mean forgetting the root causes, and that Russia
// would not agree to it", "A ceasefire along the line would only let Russia regroup, and Ukraine would not accept
// one", "Robust security guarantees are needed for Ukraine. Germany will contribute to them", "Sanctions are leverage.
// I would not lift them unless Russia makes real concessions". content/anaphoric-object reads such a pronoun as the
// last stance of another party; when no other party has taken one, the pronoun stands for the thing its own sentence
// named first before the stance (the topic, usually the subject: not the nearest term, which is often a phrase inside
// a quote or a purpose, "forgetting the root causes"), else the thing the sentence before it named first, in the same
// paragraph. A pronoun that names nothing there leaves the stance with no issue (no guess further back).
// Words: rules.json content/pronoun-antecedent.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { strongestIssue } from '../annotate/lexicon-index.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';
import { demonstrativeSubject } from './demonstrative-subject.js';

export const pronounAntecedent = defineRule({
  id: 'content/pronoun-antecedent', stage: 'content',
  reason: 'A stance whose object is a pronoun alone ("would not agree to it", "would not accept one", "will contribute to them", "would not lift them unless …"), with no stance of another party before it to answer, is about the first issue its own sentence names before the stance (the topic), else the first issue the sentence before it names in the same paragraph; with none named there it names no issue.',
});

/** Whether token `k`, right after a pronoun object, opens a time or manner adjunct that leaves the pronoun the whole
 * object ("dismissed it hours later", "has opposed it ever since"): one of rules.json content/pronoun-antecedent
 * 'adjuncts' after a personal pronoun, not a demonstrative ("rejected that on Monday the troops …" opens a clause). */
export function adjunctAfterPronoun(doc: Doc, k: number): boolean {
  const w = (list: string) => doc.index.words(pronounAntecedent.id, list);
  return w('adjuncts').has(doc.tokens[k]?.lower ?? '') && !w('demonstratives').has(doc.tokens[k - 1]?.lower ?? '');
}

/** The end of the pronoun object right after the stance's cue (an optional preposition, the pronoun, then the clause's
 * end or one of 'after'), else -1. */
export function pronounObjectEnd(doc: Doc, s: Sentence, t: Trigger): number {
  if (t.nominal || t.exchange || t.object === 'before') return -1;
  const w = (list: string) => doc.index.words(pronounAntecedent.id, list);
  const { tokens } = doc;
  let k = t.end;
  if (k < s.tEnd && w('prepositions').has(tokens[k].lower)) k++;
  if (k >= s.tEnd || !w('pronouns').has(tokens[k].lower)) return -1;
  // ("warned that if Moscow refused, …": "that" or "this" before a word opens a clause or a noun phrase.)
  if (w('demonstratives').has(tokens[k].lower) && tokens[k + 1]?.word) return -1;
  k++;
  if (k < s.tEnd && tokens[k].word && !w('after').has(tokens[k].lower) && !adjunctAfterPronoun(doc, k)) return -1;
  // (Not in a subordinate clause: "whenever Kyiv is ready for it" answers nothing.)
  const subordinators = w('subordinators');
  for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 8); j--) {
    const x = tokens[j];
    if (x.text === ',' || x.text === '"' || x.text === ';') break;
    if (subordinators.has(x.lower)) return -1;
  }
  return k;
}

/** What the subjects of the clauses of tokens [from, to) name, in order: a clause opens at `from` (past a fronted scene
 * that one of 'sceneOpeners' opens up to its comma: "After the talks in Doha, …"), after "that", a colon, a semicolon,
 * a dash, or "and"/"but" after a comma. A subject is its first four words: an issue term there (not a party's own name,
 * "NATO would not accept it") is what a later pronoun stands for; a phrase opened by a determiner that names none ("The
 * decision has been made, and Russia will not betray it") is a thing of no issue, and the pronoun stands for it: null.
 * A party as subject leaves the first issue its clause names. Undefined when no clause decides. */
function subjectIssue(doc: Doc, s: Sentence, from: number, to: number): string | null | undefined {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(pronounAntecedent.id, list);
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const actorAt = (k: number) => actors.find((a) => a.start <= k && k < a.end);
  // (A sentence that opens a quote opens its clause at its first word: '"Their constitution still contains …'.)
  while (from < to && !tokens[from].word) from++;
  if (w('sceneOpeners').has(tokens[from]?.lower ?? '')) {
    let k = from + 1;
    while (k < to && tokens[k].text !== ',') k++;
    if (k < to) from = k + 1;
  }
  const openers = w('clauseOpeners');
  const opensAt = (c: number) => c === from || openers.has(tokens[c - 1].text) || (openers.has(tokens[c - 1].lower) && ((tokens[c - 1].lower !== 'and' && tokens[c - 1].lower !== 'but') || tokens[c - 2]?.text === ','));
  // The issue a term at `k` names (not a party's own name), else undefined.
  const issueAt = (k: number): string | undefined => {
    const term = doc.issueAt.get(k);
    // (A term that is a party's name alone, "NATO would not accept it", names no topic; one that holds a party's name
    // and more, "membership in NATO", does.)
    if (!term || term.end > to || actors.some((a) => a.start <= term.start && term.end <= a.end)) return undefined;
    const best = strongestIssue(term.values);
    return best && best.issue !== 'other' ? best.issue : undefined;
  };
  for (let c = from; c < to; c++) {
    if (!opensAt(c) || !tokens[c].word) continue;
    // ("The EU will keep its sanctions on Belgrade. Brussels would not lift them": with a party as the subject, the thing
    // its clause names, up to the next clause.)
    if (actorAt(c) || (w('determiners').has(tokens[c].lower) && actorAt(c + 1))) {
      for (let k = c + 1; k < to && !opensAt(k); k++) { const issue = issueAt(k); if (issue) return issue; }
      continue;
    }
    for (let k = c, words = 0; k < to && words < 4; k++) {
      if (!tokens[k].word) { if (tokens[k].text === ',' || tokens[k].text === ';') break; continue; }
      words++;
      const issue = issueAt(k);
      if (issue) return issue;
      if (actorAt(k)) break;
    }
    if (w('determiners').has(tokens[c].lower)) return null;
  }
  return undefined;
}

/** The item of a stance on what its pronoun object stands for, else none. */
export function pronounAntecedentItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  const end = pronounObjectEnd(doc, s, t);
  if (end < 0) return [];
  let issue = subjectIssue(doc, s, s.tStart, t.start);
  const prev = doc.sentences[s.index - 1];
  if (issue === undefined && prev && prev.paragraph === s.paragraph) issue = subjectIssue(doc, prev, prev.tStart, prev.tEnd);
  if (!issue) return [];
  return [{ issue, regions: [], start: t.start, end }];
}

export const pronounSubject = defineRule({
  id: 'content/pronoun-subject', stage: 'content',
  reason: 'A demand in the passive whose subject is a lone pronoun ("Their constitution still contains claims against us. It has to be changed", "The sanctions hurt our farmers. They must be lifted", "This has to be reversed") is about what the pronoun stands for: the thing the subject of its own sentence names before it, else the subject of the sentence before it in the same paragraph (as content/pronoun-antecedent reads an object pronoun); with nothing named there it names no issue.',
});

/** The item of a passive demand on what its pronoun subject stands for, else none (content/pronoun-subject). */
export function pronounSubjectItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if (t.type !== 'DEMAND' || t.nominal || t.exchange || t.object === 'before') return [];
  const w = (list: string) => doc.index.words(pronounSubject.id, list);
  const { tokens } = doc;
  const k = t.start - 1;
  if (k < s.tStart || !w('pronouns').has(tokens[k].lower)) return [];
  // (The pronoun opens its clause: the sentence's start, a quote mark, or a word that opens a clause before it, the
  // words content/demonstrative-subject reads.)
  if (k > s.tStart && tokens[k - 1].word && !doc.index.words(demonstrativeSubject.id, 'clauseOpeners').has(tokens[k - 1].lower)) return [];
  // The passive: "be" and a participle right after the demand's modal ("has to be changed", "must be lifted").
  // (The cue may hold the "be": "must be | lifted".)
  const be = tokens[t.end - 1].lower === 'be' ? t.end - 1 : t.end;
  if (tokens[be]?.lower !== 'be' || !/(ed|en|wn|ne|un)$/.test(tokens[be + 1]?.lower ?? '')) return [];
  // (Not an expletive "it" with its clause after the participle: "It must be noted that …", "It has to be decided
  // whether …": one of 'extraposed'.)
  if (w('extraposed').has(tokens[be + 2]?.lower ?? '')) return [];
  let issue = k > s.tStart ? subjectIssue(doc, s, s.tStart, k) : undefined;
  const prev = doc.sentences[s.index - 1];
  if (issue === undefined && prev && prev.paragraph === s.paragraph) issue = subjectIssue(doc, prev, prev.tStart, prev.tEnd);
  if (!issue) return [];
  return [{ issue, regions: [], start: k, end: be + 2 }];
}
