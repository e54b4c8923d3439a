// Threats by consequence (issue 7): "warning that failure to do so could jeopardize American support", "warned
// Belgrade that any refusal to recognise the documents would put its accession talks at risk". A warning whose
// modal has for its subject a failure, refusal or delay (the warned party's not acting) and a verb of jeopardising
// says what that party will lose: a threat, not a forecast about a thing (trigger/warning-is-threat). Words:
// rules.json trigger/warning-is-threat 'failureNouns' and 'jeopardyVerbs'.
import type { Doc } from '../annotate/annotate.js';

const ID = 'trigger/warning-is-threat';

/** Between the warning's end `from` and the modal at `m`: a failure noun; after the modal (and "be"/adverbs): a verb of jeopardising. */
export function failureConsequence(doc: Doc, from: number, m: number, end: number): boolean {
  const failures = doc.index.words(ID, 'failureNouns');
  let failure = false;
  for (let k = from; k < m && !failure; k++) failure = failures.has(doc.tokens[k].lower);
  if (!failure) return false;
  const verbs = doc.index.words(ID, 'jeopardyVerbs');
  for (let k = m + 1; k < Math.min(m + 4, end); k++) {
    const w = doc.tokens[k].lower;
    if (verbs.has(w)) return true;
    if (!doc.tokens[k].word) return false;
  }
  return false;
}
