// "Putin set out the conditions under which Russia would order a ceasefire: the withdrawal of …", "Aliyev laid out the
// terms on which he said Azerbaijan would stop shelling: …": a relative clause on a list noun of terms (sentence/
// relative-content) whose verb halts the fighting, held by the party that sets the terms, is that party's own
// conditional offer of a truce (spec §2: OFFER "would halt"); the items after the colon are what it demands in return.
// Without this rule the relative clause was read as the demand's content, a DEMAND ceasefire, as if the party asked
// the other side for the truce it holds out (tuning gold: every such clause is the holder's OFFER ceasefire, own P,
// AC; as in AS, AW, BH where no list follows). Only a halt of the fighting: "the conditions under which Moldova would
// negotiate: …" stays the description of the terms (test/extract/list-nouns.test.ts), and a clause held by another
// party ("the conditions under which Kosovo could join") describes the terms as before.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const truceOnTerms = defineRule({
  id: 'sentence/truce-on-terms', stage: 'sentence',
  reason: 'An OFFER in a prepositional relative clause ("under which", "on which") on a demand\'s list noun of terms, held by the demand\'s own party, whose words up to the list opener name a ceasefire ("set out the conditions under which Russia would order a ceasefire: …", "the terms on which he said Moscow would stop fighting: …") is the holder\'s conditional offer of the truce, not the content of the demand: the offer stays, and the demand\'s content starts after the list opener. \'verbs\' is empty: the halt is read from the issue terms (ceasefire) of the clause.',
});

/** When t is a relative clause on outer's list noun ("the conditions under which X would …") that halts the fighting,
 * the index of the list opener (":") after it; else -1. The caller checks that both have the same holder. */
export function truceOnTermsAt(doc: Doc, s: Sentence, outer: Trigger, t: Trigger, relHead: number): number {
  if (t.type !== 'OFFER' || outer.type !== 'DEMAND' || outer.typedAt === undefined || relHead !== outer.typedAt) return -1;
  let colon = -1;
  for (let j = t.end; j < s.tEnd; j++) if (doc.tokens[j].text === ':') { colon = j; break; }
  if (colon < 0) return -1;
  // (The halt is the clause's own first act: an issue term of the ceasefire from the verb to the next clause break,
  // "would order a ceasefire and begin negotiations", "would stop fighting".)
  for (let j = t.start; j < colon && j < t.end + 6; j++) {
    const x = doc.tokens[j];
    if (j >= t.end && (x.text === ',' || x.text === ';' || x.lower === 'and')) break;
    if (doc.issueAt.get(j)?.values.some((v) => v.issue === 'ceasefire' && !v.weak)) return colon;
  }
  return -1;
}
