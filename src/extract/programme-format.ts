// The format a programme runs in is no format of talks (spec §2 `talks`: meetings, format, venue, sequencing of
// negotiations). "Kyiv proposed that the exports continue in a three-way format of Ukraine, the UN and Turkey", "that
// the initiative continue in a trilateral format", "to keep the shipments going in a joint format": the "in … format"
// adjunct says how exports, shipments, flights or a programme are to run; the stance is on that programme, issue
// 'other' (the tuning gold files every such proposal under 'other', none under the talks). Only when the item names no
// issue before the adjunct and one of 'programmes' stands before it in the item: "ready for a next round in the same
// trilateral format" and "ready to meet in any format" keep the talks their own nouns name. Words: rules.json
// content/programme-format.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const programmeFormat = defineRule({
  id: 'content/programme-format', stage: 'content',
  reason: 'An "in a/the … format" adjunct (up to four words between "in" and "format") after one of \'programmes\' in an item that names no issue before it ("proposed that the exports continue in a three-way format", "that the initiative continue in a trilateral format") says how that programme runs: the item is on \'other\', and the adjunct\'s words ("trilateral", "format") name no talks.',
});

/** The end (exclusive) of an "in … format" adjunct at `i` that follows one of 'programmes' since `from`, else -1. */
export function programmeFormatEnd(doc: Doc, i: number, end: number, from: number): number {
  const { tokens } = doc;
  if (tokens[i]?.lower !== 'in') return -1;
  const w = (list: string) => doc.index.words(programmeFormat.id, list);
  let e = -1;
  for (let k = i + 1; k < Math.min(end, i + 6); k++) {
    const x = tokens[k];
    if (w('formats').has(x.lower)) { e = k + 1; break; }
    // (Only determiners, adjectives and quotation marks between: "in a "trilateral format"", "in a three-way format".)
    if (!x.word && x.text !== '"' && x.text !== '-' && x.text !== '“' && x.text !== '”') return -1;
  }
  if (e < 0) return -1;
  for (let k = from; k < i; k++) if (w('programmes').has(tokens[k].lower)) return e;
  return -1;
}
