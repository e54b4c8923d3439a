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
}

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
