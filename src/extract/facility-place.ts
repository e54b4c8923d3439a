// A region's name that names a facility, "the Zaporizhzhia nuclear power plant", "the Zaporizhzhia station", "the
// Kakhovka dam", places the stance (its regions) but is no land: restarting, running or owning the plant is not who
// holds the region (spec §2: territory is who holds or gets land; withdrawal, cession, lines). A stance that names
// such a place and no issue term, "The plant would be restarted under IAEA supervision", "proposed running the
// Zaporizhzhia plant jointly", is not on territory for the name alone (the gold reads them `other`, own AP, AU, E, H);
// a term of its own still decides, and so does a word of who holds it ("must be returned to Ukraine's full sovereign
// control", "Russian troops must leave the plant": territory). Words:
// rules.json content/facility-place.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const facilityPlace = defineRule({
  id: 'content/facility-place', stage: 'content',
  reason: 'A place name right before a facility noun (\'nouns\': plant, station, dam, reactor; up to two of \'between\' after it: nuclear, power, hydroelectric) names the facility, not land: it still gives the stance its regions, but does not make an item that names no issue term a stance on territory ("would restart the Zaporizhzhia nuclear plant under IAEA supervision"; own AP, AU, E, H gold `other`). An issue term of the item\'s own decides as before ("the Zaporizhzhia plant must return to Ukraine\'s sovereign control": territory).',
});

/** True when the place ending at `end` (exclusive) is the name of a facility: "Zaporizhzhia (nuclear power) plant". */
export function facilityPlaceAt(doc: Doc, end: number): boolean {
  const w = (list: string) => doc.index.words(facilityPlace.id, list);
  const { tokens } = doc;
  let k = end;
  for (let n = 0; n < 2 && k < tokens.length && w('between').has(tokens[k].lower); n++) k++;
  return k < tokens.length && w('nouns').has(tokens[k].lower);
}

/** True when tokens [from, to) hold a word of who holds or gets the facility ('heldWords': control, returned,
 * withdraw, leave, occupation …): then its place is land again ("be returned to Ukrainian control"). */
export function facilityHeldAt(doc: Doc, from: number, to: number): boolean {
  const held = doc.index.words(facilityPlace.id, 'heldWords');
  for (let k = from; k < to && k < doc.tokens.length; k++) if (held.has(doc.tokens[k].lower)) return true;
  return false;
}
