// A party's stance on an agreement it left or that has lapsed, referred back to by a noun or a pronoun that names
// nothing itself (issue 7, referent resolution; the issue gate, content/no-issue).
//
// content/rejoined-agreement: "Azerbaijan quit the Caspian grain deal … Baku would return to the deal as soon as its
// own exports were freed", "would return to it immediately", "will return to the implementation of this deal", "would
// consider going back to the agreement", "would rejoin the initiative": an offer (or a refusal, "will not return to
// the accord") of the holder's own return names no issue of its own; it is about the agreement returned to. The verb
// ('verbs') is the cue's last word or the word after it ("would consider returning"); its object is nothing, a pronoun,
// or a determiner, a few modifiers ("the Black Sea", "this") and a noun of an agreement ('objects'), with nothing of
// its own after it. content/undone-step reads the same object for a demand that another party return.
//
// content/ended-agreement: "Kremlin spokesman Peskov said the agreements had "ceased to be in force"", "the deal was
// "de facto terminated"", "the agreement had de facto ended": a refusing predicate whose whole subject is a definite
// noun of an agreement is a stance on that agreement.
//
// Both take the issue of the last term naming an agreement before the stance, in its sentence or the ten before it,
// else in the article's lead (undone-step.ts: a sea-lane deal named by its cargo, "the grain deal", is the truce at sea
// it holds, ceasefire, as issues.json reads the corridor it opens). With no agreement named before, nothing is read.
// Words: rules.json content/rejoined-agreement.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';
import { agreementIssue, undoneStep } from './undone-step.js';

export const rejoinedAgreement = defineRule({
  id: 'content/rejoined-agreement', stage: 'content',
  reason: 'An offer or refusal of the holder\'s own return to an agreement referred back ("would return to the deal as soon as …", "would return to it immediately", "will return to the implementation of this deal", "would consider going back to the agreement", "would rejoin the initiative") is about that agreement: the issue of the last term naming an agreement in its sentence or the ten before, else in the article\'s lead. The verb (\'verbs\') is the cue\'s last word or the one after it; its object nothing, a pronoun, or a determiner, modifiers and one of \'objects\', with nothing of its own after it. Not a demand (content/undone-step), nor an object of its own ("return to the negotiating table"), nor with no agreement named before.',
});

export const endedAgreement = defineRule({
  id: 'content/ended-agreement', stage: 'content',
  reason: 'A refusing predicate whose whole subject is a definite noun of an agreement ("the agreements had \\"ceased to be in force\\"", "the deal was \\"de facto terminated\\"", "the agreement had de facto ended") is a stance on that agreement: the issue of the last term naming an agreement in its sentence or the ten before, else in the article\'s lead. The subject: a determiner opening the clause, capitalised words or \'modifiers\', one of \'objects\', then only \'copulas\' and quote marks before the predicate.',
});

/** Sentences before the stance searched for the agreement (more than a demand's four: a spokesman's reply often comes
 * a paragraph after the exit was reported). */
const BACK = 10;

