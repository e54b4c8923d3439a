// A refusal whose subject or fronted object is only a demonstrative names its issue by context (issue 7, referent
// resolution): "In Vienna the Azerbaijani side raised again the status of the Armenian church. These are not
// subjects of negotiation", "Baku wants the exchange to include people convicted of serious crimes, and that we
// cannot accept". "These", "this", "that", "it" stand for what was named last before them (in their sentence, else in
// the sentence before it in the paragraph): the refusal is about that issue. Only a demonstrative alone (with a copula
// or the refusing clause after it), not a noun phrase: "this plan is not …" is read by the content rules, and a
// pronoun that names nothing before it (nothing named, or only "other") leaves the refusal without an issue.
// Words: rules.json content/demonstrative-subject.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';
import { issueNamedBefore } from './participation-act.js';

export const demonstrativeSubject = defineRule({
  id: 'content/demonstrative-subject', stage: 'content',
  reason: 'A refusal whose subject is only a demonstrative ("These are not subjects of negotiation", "This is not up for discussion") or whose object is a demonstrative fronted before its subject ("… and that we cannot accept") refuses the issue named last before the demonstrative, in its sentence or the sentence before it in the same paragraph; with none named there it names no issue.',
});

/** The item of a refusal of what a demonstrative refers back to, else none. */
export function demonstrativeSubjectItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  // (Not a stance that carries its own issue: "This is not a peace proposal" refuses the talks, trigger/negated-classification.)
  if (t.type !== 'REJECT' || t.nominal || t.exchange || !t.cue || t.defaultIssue) return [];
  const w = (list: string) => doc.index.words(demonstrativeSubject.id, list);
  const { tokens } = doc;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const demonstratives = w('demonstratives');
  // Where the clause starts: the sentence's start, or after a comma, "and", "but" or a quote mark.
  const opensClause = (k: number) => k <= s.tStart || w('clauseOpeners').has(lower(k - 1)) || !tokens[k - 1].word;
  let pronoun = -1;
  if (t.object === 'before') {
    // "These are not subjects of negotiation": the demonstrative and a copula right before the predicate.
    let k = t.start - 1;
    while (k > s.tStart && w('copulas').has(lower(k))) k--;
    if (k < t.start - 1 && demonstratives.has(lower(k)) && opensClause(k)) pronoun = k;
  } else {
    // "… and that we cannot accept": a fronted demonstrative, the subject pronoun, the negated modal and the verb,
    // with nothing after it in the clause.
    let k = t.start - 1;
    while (k > s.tStart && w('negatedModals').has(lower(k))) k--;
    if (k < t.start - 1 && w('subjects').has(lower(k)) && demonstratives.has(lower(k - 1)) && opensClause(k - 1)) {
      const after = tokens[t.end];
      if (!after || !after.word || w('clauseOpeners').has(after.lower)) pronoun = k - 1;
    }
  }
  if (pronoun < 0) return [];
  const issue = issueNamedBefore(doc, s, pronoun);
  if (!issue || issue === 'other') return [];
  return [{ issue, regions: [], start: pronoun, end: t.end }];
}
