// A stance on "the plan", "this formula", "the proposals" — a plan noun with only a definite or demonstrative
// determiner — refers back to a plan already described, and the description names what it is about: "The EU will decide
// whether to lend Kyiv 90 billion euros against the frozen Russian assets. Belgium has balked at the plan" is a refusal
// on sanctions, "Hungary wants the price cap on Russian oil lifted. Brussels rejected the idea … the proposal" too.
// Spec rule 9 makes a stance on a whole plan or framework one on talks: that stays so when the description names
// several issues, none, or only talks, or when it is described as a settlement ("peace", "treaty"), and whenever the noun carries its own words ("the peace plan",
// "the US plan", "the plan to freeze the front"). The description is the sentence before, in the same paragraph (not the
// paragraph before: its last sentence is mostly one item of a whole plan the stance takes, "… $100 billion of frozen
// assets would go to reconstruction. ¶ Trump had given Zelensky until Thursday to accept the plan" is talks). A plan
// that is the subject of a judgement, "Putin called the plan \"theft\"", "the plan is unacceptable", is referred back
// to the same way (content/referred-plan-subject).
// Words: rules.json content/referred-plan.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { strongestIssue } from '../annotate/lexicon-index.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const referredPlanSubject = defineRule({
  id: 'content/referred-plan-subject', stage: 'content',
  reason: 'A plan noun with only "the"/"this" before it that is the subject a judgement is predicated of ("Putin called the plan \"theft\"", "the proposal is unacceptable") refers back as the object of a stance does: to the one issue the sentence before in its paragraph named (content/referred-plan).',
});

export const referredPlan = defineRule({
  id: 'content/referred-plan', stage: 'content',
  reason: 'A stance on a plan noun with only "the"/"this"/"these" before it ("balked at the plan", "said no to this formula") is on the one issue the plan\'s description just before it names (the sentence before in its paragraph), when it names exactly one besides talks; otherwise the whole plan is talks (spec rule 9, content/plan-is-talks).',
});

/** The one issue the description of the plan at `head` names before the stance, else undefined. */
export function referredPlanIssue(doc: Doc, s: Sentence, t: Trigger, head: number, subject = false): string | undefined {
  // (The plan after the stance, its object; or, with `subject`, before it: the subject a judgement is predicated of.)
  if (subject ? head >= t.start : (t.object === 'before' || head < t.end + 1)) return undefined;
  const w = (list: string) => doc.index.words(referredPlan.id, list);
  const { tokens } = doc;
  // (Only a determiner right before the noun: "the peace plan", "the US plan" name a whole plan of their own.)
  if (!w('determiners').has(tokens[head - 1].lower)) return undefined;
  // ("the plan to freeze the front", "the proposal for a truce": the noun's own content follows it.)
  if (w('notBefore').has(tokens[head + 1]?.lower ?? '')) return undefined;
  // (The sentence before only: the stance's own sentence before it holds its subject, "The legitimate government of
  // Sudan rejected the plan", whose words describe the holder, not the plan.)
  const prev = doc.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph) return undefined;
  const named = new Set<string>();
  const settlement = w('settlementWords');
  for (let k = prev.tStart; k < prev.tEnd; k++) {
    // (A plan described as a settlement is a whole plan, talks, whatever single issue the sentence names: "The plan would
    // spell out what the allies would do if Russia violated a settlement: weapons deliveries … Europe agreed to the proposals".)
    if (settlement.has(tokens[k].lower)) return undefined;
    // (A region named is land: "would leave Nagorno-Karabakh to Baku and cap Armenia's army" names two issues.)
    if (doc.placeAt.get(k)?.codes.length) named.add('territory');
    const term = doc.issueAt.get(k);
    if (!term) continue;
    const best = strongestIssue(term.values);
    if (best && !w('skipIssues').has(best.issue)) named.add(best.issue);
  }
  return named.size === 1 ? [...named][0] : undefined;
}
