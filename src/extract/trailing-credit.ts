// A wire credit at the end of a re-published story: a site that re-runs an agency's copy often names the agency
// on a line of its own after the text ("ANI", "— AP", "(Reuters)", "Source: AFP", "With inputs from PTI"), where a
// dateline would stand at the top. Such a line credits the agency for the whole article, as a dateline does.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const trailingCredit = defineRule({
  id: 'discourse/trailing-credit', stage: 'discourse',
  reason: 'A line at the end of the article that names only a news agency, with at most a lead-in ("Source:", "With inputs from", "©") and punctuation ("ANI", "— AP", "(Reuters)", "Source: AFP/dpa"), is the wire credit of a re-published story: it credits that agency for the whole article, as a dateline does. Not a line that says anything else ("Reuters could not verify the claims", "Follow AFP on X"), nor the publisher\'s own name; nor several agencies listed ("With inputs from AFP and Reuters": the publisher compiled the story from them), while a joint wire ("AFP/DPA") is its first agency\'s.',
});

/** How many of the last paragraphs are read for the credit line: the credit may sit above a last line of boilerplate. */
const LAST_PARAGRAPHS = 2;
const PUNCTUATION = /^[-—–()[\]:.,/&|©*•]+$/;

/**
 * The agency a credit line at the end of the article names (discourse/trailing-credit), or undefined. `isPublisher`
 * tells the publisher's own name, which credits no one else.
 */
export function trailingCreditOf(doc: Doc, isPublisher: (name: string) => boolean): string | undefined {
  const ss = doc.sentences;
  if (ss.length < 2) return undefined;
  const leadIn = doc.index.words(trailingCredit.id, 'leadIn');
  const lastParagraph = ss[ss.length - 1].paragraph;
  // The outlets named in the last sentences, by sentence (few: the mentions are read from the end).
  const outlets = doc.mentions.outlets;
  for (let k = ss.length - 1; k >= 1 && ss[k].paragraph > lastParagraph - LAST_PARAGRAPHS; k--) {
    const s = ss[k];
    // A credit line is a paragraph of its own: one sentence, and short.
    if (ss[k - 1].paragraph === s.paragraph || (k + 1 < ss.length && ss[k + 1].paragraph === s.paragraph)) continue;
    if (s.tEnd - s.tStart > 12) continue;
    const named = outlets.filter((o) => o.sentence === k);
    if (!named.length) continue;
    let ok = true;
    for (let i = s.tStart; i < s.tEnd && ok; i++) {
      if (named.some((o) => i >= o.start && i < o.end)) continue;
      const t = doc.tokens[i];
      ok = PUNCTUATION.test(t.text) || leadIn.has(t.lower) || /^(?:19|20)\d\d$/.test(t.text);
    }
    if (!ok) continue;
    // ("With inputs from AFP and Reuters", "Additional reporting by Reuters, AFP": agencies listed as the sources the
    // publisher compiled its story from credit none of them; a joint wire, "AFP/DPA", is its first agency's copy.)
    const agencies = named.filter((o) => !isPublisher(o.name));
    if (new Set(agencies.map((o) => o.name)).size > 1 && agencies.some((o, i) => i > 0 && /^(?:and|,|&)$/.test(doc.tokens[o.start - 1]?.lower ?? ''))) continue;
    const agency = agencies[0];
    if (agency) return agency.name;
  }
  return undefined;
}
