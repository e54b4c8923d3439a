// 'The Russian statement adds that the United States "will help restore Russia's access to the world market"', 'In the
// Ukraine statement, Washington "remains committed to helping achieve the exchange of prisoners"': a quotation that
// opens in mid-clause, right after the clause's subject, quotes the words of whoever reports them (the statement, the
// speaker) but the stance they state is the subject's own act, as if no quote marks stood there: that party holds it,
// not the quote's speaker (holder/quote-speaker) nor nobody (holder/quoted-noun-subject reading "remains" as a plural
// noun). A deontic is still the speaker's want of the subject: holder/deontic-speaker runs before this rule. Word
// lists: none; the quote marks are quote-marks.ts'.
import type { HolderCtx, Holder } from './holder.js';
import { defineRule } from './rules/registry.js';
import { QUOTE_MARKS } from './quote-marks.js';

export const subjectBeforeQuote = defineRule({
  id: 'holder/subject-before-quote', stage: 'holder',
  reason: 'A stance inside a quotation that opens right after its clause\'s subject, outside the quote, within a few words of the stance ("The statement adds that the United States \\"will help restore Russia\'s access …\\"", "In the Ukraine statement, Washington \\"remains committed to helping …\\"", "Aliyev said Baku \\"would never accept\\" a corridor under foreign control") is held by that subject, not by the speaker of the quote: the quote marks only show whose words they are. Not for a party that is an object or a possessor, and not when a party stands inside the quote before the stance; a deontic is still the speaker\'s (holder/deontic-speaker runs first).',
});

/** How many words may stand between the opening quote mark and the stance ("will", "remains", "would never"). */
const LEAD = 3;

export function subjectBeforeQuoteHolder({ doc, s, t, list, inQuote }: HolderCtx): Holder | undefined {
  // (A deontic is the speaker's want of the subject, 'Warsaw "should insist on a seat at the table"', even when
  // holder/deontic-speaker found no speaker.)
  if (!inQuote || t.modal) return;
  const { tokens } = doc;
  // Back from the stance over a few words to the opening quote mark.
  let q = t.start - 1;
  while (q > s.tStart && t.start - q <= LEAD && tokens[q].word) q--;
  if (!QUOTE_MARKS.has(tokens[q]?.text ?? '') || doc.mentions.inQuote[q - 1] === 1) return;
  // (No party inside the quote before the stance: '"Russia will help …"' is read inside the quote.)
  if (list.some((m) => m.start > q && m.start < t.start)) return;
  const m = list.find((a) => a.end === q && !a.object && !a.possessive && !a.inQuote && a.codes.length && a.kind !== 'document');
  if (!m) return;
  // (Carried on as the quote's speaker would be, holder/quote-speaker: not past its paragraph.)
  return { codes: [...m.codes], mention: m, via: 'speaker' };
}
