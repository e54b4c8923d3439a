// Issue terms that start with a verb are written once, in the base form ("withdraw", "pull out", "end the
// war"), and match every form of that verb: "if Kyiv gave up its NATO bid and withdrew from the four regions"
// names the land as surely as "withdraw from" does (issue 7). The forms are data (rules.json), one line per
// verb, base form first, so no suffix rule guesses wrong ("cut", "met", "shrank").
import type { RuleWords } from '../lexicon/vocab.js';
import { defineRule } from '../extract/rules/registry.js';

export const issueVerbForms = defineRule({
  id: 'discourse/issue-verb-forms', stage: 'discourse',
  reason: 'An issue term that starts with a verb of the list ("withdraw", "give up", "halt the fighting", "send envoys") also names its issue in the verb\'s other forms ("withdrew", "gave up", "halted the fighting", "sent envoys"); a form that is already a term of any issue keeps its own entry ("annexed" stays recognition).',
});

export interface VerbForms { forms: Map<string, string[]>; alone: Set<string> }

/** Verb → its other forms, from the rule's `forms` lines ("withdraw withdraws withdrew withdrawn withdrawing"), and
 * the verbs whose forms also stand alone as a one-word term ("withdrew", not "discussed"). */
export function verbFormTable(rules: Record<string, RuleWords>): VerbForms {
  const forms = new Map<string, string[]>();
  const entry = rules[issueVerbForms.id];
  const lines = entry?.forms;
  const alone = new Set(Array.isArray(entry?.alone) ? entry.alone.map((w) => w.toLowerCase()) : []);
  if (!Array.isArray(lines)) return { forms, alone };
  for (const line of lines) {
    const [base, ...more] = line.toLowerCase().split(/\s+/).filter(Boolean);
    if (base && more.length) forms.set(base, more);
  }
  return { forms, alone };
}

/** The other forms of a term whose first word is a listed verb ("pull out" → "pulls out", "pulled out", …). */
export function inflectedTerms(term: string, table: VerbForms): string[] {
  const space = term.indexOf(' ');
  const first = (space < 0 ? term : term.slice(0, space)).toLowerCase();
  const forms = table.forms.get(first);
  if (!forms || (space < 0 && !table.alone.has(first))) return [];
  const rest = space < 0 ? '' : term.slice(space);
  return forms.map((f) => f + rest);
}
