// Gates (speed): a rule whose every match needs some words in its sentence declares them in its registry entry
// (RuleInfo.needs) and is skipped on a sentence without them. The look-up is the document's word index
// (annotate/sentence-words.ts: which sentences hold a word of a list, found once per list and document) or a word
// class's bit on the sentence, so a skipped rule costs one look-up instead of its walk over the sentence's tokens.
// The answer is exact, so a gate never changes a decision; `useGates(false)` runs every rule ungated, for the test
// that proves it (test/extract/rule-gates.test.ts).
import type { Doc, Sentence } from '../../annotate/annotate.js';
import type { RuleInfo } from './registry.js';

let gatesOn = true;

/** Turns every gate off (false) or on again: for tests comparing the extractor's output both ways. */
export function useGates(on: boolean): void { gatesOn = on; }

/** The document whose gates are cached, and per gated rule the sentences it may run on (1), found on first ask. */
let cachedDoc: Doc | null = null;
const open = new Map<RuleInfo, Uint8Array>();

/** Whether sentence `s` holds everything rule `rule` needs (always true for a rule with no gate, or with gates off). */
export function gateOpen(doc: Doc, s: Sentence, rule: RuleInfo): boolean {
  if (rule.needs === undefined || !gatesOn) return true;
  if (doc !== cachedDoc) { cachedDoc = doc; open.clear(); }
  let marks = open.get(rule);
  if (marks === undefined) {
    marks = new Uint8Array(doc.sentences.length);
    for (const x of doc.sentences) if (holds(doc, x, rule)) marks[x.index] = 1;
    open.set(rule, marks);
  }
  return marks[s.index] === 1;
}

/** Whether sentence `s` has every entry of the rule's gate. */
function holds(doc: Doc, s: Sentence, rule: RuleInfo): boolean {
  for (const n of rule.needs!) {
    if ('wordClass' in n) { if ((s.classes & n.wordClass.bit) === 0) return false; }
    else if ('word' in n) { if (!doc.sentenceWords.hasWord(s.index, n.word)) return false; }
    else if (typeof n.list === 'string') { if (!doc.sentenceWords.has(s.index, doc.index.words(n.rule ?? rule.id, n.list))) return false; }
    else if (!n.list.some((l) => doc.sentenceWords.has(s.index, doc.index.words(n.rule ?? rule.id, l)))) return false;
  }
  return true;
}
