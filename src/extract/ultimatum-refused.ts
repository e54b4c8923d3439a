// Naming a proposal an ultimatum refuses to negotiate on it: "Zelensky called the demand an 'ultimatum'", "described
// the Russian memorandum as an ultimatum", "These are the same ultimatums". The refusal is of the terms as a basis for
// talks (spec rule 9), whatever issues the terms named: the tuning sets' gold files 69 of 83 such refusals under talks
// (sixty-second session), where the referred plan's issue (the memorandum's sanctions, the offer's land) or none was read.
import type { Doc } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const ultimatumRefused = defineRule({
  id: 'content/ultimatum-refused', stage: 'content',
  reason: 'A refusal made by naming what is proposed an ultimatum (rules.json \'nouns\': "called the demand an ultimatum", "described the memorandum as an ultimatum", "these are the same ultimatums"; candidate/named-judgement or candidate/evaluation) refuses the terms as a basis for talks, spec rule 9: issue talks, not the issue of the plan referred to, and not none.',
});

/** The talks item of a refusal that names its object an ultimatum, or null. */
export function ultimatumRefusal(doc: Doc, t: Trigger, items: IssueItem[]): IssueItem | null {
  if (t.type !== 'REJECT' || t.negated) return null;
  const rule = t.rule.split('+')[0];
  if (rule !== 'named-judgement' && rule !== 'evaluation') return null;
  const nouns = doc.index.words(ultimatumRefused.id, 'nouns');
  let named = false;
  for (let k = t.start; k < t.end && !named; k++) named = nouns.has(doc.tokens[k].lower);
  if (!named) return null;
  if (items.length === 1 && items[0].issue === 'talks') return null;
  const start = Math.min(t.start, ...items.map((it) => it.start));
  const end = Math.max(t.end, ...items.map((it) => it.end));
  return { issue: 'talks', regions: [], start, end };
}
