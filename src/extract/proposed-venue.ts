// A venue put forward for a meeting (spec §2 talks: "meetings, format, venue"): "the American side has proposed
// Geneva", "Kyiv proposed Warsaw, Budapest, Istanbul or Baku instead", "Yerevan suggested Vienna or the Vatican".
// A verb of proposing whose whole object is one or more place names (a state, its capital, or a city the lexicon
// does not know) names where to meet, so the proposal is on the talks, though none of its words is a talks term.
// Only names, joined by commas, "and" or "or", and the object ends right after them (the sentence's end, a comma,
// "instead", "as"): "proposed Russia withdraw", "proposed Ukraine's neutrality" or "suggested Monday" name no venue.
// A person ("suggested Erdogan") or a place the lexicon gives a region ("proposed Donetsk") is no venue either.
// Word lists: lexicon/data/rules.json under the rule id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const proposedVenue = defineRule({
  id: 'content/proposed-venue', stage: 'content',
  reason: '"the American side has proposed Geneva", "Kyiv proposed Warsaw, Budapest, Istanbul or Baku instead": a verb of proposing whose whole object is a list of place names (a state, a capital, or a capitalised name no mention covers) proposes where to meet, a stance on the talks (spec §2: venue). The list ends at the sentence\'s end, a comma or semicolon, or one of \'ends\' ("instead", "as"); a person, a region of the lexicon\'s places, a month or a day (\'notNames\'), a possessive or a verb after the names ("proposed Russia withdraw") make it no venue.',
});

/** Actor kinds that can stand for a place of meeting: a state's name or its capital. */
const PLACE_KINDS = new Set(['party', 'metonym']);

/** The issue item of a venue proposed by `t` (a verb of proposing) with its whole object a list of place names, else []. */
export function proposedVenueItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  // (A verb of its own before the object: not an item of a list, whose trigger spans no words, "Among them were India, Brazil and China".)
  if (t.type !== 'PROPOSE' || t.nominal || t.object === 'before' || t.listed || t.end <= t.start) return [];
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(proposedVenue.id, list);
  const ends = w('ends'), notNames = w('notNames');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const inPlace = (j: number) => doc.mentions.places.some((p) => p.sentence === s.index && p.start <= j && j < p.end);
  let k = t.end;
  let names = 0;
  // The end of the names before ", and" that a clause may follow ("proposed Nairobi, and Eritrea has not replied"):
  // the list closes there when what follows is no more names (a comma alone goes on listing: "Warsaw, Budapest").
  let atComma = -1;
  const item = (end: number): IssueItem[] => [{ issue: 'talks', regions: [], start: t.start, end }];
  // Bounded: a list of at most six names.
  while (k < s.tEnd && names < 6) {
    // One name: an actor mention of a state or capital (after "the": "the Vatican"), or a run of capitalised words
    // no mention covers ("Geneva", "Brdo pri Kranju" is not: a lower-case word inside ends it).
    const from = tokens[k].lower === 'the' ? k + 1 : k;
    const m = actors.find((a) => a.start === from || a.start === k);
    let next: number;
    if (m) {
      if (!PLACE_KINDS.has(m.kind) || m.possessive || !m.codes.length) return atComma >= 0 ? item(atComma) : [];
      next = m.end;
    } else {
      if (from !== k) return atComma >= 0 ? item(atComma) : [];
      let e = k;
      while (e < s.tEnd && e - k < 3 && tokens[e].word && tokens[e].cap && !actors.some((a) => a.start <= e && e < a.end)) {
        if (notNames.has(tokens[e].lower) || inPlace(e)) return atComma >= 0 ? item(atComma) : [];
        e++;
      }
      if (e === k) return atComma >= 0 ? item(atComma) : [];
      next = e;
    }
    names++;
    k = next;
    // The list goes on after a comma, "and" or "or" followed by another name; else it must end here.
    let j = k;
    if (tokens[j]?.text === ',') j++;
    if (tokens[j]?.lower === 'and' || tokens[j]?.lower === 'or') j++;
    const goesOn = j > k && j < s.tEnd && (tokens[j].cap || tokens[j].lower === 'the') && tokens[j].word;
    if (goesOn) { if (tokens[k].text === ',' && tokens[k + 1]?.lower === 'and' && atComma < 0) atComma = k; k = j; continue; }
    const x = tokens[k];
    const closed = k >= s.tEnd || !x || x.text === '.' || x.text === ',' || x.text === ';' || x.text === ':' || x.text === ')' || ends.has(x.lower);
    return closed ? item(k) : atComma >= 0 ? item(atComma) : [];
  }
  return [];
}
