// Handing over a document is delivering it, not ceding land: "the memorandum handed over in Istanbul", "will hand
// over to Baku a draft memorandum", "demanded that Yerevan hand over lists of detainees". "Hand over" is a
// territory term ("Kyiv will not hand over Donetsk"); when what is handed over is a paper (its object after the
// verb, or the noun the participle follows), the term names no issue, so the document's contents, or nothing,
// decide the issue (issue 7: a family of wordings, not one phrase).
import type { Token } from './tokenize.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { IssueTerm, LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const deliveredDocument = defineRule({
  id: 'discourse/delivered-document', stage: 'discourse',
  reason: 'A document handed over ("the memorandum handed over in June", "hand over to Kyiv a draft memorandum", "hand over lists of prisoners") is delivered, not ceded: the verb "hand over" there names no territory. Only the paper right before the participle, or the verb\'s object after a recipient ("to X") and a few modifiers ("a draft", "their written"), counts; a document elsewhere in the clause ("the memorandum demands that Kyiv hand over Donetsk") leaves the land term alone.',
});

/** The verb forms of "hand" that begin the territory term "hand over". */
const HAND = new Set(['hand', 'hands', 'handed', 'handing']);

/** Drops from `found` (the issue terms of one sentence, in order) "hand over" where a document is what is handed over. */
export function dropDeliveredDocuments(tokens: Token[], index: LexiconIndex, found: PhraseMatch<IssueTerm>[]): void {
  let papers: Set<string> | undefined;
  let between: Set<string> | undefined;
  for (let q = found.length - 1; q >= 0; q--) {
    const m = found[q];
    if (!HAND.has(tokens[m.start]?.lower ?? '') || !m.values.some((v) => v.issue === 'territory')) continue;
    papers ??= index.words(deliveredDocument.id, 'documents');
    between ??= index.words(deliveredDocument.id, 'between');
    // "the memorandum handed over in June": the paper the participle follows.
    if (tokens[m.start].lower === 'handed' && papers.has(tokens[m.start - 1]?.lower ?? '')) { found.splice(q, 1); continue; }
    // "hand over (to the Ukrainian side) (a draft) memorandum": the object after a recipient and modifiers.
    for (let k = m.end, n = 0; k < tokens.length && n < 7; k++, n++) {
      const t = tokens[k];
      if (papers.has(t.lower)) { found.splice(q, 1); break; }
      // (A recipient's name or a modifier may stand between; anything else ends the object.)
      if (!t.word || !(between.has(t.lower) || /^[A-Z]/.test(t.text))) break;
    }
  }
}
