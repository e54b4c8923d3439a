// "restarting the Togliatti–Odesa ammonia pipeline", "wants the ammonia pipeline from Togliatti to Odesa reopened": a
// place named as an end of a pipeline, a railway or a road names where that route runs, not land anyone claims. It
// still gives its region to a claim, as a town does, but never makes the issue territory alone (issue 7, wrong issues:
// a demand to restart a pipeline read as a demand for Odesa).
// Word lists: lexicon/data/rules.json under the rule's id.
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import type { PlaceMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';

export const routePlaces = defineRule({
  id: 'discourse/route-places', stage: 'discourse',
  reason: '"the Togliatti–Odesa ammonia pipeline", "the Odesa-Reni railway", "the ammonia pipeline from Togliatti to Odesa": a place joined by a dash to another name before a noun of a route (\'routes\', up to one modifier of \'modifiers\' between: "ammonia", "oil"), or after "from" or "to" within a few words after such a noun, is an end of the route: it keeps its region but counts as a landmark (a town), which never makes a claim\'s issue territory. Not a place merely near such a noun ("pipelines in Odesa" names the place where they are).',
});

/** Marks places that are ends of a route as landmarks (town), in place: discourse/route-places. */
export function markRoutePlaces(tokens: Token[], places: PlaceMention[], index: LexiconIndex): void {
  if (!places.length) return;
  const routes = index.words(routePlaces.id, 'routes');
  const modifiers = index.words(routePlaces.id, 'modifiers');
  const dash = (t: Token | undefined) => t?.text === '-' || t?.text === '–' || t?.text === '—';
  const routeAt = (k: number): boolean => routes.has(tokens[k]?.lower ?? '') || (modifiers.has(tokens[k]?.lower ?? '') && routes.has(tokens[k + 1]?.lower ?? ''));
  const startAt = new Map(places.map((p) => [p.start, p] as const));
  for (const p of places) {
    if (p.town) continue;
    // "the Togliatti–Odesa ammonia pipeline": the second name of a dashed pair before the route noun …
    const before = tokens[p.start - 1], after = tokens[p.end];
    if (dash(before) && tokens[p.start - 2]?.cap && routeAt(p.end)) { p.town = true; continue; }
    // … and the first: "the Odesa–Reni railway" (the name after the dash, known or not, then the route noun).
    if (dash(after) && tokens[p.end + 1]?.cap) {
      const next = startAt.get(p.end + 1);
      if (routeAt(next ? next.end : p.end + 2)) { p.town = true; continue; }
    }
    // "the pipeline from Togliatti to Odesa": after "from" or "to", the route noun within six words before.
    const prep = tokens[p.start - 1]?.lower;
    if (prep !== 'from' && prep !== 'to') continue;
    for (let k = p.start - 2; k >= Math.max(0, p.start - 8); k--) {
      if (!tokens[k].word && !dash(tokens[k])) break;
      if (routes.has(tokens[k].lower)) { p.town = true; break; }
    }
  }
}
