// A step kept open with no object of its own names its issue by the topic named before it (referent resolution):
// "There was no consensus on sending Western ground troops to Ukraine, but nothing should be excluded", "Asked about
// peacekeepers for Gaza, Erdogan said nothing was ruled out", "Asked about sending troops, Macron did not rule anything
// out". Saying that nothing is excluded offers the possibility of the holder's own step on that topic (spec §2 OFFER:
// "could"); the words "nothing"/"anything" stand for every step of the topic, and the topic is the issue named last
// before the stance in its sentence, else in the sentence before it in the paragraph (a fronted clause included: it
// is often the topic, "While there was no consensus on …, nothing should be excluded"). With no issue named there the stance names none. Words: rules.json
// content/unexcluded-topic; the cue is cues.json nothing-excluded.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';
import { issueNamedBefore } from './offered-service.js';

export const unexcludedTopic = defineRule({
  id: 'content/unexcluded-topic', stage: 'content',
  reason: 'A step kept open with no object of its own ("nothing should be excluded", "nothing was ruled out", "did not rule anything out") is an offer on the topic named last before it: the issue of the last term before the stance in its sentence, else in the sentence before it in the paragraph; none when nothing is named there.',
});

/** The item of a step kept open ("nothing was ruled out") on the topic named before it, else none. */
export function unexcludedTopicItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if (t.type !== 'OFFER' || t.nominal || t.exchange) return [];
  const w = (list: string) => doc.index.words(unexcludedTopic.id, list);
  let kept = !!t.cue && w('cues').has(t.cue.id);
  // ("did not rule anything out": a negated refusal whose object is "anything".)
  if (!kept && t.negated) for (let k = t.start; k < Math.min(t.end + 2, s.tEnd) && !kept; k++) kept = w('anyWords').has(doc.tokens[k].lower);
  if (!kept) return [];
  // (A fronted clause is the topic: "While there was no consensus on sending troops, nothing should be excluded".)
  const issue = issueNamedBefore(doc, s, t.start, undefined, true);
  if (!issue || issue === 'other') return [];
  return [{ issue, regions: [], start: t.start, end: t.end }];
}
