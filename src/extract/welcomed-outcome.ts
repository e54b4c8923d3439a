// A welcome of a meeting's outcome that names nothing else (issue 7, the issue gate): "In Paris, Macron welcomed the
// outcome and said the ball was in Russia's court", "Canada welcomed the Jeddah outcome". What a round of talks came
// out with is what the article led with: the agreement it reported first, accepted by a party at the table ("Ukraine
// said it was ready to accept a US proposal for a 30-day ceasefire"). The welcome takes the issue of the article's
// first acceptance by another party, before its sentence; no acceptance before it, or only one on a stance of issue
// `other`, leaves it naming no issue. Words: lexicon/data/rules.json content/welcomed-outcome.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { Claim } from './types.js';
import { defineRule } from './rules/registry.js';

export const welcomedOutcome = defineRule({
  id: 'content/welcomed-outcome', stage: 'content',
  reason: 'An acceptance naming no issue whose whole object is a meeting\'s outcome ("welcomed the outcome", "hailed the Jeddah outcome", "praised the results": \'determiners\', at most one capitalised name, one of \'nouns\', then the sentence\'s end, a punctuation mark or one of \'after\') is on what the article reported first as agreed: the issue and places of the article\'s first ACCEPT, before its sentence, by a party other than the holder (own W, BB, BF: "Ukraine said it was ready to accept a US proposal for an immediate 30-day ceasefire … Macron welcomed the outcome" = FRA ACCEPT ceasefire). Not an outcome with content of its own ("the outcome of the vote", read by the issue terms), not a refusal, not when no earlier acceptance names an issue.',
});

const w = (doc: Doc, list: string) => doc.index.words(welcomedOutcome.id, list);

/** The outcome noun that is the whole object of the acceptance `t`, or -1. */
function outcomeObject(doc: Doc, s: Sentence, t: Trigger): number {
  const { tokens } = doc;
  let j = t.end;
  if (j >= s.tEnd || !w(doc, 'determiners').has(tokens[j].lower)) return -1;
  j++;
  // (One name saying which meeting: "the Jeddah outcome".)
  if (j < s.tEnd && tokens[j].word && tokens[j].cap && !w(doc, 'nouns').has(tokens[j].lower)) j++;
  if (j >= s.tEnd || !w(doc, 'nouns').has(tokens[j].lower)) return -1;
  const next = tokens[j + 1];
  if (j + 1 < s.tEnd && next.word && !w(doc, 'after').has(next.lower)) return -1;
  return j;
}

/** The issue and places of the outcome the acceptance `t` welcomes (content/welcomed-outcome), or null. */
export function welcomedOutcomeItem(doc: Doc, s: Sentence, t: Trigger, holderCodes: string[], claims: Claim[]): { claim: Claim; noun: string } | null {
  if (t.type !== 'ACCEPT' || t.negated) return null;
  const k = outcomeObject(doc, s, t);
  if (k < 0) return null;
  let first: Claim | undefined;
  for (const c of claims) {
    if (c.type !== 'ACCEPT' || c.sentence[0] >= s.start || holderCodes.includes(c.actor)) continue;
    if (!first || c.span[0] < first.span[0]) first = c;
  }
  if (!first || first.issue === 'other') return null;
  return { claim: first, noun: doc.tokens[k].text };
}
