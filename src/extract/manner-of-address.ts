// "The language of ultimatums is unacceptable to us", "any attempts to address Russia with demands, especially
// ultimatums, are unacceptable": a refusal predicate whose subject is a manner of speaking to the party (a noun of
// manner, 'mannerNouns', with a noun of pressure, 'pressureNouns', in the same subject) judges how the party is
// addressed, not a proposal or a position on the talks: no claim (the tuning sets' gold marks none, 0 of 7 in six
// articles). A refusal of the pressure's content itself ("the European demand for a truce is unacceptable", "Western
// demands for a withdrawal are not serious") has no noun of manner and stays a claim.
// extract.ts asks it for each refusal predicate before reading its content.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const mannerOfAddress = defineRule({
  id: 'content/manner-of-address', stage: 'content',
  reason: 'A refusal predicate ("unacceptable") whose subject, back to a verb of saying, "that" or a clause break (\'bounds\', at most twelve words), holds a noun of manner (\'mannerNouns\': language, tone, attempts) and a noun of pressure (\'pressureNouns\': ultimatums, threats, demands, blackmail) judges how its holder is addressed ("Peskov said the language of ultimatums was unacceptable to Russia", "Any attempts to make demands, especially ultimatums, are unacceptable for us"), not a proposal or the talks: no claim. Without the noun of manner ("the European demand is unacceptable") the refusal stays.',
});

/** Why the refusal predicate `t` judges only a manner of address, or null (content/manner-of-address). */
export function mannerOfAddressSubject(doc: Doc, s: Sentence, t: Trigger): string | null {
  if (t.type !== 'REJECT' || t.cue?.id !== 'reject-predicate') return null;
  const w = (list: string) => doc.index.words(mannerOfAddress.id, list);
  const bounds = w('bounds'), manner = w('mannerNouns'), pressure = w('pressureNouns');
  let m = -1, p = -1;
  for (let k = t.start - 1; k >= Math.max(s.tStart, t.start - 12); k--) {
    const x = doc.tokens[k].lower;
    if (bounds.has(x)) break;
    if (manner.has(x)) m = k;
    if (pressure.has(x)) p = k;
  }
  if (m < 0 || p < 0) return null;
  return `its subject is a manner of address ("${doc.tokens[m].text} … ${doc.tokens[p].text}"): how the party is spoken to, no position`;
}
