// A side of another dispute speaking of its own dispute, in an article about the war in Ukraine, takes no stance on
// the Russia–Ukraine settlement (spec §2: a stance on anything else is a claim with issue 'other', not scored).
// "Moldova demanded again the withdrawal of Russian troops from Transnistria" in a report on talks over Ukraine, "Armenia
// would not accept any linkage between the process and its negotiations with Baku": the tuning gold files such asides
// under 'other' (Moldova's demands on Transnistria, 2 of 2 non-optional claims, 7 optional). Only when the document's
// principal sides are the lexicon's own pair, both of them named (an article about Moldova keeps its issues: "Moldova demanded the
// withdrawal of Russian troops from Transnistria" alone is MDA DEMAND territory), the holder is no principal side
// of the document, the holder is a side of a dispute of disputes.json other than the first, and the claim's sentence
// names that dispute: one of its side words ("Transnistria", "Transnistrian": a word starting with one of its
// 'names') or its other side's party. Words: disputes.json.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const ownDisputeAside = defineRule({
  id: 'content/own-dispute-aside', stage: 'content',
  reason: 'In a document whose principal sides are the lexicon\'s own pair, a stance of a party that is no principal side but a side of another dispute (disputes.json, not the first), whose sentence names that dispute (a word starting with one of its \'names\', "Transnistrian", or its other side\'s party, "Baku" for Armenia), is on that dispute: issue \'other\' ("Moldova demanded again the withdrawal of Russian troops from Transnistria" in an article on the Istanbul talks).',
});

/** The dispute (its sides and names) that `code`'s stance in sentence `s` is an aside about, else null (content/own-dispute-aside). */
export function ownDisputeAt(doc: Doc, s: Sentence, code: string): string | null {
  const disputes = doc.index.vocab.disputes ?? [];
  if (disputes.length < 2) return null;
  const own = disputes[0].sides;
  const docSides = doc.mentions.principals.sides;
  if (docSides.length !== own.length || !own.every((c) => docSides.includes(c))) return null;
  if (docSides.includes(code)) return null;
  // (Both sides of the own pair named in the document: a pair taken as the fallback of a document about another dispute
  // ("Moldova's army will keep striking the bridges if Russia keeps arming the Transnistrian forces") is no article on
  // this war.)
  const named = new Set(doc.mentions.actors.flatMap((a) => a.codes));
  if (!own.every((c) => named.has(c))) return null;
  const words = doc.tokens.slice(s.tStart, s.tEnd).filter((x) => x.word).map((x) => x.lower);
  const actors = new Set((doc.actorsBySentence.get(s.index) ?? []).flatMap((a) => a.codes));
  for (const d of disputes.slice(1)) {
    if (!d.sides.includes(code)) continue;
    const name = (d.names ?? []).find((n) => words.some((w) => w.startsWith(n)));
    if (name) return name;
    const other = d.sides.find((c) => c !== code && actors.has(c));
    if (other) return other;
  }
  return null;
}
