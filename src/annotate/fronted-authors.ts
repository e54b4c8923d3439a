// A document's authors named by a participle phrase fronted before it: "Drawn up by Britain, France and Germany, the
// counter-draft caps Ukraine's army at 800,000", "Put forward by Kenya and Ghana, it would exchange all prisoners".
// The phrase opens the sentence and its comma sits right before the document (or its "it"): the parties after "by"
// wrote the document, as "the plan, drawn up by …" says after it (discourse/documents).
import type { Token } from './tokenize.js';
import type { ActorMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';

export const frontedAuthors = defineRule({
  id: 'discourse/fronted-authors', stage: 'discourse',
  reason: '"Drawn up by Britain, France and Germany, the counter-draft sets a cap of 800,000 on Ukraine\'s army", "Put forward by Kenya and Ghana, it would exchange all prisoners": a participle of writing or presenting (discourse/document-by-members \'verbs\') opening the sentence, "by" and a list of parties, then the comma right before the document phrase (or its "it", with a plan named in the sentence before) names who wrote it; they propose its contents. Not a verb of backing or brokering ("Backed by Washington, the plan …" keeps the plan\'s own author), nor a phrase that goes on past its list with a comma of its own.',
});

/**
 * The first party after "by" in a fronted participle phrase whose closing comma is the token before `at`, or null.
 * `verbs` are the participles of writing (with "drawn up", "put forward" read at their last word before "by").
 */
export function frontedAuthorAt(tokens: Token[], sentenceOf: Int32Array, startAt: Map<number, ActorMention>, verbs: Set<string>, at: number): ActorMention | null {
  const comma = at - 1;
  if (tokens[comma]?.text !== ',') return null;
  const s = sentenceOf[comma];
  let first = comma;
  while (first > 0 && sentenceOf[first - 1] === s) first--;
  // "by" within the phrase's first four words: "Drawn up by", "First drafted by", "Put forward by".
  let by = -1;
  for (let j = first + 1; j <= first + 3 && j < comma; j++) if (tokens[j].lower === 'by') { by = j; break; }
  if (by < 0) return null;
  const verb = tokens[by - 1].lower === 'up' ? tokens[by - 2]?.lower ?? '' : tokens[by - 1].lower;
  if (!verbs.has(verb)) return null;
  const a = startAt.get(by + 1) ?? startAt.get(by + 2);
  if (!a?.codes.length || a.possessive) return null;
  // The list of parties runs to the comma: only commas that join two parties, and at most a short phrase after it
  // ("… and Germany over the weekend,").
  let last = a.end;
  for (let j = a.end; j < comma; j++) {
    const m = startAt.get(j);
    if (m) { last = m.end; j = m.end - 1; continue; }
    if (tokens[j].text === ',' && !startAt.has(j + 1)) return null;
  }
  return comma - last <= 4 ? a : null;
}
