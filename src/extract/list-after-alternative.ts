// A list of a stance's items that goes on after an alternative set against one of them: "the plan would cap the army at
// 800,000, start territorial talks from the line of contact rather than from a withdrawal, and use frozen assets to
// rebuild Ukraine", "Baku wants a peace treaty rather than a truce, the opening of all routes and the return of the
// displaced". The alternative ("rather than …", "instead of …") ends the content where it starts (content/contrast-
// alternative: it is what the holder does not want), but once it is over, at its comma, the holder's list resumes: the
// next item is the stance's too, with the same holder and type. The alternative's own words stay out of every item.
// Words: rules.json content/list-after-alternative.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { actCommentAt, glossAt, scopeOf } from './items.js';
import { defineRule } from './rules/registry.js';

export const listAfterAlternative = defineRule({
  id: 'content/list-after-alternative', stage: 'content',
  reason: 'A list of items that an alternative interrupts ("would cap the army at 800,000, start talks from the line of contact rather than from a withdrawal, and use frozen assets to rebuild Ukraine"; "wants a treaty instead of a truce, the opening of all routes and …") goes on after the alternative\'s comma: what follows (after "and"/"or", if any) is one more item of the same stance, when it opens with a word of no clause of its own (not a subject pronoun, a party, a subordinator, a verb of saying, a past form: rules.json \'stops\'; "…, and said Moscow would …", "…, and Kyiv rejected it" end the stance). The alternative itself (up to its comma, \'maxWords\' at most) is in no item.',
});

/**
 * Where the stance's list resumes after the alternative that ends its content at `to` ("rather than …, and …"): the
 * range of the next items, or null. `nextStart` bounds it (the next stance in the sentence).
 */
export function resumedListRange(doc: Doc, s: Sentence, t: Trigger, to: number, nextStart: number): [number, number] | null {
  const { tokens } = doc;
  const w = tokens[to]?.lower;
  const phrase = w === 'rather' ? tokens[to + 1]?.lower === 'than' : w === 'instead' ? tokens[to + 1]?.lower === 'of' : false;
  if (!phrase || to <= t.end || t.object === 'before') return null;
  const words = (list: string) => doc.index.words(listAfterAlternative.id, list);
  const max = Number([...words('maxWords')][0] ?? 10);
  // The alternative's comma: a short phrase, no clause break inside.
  let comma = -1;
  for (let k = to + 2; k < Math.min(s.tEnd, to + 2 + max); k++) {
    const x = tokens[k];
    if (x.text === ',') { comma = k; break; }
    if (x.text === ';' || x.text === ':' || x.text === '(' || doc.mentions.inQuote[k] !== doc.mentions.inQuote[to]) return null;
  }
  if (comma < 0) return null;
  // (Not a comment or a gloss set off by the comma: "… rather than a ceasefire, a striking shift that came hours after
  // the summit", "…, a step welcomed in Brussels".)
  if (actCommentAt(doc, comma) || glossAt(doc, comma)) return null;
  let r = comma + 1;
  const coordinated = tokens[r]?.lower === 'and' || tokens[r]?.lower === 'or';
  if (coordinated) r++;
  // (Without "and"/"or", a noun phrase after the comma is mostly an apposition on what came before; only a verb of a
  // list of verb phrases goes on: "would cap the army, start talks from the line rather than from a withdrawal, use …".)
  if (!coordinated && words('determiners').has(tokens[r]?.lower ?? '')) return null;
  const first = tokens[r];
  if (!first || !first.word || first.cap || r >= Math.min(s.tEnd, nextStart)) return null;
  // (No clause of its own: "…, and said …", "…, which …", "…, he added", "…, and accused Kyiv of …".)
  // (But a stance whose content is a that-clause goes on with a coordinated one: "proposed that talks start from the line
  // rather than from a withdrawal, that frozen assets be used …, and that …", each "that" one more item.)
  const thatItem = first.lower === 'that' && (tokens[t.end]?.lower === 'that' || tokens[t.end - 1]?.lower === 'that');
  if ((words('stops').has(first.lower) && !thatItem) || /ed$/.test(first.lower)) return null;
  if ((doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start === r)) return null;
  // (The next items' scope, as if the stance's cue stood right before them: its bounds are the stance's own.)
  const [, e] = scopeOf(doc, s, { ...t, start: r, end: r, typedAt: undefined }, nextStart);
  return e > r ? [r, e] : null;
}
