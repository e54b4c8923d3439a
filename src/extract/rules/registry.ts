// Rules as a registry: every decision the extractor makes is a named rule with a reason, run in the
// documented order of its stage. A rule that keeps, changes or drops a candidate reports it to a trace
// sink, which does nothing unless tracing is on (`parley extract --trace`), so tracing costs nothing
// when it is off (chrono-node's debug hook, compromise's rule reasons).

/** The stages, in the order they run for each sentence (see docs/architecture.md). */
export const STAGES = ['discourse', 'candidate', 'trigger', 'holder', 'sentence', 'content', 'claim', 'document'] as const;
export type Stage = (typeof STAGES)[number];

export interface RuleInfo {
  /** Short stable id, e.g. "trigger/passive-participle". */
  id: string;
  stage: Stage;
  /** Why the rule exists, with an example. */
  reason: string;
  /**
   * The gate (speed): words without which the rule can find or change nothing in a sentence, all of them needed,
   * each entry present when one of its words is a token of the sentence's own range. Where the rule runs (findTriggers
   * for a candidate finder, runRules for a candidate's rule) it is skipped on a sentence lacking one, by a look-up in
   * the sentence's word index (`gateOpen`, rules/gate.ts) rather than its own walk over the tokens. A gate must be a
   * necessary condition of every match, read off the rule's code, never a guess: `test/extract/rule-gates.test.ts`
   * runs the extractor with and without the gates and requires the same claims.
   */
  needs?: readonly Need[];
}

/**
 * One entry of a gate (RuleInfo.needs): a word list of rules.json (`list`, under `rule`, by default the gated rule's
 * own id; several lists, any of whose words will do, as an array), one word (`word`), or a word class's bit
 * (`wordClass`, annotate/word-classes.ts).
 */
export type Need = { list: string | readonly string[]; rule?: string } | { word: string } | { wordClass: { readonly bit: number } };

/** What a rule did to a candidate: nothing (undefined), dropped it, or changed it. */
export type Outcome = void | { drop: string } | { change: string };

export interface TraceEvent {
  rule: string;
  decision: 'found' | 'keep' | 'drop' | 'change' | 'holder' | 'claim' | 'merge';
  /** Character span of the candidate in the article body. */
  span: [number, number];
  /** Words of the candidate, for reading the trace. */
  text: string;
  detail: string;
}

export type TraceSink = (e: TraceEvent) => void;

/** Every rule of every stage, for documentation (`parley extract --rules`) and for tests. */
const registry = new Map<string, RuleInfo>();

export function defineRule<R extends RuleInfo>(rule: R): R {
  if (registry.has(rule.id)) throw new Error(`rule ${rule.id} is defined twice`);
  registry.set(rule.id, rule);
  return rule;
}

export function allRules(): RuleInfo[] {
  const order = new Map(STAGES.map((s, i) => [s, i] as const));
  return [...registry.values()].sort((a, b) => (order.get(a.stage)! - order.get(b.stage)!));
}
