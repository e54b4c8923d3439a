// A place that only says where the people of a stance are is no stance on that land. "Trump strongly requested that
// Putin spare the lives of the Ukrainian soldiers in Kursk", "Moscow was ready for a new exchange if Kyiv returned the
// residents of the Kursk region", "proposed that residents of the Kursk region who want to go home could leave": the
// region names where the soldiers or residents are, and the stance is about the people (spec §2 humanitarian:
// prisoners, children, civilians), not about who holds Kursk. An item that names no issue term, only places, took the
// territory from them; when every place in it is the complement of a people noun ('people': residents, civilians,
// soldiers …, then 'preps': of, in, from, with at most 'gap' words such as "the" between), its issue is humanitarian.
// Not the people's political choice about their land ('choices': "the choice of the residents of Donetsk would not be
// discussed" is its status). The tuning gold files all four such stances (own K, P, AC, AZ) under humanitarian. Words: rules.json
// content/people-place.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const peoplePlace = defineRule({
  id: 'content/people-place', stage: 'content',
  reason: 'An item naming no issue term whose places are all the complement of a people noun (\'people\': residents, civilians, soldiers; \'preps\': of, in, from; "the" or an adjective between, up to \'gap\' words) says where the people of the stance are: humanitarian, not territory ("Qatar urged Moscow to return the residents of the Kherson region to their homes" = QAT DEMAND humanitarian [UA-65]).',
});

/** Whether the item over tokens [start, end) has places and each one follows a people noun and a preposition. */
export function peoplePlaceItem(doc: Doc, start: number, end: number): boolean {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(peoplePlace.id, list);
  const people = w('people'), preps = w('preps');
  const gap = Number([...w('gap')][0] ?? 2);
  let seen = false;
  for (let i = start; i < end; i++) {
    const place = doc.placeAt.get(i);
    if (!place) continue;
    seen = true;
    // (The preposition right before the place, past "the" and at most 'gap' words; the people noun right before it,
    // past an adjective of nationality or number: "the Ukrainian soldiers in Kursk", "the residents of the Kursk region".)
    let k = i - 1;
    let skipped = 0;
    while (k > start && !preps.has(tokens[k].lower) && skipped < gap && tokens[k].word) { k--; skipped++; }
    if (!preps.has(tokens[k]?.lower ?? '')) return false;
    if (!people.has(tokens[k - 1]?.lower ?? '')) return false;
    // ("the choice of the residents of Donetsk would not be discussed", "the choice made by residents of the four
    // regions": the people's political choice about their land, 'choices' within four words before them, is the land's
    // status, not their fate.)
    for (let q = Math.max(start, k - 5); q < k - 1; q++) if (w('choices').has(tokens[q].lower)) return false;
    i = place.end - 1;
  }
  return seen;
}
