// "THE RUSSIAN MEMORANDUM" / "The Russian text, handed over by Medinsky, is in two parts. … [bullets] … The second
// part deals with a ceasefire, and offers Kyiv two options. Under the first, Ukrainian forces would pull out …": the
// sentence that names the options ("It offers Kyiv two routes", "The second part … offers two options") speaks of a
// document named further back in its section, past its bullet lines or a paragraph of background, or only in the
// section's heading. candidate/option-frame looks for the plan in the two sentences before the frame; this rule lets
// the sentence naming the alternatives, when it has no party of its own as subject ("It", "The second part"), reach
// back to the latest document with authors in its section, or to a heading naming one party's document.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { headingLine } from './section-lists.js';
import { headingBodyStart, partyDocumentPhrase } from './document-heading.js';

/** How far back (sentences, bullet lines included) the section's document may stand. */
const REACH = 10;

export const optionFrameSection = defineRule({
  id: 'candidate/option-frame-section', stage: 'candidate',
  reason: '"THE RUSSIAN MEMORANDUM … It offers Kyiv two routes to a ceasefire. Under the first, Ukraine would withdraw …", "The Serbian text … sets out: [bullets] The second part offers Pristina two options. Under the first, …": when no plan with authors stands in the two sentences before an option frame, the sentence before it (or the one before that) that names the alternatives and opens with no party ("It …", "The second part …") speaks of the document of its section: the latest document with authors up to ten sentences back (bullet lines count), or a heading of its own line naming one party\'s document ("THE RUSSIAN MEMORANDUM", "Baku\'s draft"); the search stops at any other heading. Its authors hold the option\'s stances.',
});

/** The heading's party when sentence `h` is a heading line naming one party's document ("THE RUSSIAN MEMORANDUM"). */
function headingDocumentParty(doc: Doc, h: Sentence): string[] | null {
  const phrase = partyDocumentPhrase(doc, h, headingBodyStart(doc, h), h.tEnd);
  return phrase ? [...phrase.party.codes] : null;
}

/**
 * The authors of the document an option frame in sentence `s` belongs to, found from a sentence naming the
 * alternatives just before it that opens with no party; null when there is none.
 */
export function sectionPlanAuthors(doc: Doc, s: Sentence, alternatives: Set<string>): string[] | null {
  const { tokens } = doc;
  const opens = doc.index.words(optionFrameSection.id, 'openers');
  let a: Sentence | null = null;
  for (let b = s.index - 1; b >= s.index - 2 && b >= 0 && !a; b--) {
    const t = doc.sentences[b];
    if (s.paragraph - t.paragraph > 1) break;
    let names = false;
    for (let j = t.tStart; j < t.tEnd && !names; j++) names = alternatives.has(tokens[j].lower);
    if (!names) continue;
    if (!opens.has(tokens[t.tStart].lower)) return null;
    // (No party as its subject: "The Russian side offers two options" is the side's own.)
    if ((doc.actorsBySentence.get(t.index) ?? []).some((m) => m.codes.length > 0 && m.kind !== 'document' && m.kind !== 'pronoun' && m.start <= t.tStart + 1 && !m.possessive)) return null;
    a = t;
  }
  if (!a) return null;
  for (let b = a.index - 1; b >= 0 && b >= a.index - REACH; b--) {
    const t = doc.sentences[b];
    const ds = doc.mentions.documents.filter((d) => d.sentence === b && d.authors.length);
    if (ds.length) return [...ds[ds.length - 1].authors];
    if (headingLine(doc, t)) return headingDocumentParty(doc, t);
  }
  return null;
}
