// A readiness to hand over or give back something that names no issue, in exchange for people held by the other side,
// is a prisoner swap (issue 7, the readiness family of the thirtieth session): "We are ready to return every one of
// them, but only in exchange for our people", "Baku was prepared to release them only in return for the Azerbaijani
// soldiers held in Armenia". What the exchange asks for names what is offered: people for people. Only a verb of
// handing over, giving back or releasing right after the cue, and only a humanitarian counterpart: "ready to hand over
// the plant in exchange for sanctions relief" offers no relief. Words: rules.json content/exchange-counterpart.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { itemsOf } from './items.js';
import { defineRule } from './rules/registry.js';

/** Words from the verb of handing over to the exchange ("return every one of them, but only in exchange for"). */
const REACH = 14;

export const exchangeCounterpart = defineRule({
  id: 'content/exchange-counterpart', stage: 'content',
  reason: 'An offer to hand over, return or release something that names no issue of its own ("ready to return every one of them") whose counterpart after "in exchange for", "in return for" or "in a swap for" names people held ("our people", "Ukrainians held in Russian captivity") is a swap of prisoners: humanitarian. Only a verb of handing over right after the cue ("verbs", past "skips"), the exchange within fourteen words, and only a humanitarian counterpart.',
});

/** The humanitarian item of an offer to hand over what its exchange counterpart shows to be people held, else none. */
export function exchangeCounterpartItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if (t.type !== 'OFFER' || t.nominal || t.negated || t.exchange) return [];
  const w = (list: string) => doc.index.words(exchangeCounterpart.id, list);
  const { tokens } = doc;
  let j = t.end;
  while (j < s.tEnd && w('skips').has(tokens[j].lower)) j++;
  if (j >= s.tEnd || !w('verbs').has(tokens[j].lower)) return [];
  const openers = w('openers');
  for (let k = j + 1; k < Math.min(s.tEnd - 2, j + 1 + REACH); k++) {
    if (tokens[k].text === ';' || tokens[k].text === ':') return [];
    const phrase = `${tokens[k].lower} ${tokens[k + 1].lower} ${tokens[k + 2].lower}`;
    const four = k + 3 < s.tEnd ? `${phrase} ${tokens[k + 3].lower}` : '';
    const len = openers.has(phrase) ? 3 : openers.has(four) ? 4 : 0;
    if (!len) continue;
    let end = k + len;
    while (end < s.tEnd && tokens[end].text !== ',' && tokens[end].text !== ';' && tokens[end].text !== '.') end++;
    // (From the opener on: "in exchange for our people" is a swap of people as a whole, issues.json's frame.)
    const counterpart = itemsOf(doc, k, end, t);
    if (!counterpart.some((it) => it.issue === 'humanitarian')) return [];
    // (The quote runs to the exchange, its comma and "but only" left out.)
    let stop = k;
    while (stop > j + 1 && (!tokens[stop - 1].word || w('skips').has(tokens[stop - 1].lower) || tokens[stop - 1].lower === 'but' || tokens[stop - 1].lower === 'only')) stop--;
    return [{ issue: 'humanitarian', regions: [], start: t.start, end: stop }];
  }
  return [];
}
