// A lone pronoun subject judged by a quoted predicate (content/quoted-judged-pronoun): 'Kurti said it was
// "unacceptable"', 'Aliyev said on Monday that this was "a non-starter"', 'Yerevan said that it was "completely
// unconstructive" and "does not suit us"'. The writer quotes the speaker's judgement from the predicate on; the quote
// mark that opens it stands between the verb of being and the judgement, and is no break between the judgement and
// its pronoun subject: the pronoun refers back to the last stance of another party as it does unquoted ('Vucic said it
// was a dead end', content/anaphoric-object's lone-pronoun subject after a verb of saying), and as a pronoun named by a
// verb of naming does past its quote mark ('called it "unacceptable"'). Only for an answer (ACCEPT or REJECT) and a
// quote that opens there (an even number of quote marks before it in the sentence): a quote closing there ends a
// quoted clause, and a quoted threat names no stance it answers; and only when a speaker holds the judgement
// (holder/predicate-speaker), not when the pronoun itself was read as its holder ('Analysts said it was
// "unacceptable"', where no party speaks).
// Not a dummy "it" whose clause comes after the closing quote ('Berlin said it was "completely premature" to discuss
// sending troops'): that "it" refers back to nothing.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const quotedJudgedPronoun = defineRule({
  id: 'content/quoted-judged-pronoun', stage: 'content',
  reason: 'A quote mark that opens a judgement right after the verb of being whose subject is a lone pronoun after a verb of saying ("Kurti said it was \\"unacceptable\\"", "Ushakov said on Monday that it was \\"completely unconstructive\\" and \\"does not suit us\\"", gold of own AY: RUS REJECT talks) is no break between the pronoun and the judgement: content/anaphoric-object reads the pronoun as it does unquoted ("Vucic said it was a dead end"), the answer to the last stance of another party. Only for an acceptance or a refusal, and a quote that opens there (an even number of quote marks before it in the sentence). Not a dummy "it" whose clause follows the closing quote (\'it was \"premature\" to discuss …\'). A lone "it" or "this" right after a sentence that names a whole plan last (\'Moscow was dismissive of the European version.\') is that plan, judged as a whole: the talks (spec rule 9).',
});

/** The token before `at` (a predicate's first word), past one quote mark that opens a quoted judgement right after a verb of being (content/quoted-judged-pronoun); `at - 1` when there is none. */
export function beforeQuotedJudgement(doc: Doc, s: Sentence, at: number, answer: boolean): number {
  const c = at - 1;
  const { tokens } = doc;
  if (!answer || c <= s.tStart || !/^["“]$/.test(tokens[c].text)) return c;
  let before = 0;
  for (let k = s.tStart; k < c; k++) if (tokens[k].text === '"' || tokens[k].text === '“' || tokens[k].text === '”') before++;
  if (before % 2) return c;
  // (Not a dummy "it" whose clause follows the closing quote, 'it was "premature" to discuss …', 'it was
  // "unacceptable" that …': that judges the clause, and refers back to nothing.)
  let close = c + 1;
  while (close < s.tEnd && !/^["”]$/.test(tokens[close].text)) close++;
  if (close < s.tEnd && doc.index.words('trigger/extraposed-predicate', 'complementizers').has(tokens[close + 1]?.lower ?? '')) return c;
  return c - 1;
}

/**
 * A lone pronoun judged at `pronounAt` whose sentence follows one that names a whole plan last ("Moscow was dismissive
 * of the European version. Ushakov said it was \"completely unconstructive\"", "The EU sent Belgrade a new draft.
 * Vucic said it was a dead end"): read back from the end of the sentence before, the first plan noun or issue term
 * is a plan noun (content/plan-is-talks words, candidate/appraised-plan 'nouns'), and the pronoun is that plan, judged
 * as a whole, the talks (spec rule 9), not the issue of an older stance of another party (content/quoted-judged-pronoun).
 * Only for the sentence right before, in the same paragraph, and a singular pronoun ("it", "this").
 */
export function planJustBefore(doc: Doc, s: Sentence, pronounAt: number): boolean {
  if (pronounAt < 0 || s.index === 0 || !/^(?:it|this)$/.test(doc.tokens[pronounAt].lower)) return false;
  const prev = doc.sentences[s.index - 1];
  // (The same paragraph: no blank line between the two sentences.)
  if (/\n\s*\n/.test(doc.text.slice(prev.end, s.start))) return false;
  const plans = doc.index.words('content/plan-is-talks'), nouns = doc.index.words('candidate/appraised-plan', 'nouns');
  for (let k = prev.tEnd - 1; k >= prev.tStart; k--) {
    const x = doc.tokens[k].lower;
    if (plans.has(x) || nouns.has(x)) return true;
    if (doc.issueAt.get(k)?.values.some((v) => v.issue !== '_noise' && !v.weak)) return false;
  }
  return false;
}
