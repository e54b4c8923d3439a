// A party that offers to host, naming nothing to be hosted, offers the venue of the talks: "Switzerland offered to
// keep hosting", "the kingdom said it was ready to keep hosting such efforts", "Norway would stay available as a host".
// What a host of this news hosts is the next round, a talks item (spec §2 talks: meetings, format, venue). The offer's
// own words that name an issue come first ("would not host foreign military bases" is on forces, "ready to host
// refugees" on people), so only an offer that names no issue is read so. Words: lexicon/data/rules.json under the id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const offeredHosting = defineRule({
  id: 'content/offered-hosting', stage: 'content',
  reason: '"Switzerland offered to keep hosting", "the kingdom was ready to keep hosting such efforts", "Norway would stay available as a host": an offer naming no issue whose cue is followed, past at most three words of continuing or of role (\'bridges\': keep, continue, to, as, a, the), by a word of hosting (\'words\': host, hosting) with nothing of its own after it (the clause ends, or one of \'after\': "such efforts", "them again", "further rounds"), offers the venue of the talks; "offered to host refugees" hosts people. Not a refusal or a demand, and not when the offer\'s words name an issue ("would not host foreign military bases").',
});

/** Whether the offer `t` goes on, past a few bridging words, into a word of hosting (content/offered-hosting). */
export function offeredHostingAt(doc: Doc, s: Sentence, t: Trigger): boolean {
  if (t.type !== 'OFFER' || t.negated) return false;
  const w = (list: string) => doc.index.words(offeredHosting.id, list);
  const words = w('words'), bridges = w('bridges'), after = w('after');
  const guestVerbs = w('guestVerbs'), guests = w('guests'), guestModifiers = w('guestModifiers');
  // (Nothing of its own after the word of hosting: the clause ends, or a word that refers back or names a next round,
  // "such efforts", "them again", "further rounds"; "host refugees" hosts people, no talks.)
  const bare = (j: number): boolean => j >= s.tEnd || !doc.tokens[j].word || after.has(doc.tokens[j].lower);
  // (Or the guests of the talks: the process, the sides, their delegations or leaders, "keep hosting the process",
  // "ready to receive the two sides"; a verb of receiving hosts only these, "ready to receive weapons" is no venue;
  // not a guest that owns what follows, "receive the parties' proposals".)
  const hostsGuests = (j: number): boolean => {
    let k = j;
    for (let n = 0; k < s.tEnd && n < 3 && guestModifiers.has(doc.tokens[k].lower); k++, n++);
    if (k >= s.tEnd || !guests.has(doc.tokens[k].lower)) return false;
    const next = doc.tokens[k + 1];
    return !(k + 1 < s.tEnd && next && (next.lower === "'" || next.lower === "'s" || next.lower === '’' || next.lower === '’s'));
  };
  // (The cue itself may end on the verb: "ready to host", "will be ready to host".)
  const last = doc.tokens[t.end - 1]?.lower ?? '';
  if (words.has(last)) return bare(t.end) || hostsGuests(t.end);
  if (guestVerbs.has(last)) return hostsGuests(t.end);
  for (let j = t.end, n = 0; j < s.tEnd && n <= 3; j++, n++) {
    const x = doc.tokens[j].lower;
    if (words.has(x)) return bare(j + 1) || hostsGuests(j + 1);
    if (guestVerbs.has(x)) return hostsGuests(j + 1);
    if (!bridges.has(x)) return false;
  }
  return false;
}
