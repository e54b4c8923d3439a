// A party taken into a settlement, in the other wordings of "without" (discourse/party-taken-in): "no one is going to
// make peace without talking to Russia", "peace could not be reached without the involvement of both parties", "peace
// cannot be won without Russia being included", and a process judged unthinkable without a party ("a peace process
// without Russia was inconceivable"). The party a settlement cannot do without is its place at the table, the talks,
// as discourse/party-required reads "without involving Azerbaijan"; these only find where the party stands after the
// "without" and whether its phrase is done. Words in rules.json under this rule's id.
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const partyTakenIn = defineRule({
  id: 'discourse/party-taken-in', stage: 'discourse',
  reason: 'A party a settlement cannot do without, named after "without" by a verb of talking and its preposition ("without talking to Russia", "without negotiating with Baku"), by a noun of taking part and "of" ("without the involvement of both parties", "without the inclusion of Kosovo"), or followed by a passive of being taken in ("without Russia being included", "without Eritrea being consulted"), is its place at the table (talks), as discourse/party-required reads "without involving Azerbaijan". Not a talk about something else ("without talking to Russia about the ports" names its own issue through its phrase), not a party\'s act ("without Russia being defeated").',
});

const words = (index: LexiconIndex, k: string) => index.words(partyTakenIn.id, k);

/**
 * The token where the party stands after "without" at `i` when a verb of talking and its preposition ("talking to",
 * "negotiating with") or a determiner, a noun of taking part and "of" ("the involvement of") come first; else -1.
 */
export function takenInPartyStart(tokens: Token[], i: number, index: LexiconIndex): number {
  const lower = (j: number) => tokens[j]?.lower ?? '';
  let k = i + 1;
  if (words(index, 'talkVerbs').has(lower(k))) {
    k++;
    if (words(index, 'talkAdverbs').has(lower(k))) k++;
    return words(index, 'talkPreps').has(lower(k)) ? k + 1 : -1;
  }
  if (lower(k) === 'the' || lower(k) === 'any') k++;
  if (words(index, 'nouns').has(lower(k)) && lower(k + 1) === 'of') return k + 2;
  return -1;
}

/** After a party that ends at `end`: a passive of being taken in ("being included", "being consulted"), its end; else -1. */
export function takenInPassiveEnd(tokens: Token[], end: number, index: LexiconIndex): number {
  const lower = (j: number) => tokens[j]?.lower ?? '';
  let k = end;
  if (lower(k) === 'having' && lower(k + 1) === 'been') k += 2;
  else if (lower(k) === 'being') k++;
  else return -1;
  return words(index, 'participles').has(lower(k)) ? k + 1 : -1;
}

/** A word of war (discourse/party-participation 'warWords') within six words after the party's end, in its clause. */
export function takenInWar(tokens: Token[], end: number, to: number, index: LexiconIndex): boolean {
  const war = index.words('discourse/party-participation', 'warWords');
  for (let k = end; k < Math.min(to, end + 6); k++) {
    const x = tokens[k];
    if (x.text === ',' || x.text === ';' || x.text === ':') return false;
    if (war.has(x.lower)) return true;
  }
  return false;
}
