// A refusing predicate ("not up for negotiation", "out of the question", "a breathing space") whose subject is set off
// from it by a quote mark or a reporting parenthesis: 'Zelensky said, adding that this "is not up for negotiation"',
// 'This, he said, "is not up for negotiation."', '… the restoration of Ukraine's territorial integrity, "which is not up
// for negotiation"', 'The 30-day truce, Ushakov told state television on Wednesday, would be "nothing other than a
// temporary breathing space"'. The subject reading of a predicate stops at the quote mark or at the verb of saying, so
// the refusal named no issue; here the scan goes back past the copula, the quote mark and the parenthesis to the
// subject. A pronoun ("this", "that", "which") refuses the issue named last before it (as content/demonstrative-subject
// does for a pronoun right before its copula); a noun phrase refuses what it names itself. Only as a fallback, when
// nothing else gave the refusal an issue, and only when a quote mark or a parenthesis really stands between.
// Words: rules.json content/set-off-subject.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { itemsOf, type IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';
import { issueNamedBefore } from './participation-act.js';
import { reportingParenthesisOpen } from './interrupted-subject.js';
import { speechVerbs } from './holder.js';

export const setOffSubject = defineRule({
  id: 'content/set-off-subject', stage: 'content',
  reason: 'A refusing predicate set off from its subject by a quote mark or a reporting parenthesis (\'adding that this "is not up for negotiation"\', \'This, he said, "is not up for negotiation."\', \', "which is not up for negotiation"\', \'The 30-day truce, Ushakov said, would be "nothing other than a temporary breathing space"\') judges that subject: a pronoun refuses the issue named last before it, a noun phrase what it names.',
});

const QUOTES = new Set(['"', '\u201c', '\u201d']);

/** The items of a refusing predicate whose subject stands before a quote mark or a reporting parenthesis, else none. */
export function setOffSubjectItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if (t.type !== 'REJECT' || t.object !== 'before' || t.nominal || t.exchange || !t.cue || t.defaultIssue) return [];
  const w = (list: string) => doc.index.words(setOffSubject.id, list);
  const { tokens } = doc;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const skips = w('skips');
  const pronouns = w('pronouns');
  const openers = w('clauseOpeners');
  // Back from the predicate: its copula and fillers ("would be nothing other than"), quote marks, and at most one
  // reporting parenthesis (", he said,", ", Ushakov told state television on Wednesday,").
  let k = t.start - 1;
  let setOff = false;
  let paren = false;
  const reach = Number(doc.index.vocab.rules[setOffSubject.id].reach);
  for (let n = 0; k > s.tStart && n < reach; n++) {
    const x = tokens[k];
    if (QUOTES.has(x.text)) { setOff = true; k--; continue; }
    if (skips.has(x.lower)) { k--; continue; }
    if (x.text === ',' && !paren) {
      const open = reportingParenthesisOpen(doc, s, k);
      if (open < 0) break;
      paren = true; setOff = true; k = open - 1;
      continue;
    }
    break;
  }
  if (k < s.tStart) return [];
  const opensClause = (j: number) => j <= s.tStart || openers.has(lower(j - 1)) || !tokens[j - 1].word;
  // A pronoun: what it refers back to (a quote mark may open right before it: ', "which is not up for negotiation"').
  if (pronouns.has(lower(k))) {
    if (!setOff && !QUOTES.has(tokens[k - 1]?.text ?? '')) return [];
    // (Not an "it" that stands for a clause after the predicate: 'it was "completely premature" to discuss …'.)
    let a = t.end;
    while (a < s.tEnd && QUOTES.has(tokens[a].text)) a++;
    if (w('extraposed').has(lower(a))) return [];
    if (!opensClause(k)) return [];
    const issue = issueNamedBefore(doc, s, k);
    if (!issue || issue === 'other') return [];
    return [{ issue, regions: [], start: k, end: t.end }];
  }
  // A noun phrase, only past a parenthesis (a quote mark alone is the subject reading's own business): back to the
  // start of its clause, not past a verb of saying or "that".
  if (!paren || !tokens[k].word) return [];
  const end = k + 1;
  let b = k;
  const speech = speechVerbs(doc);
  for (let j = k - 1; j >= Math.max(s.tStart, k - reach); j--) {
    const x = tokens[j];
    if (openers.has(x.lower) || x.lower === 'that' || (!x.word && x.text !== '-' && x.text !== "'") || speech.has(x.lower)) break;
    b = j;
  }
  if (b > s.tStart && !openers.has(lower(b - 1)) && lower(b - 1) !== 'that' && tokens[b - 1].word) return [];
  return itemsOf(doc, b, end, t).filter((it) => it.issue !== 'other');
}
