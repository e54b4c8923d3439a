// A bullet of a principal side's own proposal that puts an obligation on another party ("* Ukraine must withdraw all
// its troops from the four regions", "- Kyiv must officially notify Moscow that it drops its NATO bid" under Putin's
// "concrete, real peace proposal:") states what that side wants the other to do: a DEMAND (spec §2), not the
// arrangement a mediator's plan puts forward; a bullet of the side's own step ("* Russia would order a ceasefire") is
// its OFFER. The list keeps its PROPOSE for bullets with no modal (an arrangement: "- an international guarantee
// mechanism like Article 5"), so a side's proposals of an arrangement stay proposals. Words: rules.json
// content/bullet-obligation.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const bulletObligation = defineRule({
  id: 'content/bullet-obligation', stage: 'content',
  reason: 'Under a principal side\'s own proposal (the list\'s holder is a side of the dispute, discourse/principal-sides), a bullet whose first modal is a deontic with another party or a thing as its subject ("* Armenia must withdraw its forces from the four villages", "- Kosovo should set up the association first", "- Western sanctions on Serbia must be lifted", "- Eritrea has to accept the border ruling") is a demand, not a proposal; one whose first modal is "would"/"will" with the side itself as subject ("* Once those steps are taken, Russia would order a ceasefire") is its offer. A bullet with no modal (an arrangement: "- an international guarantee mechanism like Article 5") stays what the list makes it.',
});

/** The type a bullet of a principal side's list states by its first modal (from token `from`, before any semicolon):
 * DEMAND for a deontic of rules.json content/bullet-obligation 'deontics' (or 'toDeontics' + "to") whose subject is not
 * the side itself, OFFER for one of 'offers' whose subject, within two words before it, is the side; else null. */
export function bulletModalType(doc: Doc, s: Sentence, from: number, holderCodes: string[]): 'DEMAND' | 'OFFER' | null {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(bulletObligation.id, list);
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  // The party that ends within two words before the modal at `j`: its subject (an adverb between: "Kyiv must officially").
  const subjectOf = (j: number) => actors.find((a) => a.end <= j && j - a.end <= 1 && a.start >= from && a.codes.length && !a.possessive && !a.object);
  for (let j = from; j < Math.min(from + 20, s.tEnd); j++) {
    const x = tokens[j];
    if (x.text === ';') return null;
    const deontic = w('deontics').has(x.lower) || (w('toDeontics').has(x.lower) && tokens[j + 1]?.lower === 'to' && j > from);
    const offer = w('offers').has(x.lower);
    if (!deontic && !offer) continue;
    const subject = subjectOf(j);
    const own = !!subject && subject.codes.every((c) => holderCodes.includes(c));
    if (deontic) return own ? null : 'DEMAND';
    return own ? 'OFFER' : null;
  }
  return null;
}
