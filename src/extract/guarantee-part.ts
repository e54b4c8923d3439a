// Arms framed as part of a guarantee are the guarantee (spec §2 `security_guarantees`: guarantees for the party, what
// they are made of included). "Kyiv has offered to buy some $90 billion of American weapons, financed by Europe, as part
// of a guarantee package", "offered to buy weapons … as part of a package of guarantees", "as part of a deal on security
// guarantees", "as part of a package in return for US guarantees": the purchase or supply is what the guarantee
// consists of, not a stance on arms supplies (military_limits). The tuning gold files every such purchase under the
// guarantees (11 claims, none on military_limits when the guarantee frame is there; the same purchase reported without
// it stays military_limits in optional gold). Only an item on military_limits is re-read, and only by "as part of" with
// one of 'nouns' (guarantee, guarantees) within 'window' words before a clause ends: "as part of a ceasefire deal"
// leaves the item alone. Words: rules.json content/guarantee-part.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const guaranteePart = defineRule({
  id: 'content/guarantee-part', stage: 'content',
  reason: 'An item on military_limits (arms bought, supplied or financed) followed by "as part of" and, within \'window\' words before a clause ends, one of \'nouns\' ("as part of a guarantee package", "of a package of guarantees", "of a deal on security guarantees") is on the security guarantees: the arms are what the guarantee is made of. The frame\'s words name no further item.',
});

/** The end of an "as part of … guarantee(s) …" frame opening at `i`, else -1 (content/guarantee-part). */
export function guaranteePartEnd(doc: Doc, i: number, end: number): number {
  const { tokens } = doc;
  if (tokens[i]?.lower !== 'as' || tokens[i + 1]?.lower !== 'part' || tokens[i + 2]?.lower !== 'of') return -1;
  const w = (list: string) => doc.index.words(guaranteePart.id, list);
  const window = Number([...w('window')][0] ?? 8);
  for (let k = i + 3; k < Math.min(end, i + 3 + window); k++) {
    if (/^[,;:()]$/.test(tokens[k].text)) return -1;
    if (w('nouns').has(tokens[k].lower)) {
      // (The frame runs to the end of its noun phrase: "a guarantee package", "the guarantees for Ukraine".)
      let e = k + 1;
      while (e < end && tokens[e].word && w('tails').has(tokens[e].lower)) e++;
      return e;
    }
  }
  return -1;
}