const isQuote = (x: { text: string; word: boolean } | undefined) => !!x && !x.word && /^["“”'‘’]$/.test(x.text);

/** The end (exclusive) of an object that refers back to an agreement, starting at `k`: nothing, a pronoun, or a
 * determiner, modifiers and an agreement noun; -1 when the object names something of its own. */
function referringObject(doc: Doc, s: Sentence, k: number): number {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(rejoinedAgreement.id, list);
  while (k < s.tEnd && isQuote(tokens[k])) k++;
  if (k >= s.tEnd || !tokens[k].word || w('after').has(tokens[k].lower)) return k;
  if (w('pronouns').has(tokens[k].lower)) return k + 1;
  if (!w('determiners').has(tokens[k].lower)) return -1;
  const objects = w('objects'), modifiers = w('modifiers'), steps = w('steps');
  let j = k + 1;
  for (let n = 0; n < 6 && j < s.tEnd; n++, j++) {
    const x = tokens[j];
    if (!x.word) return -1;
    // ("the implementation of this deal", "its participation in the initiative": the agreement is the noun after it.)
    if (steps.has(x.lower) || ((x.lower === 'of' || x.lower === 'in') && steps.has(tokens[j - 1].lower)) || w('determiners').has(x.lower)) continue;
    if (objects.has(x.lower)) return j + 1;
    if (!modifiers.has(x.lower) && !x.cap) return -1;
  }
  return -1;
}

/** Whether the object ending at `end` has nothing of its own after it. */
function endsClean(doc: Doc, s: Sentence, end: number): boolean {
  const x = doc.tokens[end];
  return end >= s.tEnd || !x.word || doc.index.words(rejoinedAgreement.id, 'after').has(x.lower);
}

/** The item of an offer or refusal to return to an agreement referred back, else none. */
export function rejoinedAgreementItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if (t.type === 'DEMAND' || t.type === 'THREATEN' || t.nominal || t.exchange || t.object === 'before' || t.needsIssue) return [];
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(rejoinedAgreement.id, list);
  const verbs = w('verbs');
  // The verb: the cue's last word ("would return"), else the word after it, past quote marks and an adverb ("would
  // consider returning", "would consider a return").
  let j = t.end - 1;
  if (!verbs.has(tokens[j].lower)) {
    j = t.end;
    while (j < s.tEnd && (isQuote(tokens[j]) || w('adverbs').has(tokens[j].lower))) j++;
    if (j < s.tEnd && w('nounOpeners').has(tokens[j].lower)) j++;
    if (j >= s.tEnd || !verbs.has(tokens[j].lower)) return [];
  }
  let k = j + 1;
  // ("going back to", "return "immediately" to it")
  while (k < s.tEnd && (isQuote(tokens[k]) || w('adverbs').has(tokens[k].lower) || w('particles').has(tokens[k].lower))) k++;
  // ("go" and "come" only with "back": "would go to the talks" is no return.)
  if (w('backVerbs').has(tokens[j].lower) && tokens[j + 1]?.lower !== 'back') return [];
  if (k < s.tEnd && tokens[k].lower === 'to') k++;
  else if (!w('directVerbs').has(tokens[j].lower)) return [];
  const end = referringObject(doc, s, k);
  if (end < 0 || !endsClean(doc, s, end)) return [];
  const issue = agreementIssue(doc, s, t.start, doc.index.words(undoneStep.id, 'agreementNouns'), BACK);
  if (!issue) return [];
  return [{ issue, regions: [], start: t.start, end: Math.max(end, t.end) }];
}

/** The item of a refusing predicate whose subject is an agreement referred back, else none. */
export function endedAgreementItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if (t.type !== 'REJECT' || t.object !== 'before' || t.nominal || t.exchange || t.needsIssue) return [];
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(endedAgreement.id, list);
  const rw = (list: string) => doc.index.words(rejoinedAgreement.id, list);
  let k = t.start - 1;
  while (k > s.tStart && (isQuote(tokens[k]) || w('copulas').has(tokens[k].lower))) k--;
  if (k <= s.tStart || !rw('objects').has(tokens[k].lower)) return [];
  // Back over the modifiers to the determiner, which opens the clause.
  let d = k - 1;
  for (let n = 0; n < 4 && d > s.tStart && !rw('determiners').has(tokens[d].lower); n++, d--) {
    if (!tokens[d].word || !(tokens[d].cap || rw('modifiers').has(tokens[d].lower))) return [];
  }
  if (!rw('determiners').has(tokens[d].lower)) return [];
  const before = tokens[d - 1];
  if (d > s.tStart && before.word && !w('openers').has(before.lower)) return [];
  const issue = agreementIssue(doc, s, t.start, doc.index.words(undoneStep.id, 'agreementNouns'), BACK);
  if (!issue) return [];
  return [{ issue, regions: [], start: d, end: t.end }];
}
