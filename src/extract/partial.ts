// Places a claim names only in part (spec §6): "parts of Zaporizhzhia", "the rest of Donetsk", "the
// part of Kherson it controls", "most of Luhansk", "Donetsk up to the city of Kramatorsk". Positions
// read such a region as a partial stance (claims_part / concedes_part) instead of the whole region.
// The phrases are data with a reason; matching is a linear scan of the claim's tokens.
import type { Doc } from '../annotate/annotate.js';
import type { Claim } from './types.js';

export interface PartialPhrase {
  /** Lower-case words, in order. */
  words: string[];
  /** 'before': the phrase comes before the places it limits; 'after': it follows the place ("X up to Y"). */
  side: 'before' | 'after';
  reason: string;
}

export const PARTIAL_PHRASES: PartialPhrase[] = [
  { words: ['parts', 'of'], side: 'before', reason: 'parts-of: some of the region, not all ("give up parts of Zaporizhzhia and Kherson")' },
  { words: ['part', 'of'], side: 'before', reason: 'part-of: one part of the region ("the part of Kherson it controls")' },
  { words: ['portions', 'of'], side: 'before', reason: 'portions-of: some of the region' },
  { words: ['portion', 'of'], side: 'before', reason: 'portion-of: some of the region' },
  { words: ['areas', 'of'], side: 'before', reason: 'areas-of: some areas of the region ("occupied areas of Kharkiv")' },
  { words: ['sections', 'of'], side: 'before', reason: 'sections-of: some of the region' },
  { words: ['pieces', 'of'], side: 'before', reason: 'pieces-of: some of the region' },
  { words: ['slices', 'of'], side: 'before', reason: 'slices-of: some of the region' },
  { words: ['slice', 'of'], side: 'before', reason: 'slice-of: some of the region' },
  { words: ['chunks', 'of'], side: 'before', reason: 'chunks-of: some of the region' },
  { words: ['chunk', 'of'], side: 'before', reason: 'chunk-of: some of the region' },
  { words: ['some', 'of'], side: 'before', reason: 'some-of: some of the region' },
  { words: ['most', 'of'], side: 'before', reason: 'most-of: most of the region, not all' },
  { words: ['much', 'of'], side: 'before', reason: 'much-of: much of the region, not all' },
  { words: ['the', 'rest', 'of'], side: 'before', reason: 'rest-of: the remainder beyond what a side holds (spec §6 claims_part example)' },
  { words: ['the', 'remainder', 'of'], side: 'before', reason: 'remainder-of: the remainder beyond what a side holds' },
  { words: ['division', 'of'], side: 'before', reason: 'division-of: negotiating how a region is divided puts part of it on the table' },
  { words: ['up', 'to', 'the', 'city', 'of'], side: 'after', reason: 'up-to: the region as far as a named town, not all of it ("Donetsk up to the city of X")' },
  { words: ['up', 'to'], side: 'after', reason: 'up-to: the region as far as a line or town, not all of it' },
  { words: ['as', 'far', 'as'], side: 'after', reason: 'as-far-as: the region as far as a line or town, not all of it' },
];

/** "as part of the deal", "take part in": idioms with "part of" that limit no place. */
const NOT_PARTIAL_BEFORE = new Set(['as', 'take', 'takes', 'took', 'taking', 'play']);
/** At most this many words between a "parts of" phrase and its first place. */
const GAP_LIMIT = 10;
/**
 * The only words that may stand between a "parts of" phrase and its places: a noun phrase about land
 * ("parts of two other Ukrainian regions he has partially occupied — Zaporizhzhia and Kherson", "the
 * small parts of territory it holds in Kharkiv"). Anything else ("most of the delegates left before the
 * Kherson question") means the phrase is about something else.
 */
const GAP_WORDS = new Set([
  'the', 'a', 'an', 'two', 'three', 'four', 'five', 'both', 'other', 'its', 'their', 'his', 'her', 'ukraine', 'ukrainian', 'russian',
  'eastern', 'southern', 'northern', 'western', 'occupied', 'unoccupied', 'relatively', 'small', 'smaller', 'large', 'larger', 'remaining',
  'territory', 'territories', 'land', 'lands', 'region', 'regions', 'oblast', 'oblasts', 'province', 'provinces', 'area', 'areas',
  'it', 'he', 'she', 'they', 'moscow', 'kyiv', 'kiev', 'russia', 'has', 'have', 'had', 'holds', 'hold', 'held', 'controls', 'control',
  'controlled', 'occupies', 'occupy', 'partially', 'partly', 'still', 'now', 'currently', 'under', 'in', 'of', '-', 'seized', 'captured',
  'annexed', 'claimed', 'contested', 'so-called', 'illegally',
]);
/** Tokens that end the noun phrase a partial phrase opens. */
const STOPS = new Set([',', ';', '.', ':', '"', '(', ')', '?', '!']);
/** Words that join a list of places ("Zaporizhzhia and Kherson regions"). */
const LIST_JOINERS = new Set(['and', 'or', ',', '&', 'the', 'region', 'regions', 'oblast', 'oblasts', 'province', 'provinces', '-']);

export interface PartialPlace {
  /** ISO 3166-2 codes named partially. */
  codes: string[];
  /** Offsets of the phrase and its places in the text. */
  span: [number, number];
  reason: string;
}

function matchAt(doc: Doc, i: number, words: string[], end: number): boolean {
  if (i + words.length > end) return false;
  for (let k = 0; k < words.length; k++) if (doc.tokens[i + k].lower !== words[k]) return false;
  return true;
}

/** First token index at or after `offset` (tokens are sorted by offset). */
function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].end <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Token range [from, to) covering the character span. */
export function tokenRange(doc: Doc, span: [number, number]): [number, number] {
  const from = tokenAt(doc, span[0]);
  let to = from;
  while (to < doc.tokens.length && doc.tokens[to].start < span[1]) to++;
  return [from, to];
}

/** The places named in part within tokens [from, to) (the phrase must start inside; its places may end a little after). */
export function findPartialPlaces(doc: Doc, from: number, to: number): PartialPlace[] {
  const out: PartialPlace[] = [];
  const limit = Math.min(doc.tokens.length, to + GAP_LIMIT);
  for (let i = from; i < to; i++) {
    for (const p of PARTIAL_PHRASES) {
      if (!matchAt(doc, i, p.words, limit)) continue;
      if (p.side === 'before') {
        if (p.words[0] === 'part' && NOT_PARTIAL_BEFORE.has(doc.tokens[i - 1]?.lower ?? '')) break;
        const codes: string[] = [];
        let j = i + p.words.length;
        let gap = 0;
        // Up to the first place of the phrase, then along the list of places joined to it.
        while (j < limit && gap <= GAP_LIMIT && !STOPS.has(doc.tokens[j].text)) {
          if (doc.placeAt.get(j) || !GAP_WORDS.has(doc.tokens[j].lower)) break;
          j++; gap++;
        }
        let last = j;
        while (j < limit) {
          const place = doc.placeAt.get(j);
          if (place) { codes.push(...place.codes); j = place.end; last = j; continue; }
          if (LIST_JOINERS.has(doc.tokens[j].lower) && codes.length) { j++; continue; }
          break;
        }
        if (codes.length) out.push({ codes: [...new Set(codes)], span: [doc.tokens[i].start, doc.tokens[last - 1].end], reason: p.reason });
      } else {
        // "Donetsk (region) up to the city of X": the place just before the phrase.
        let j = i - 1;
        while (j >= 0 && ['region', 'oblast', 'province', 'the'].includes(doc.tokens[j].lower)) j--;
        for (const place of doc.mentions.places) {
          if (place.end - 1 === j) { out.push({ codes: [...place.codes], span: [doc.tokens[place.start].start, doc.tokens[i + p.words.length - 1].end], reason: p.reason }); break; }
        }
      }
      break;
    }
  }
  return out;
}

/**
 * Marks each claim's regions named in part, in its quote or in any merged report (evidence), as
 * `claim.partial`. Only regions the claim carries are kept.
 */
export function markPartial(doc: Doc, claims: Claim[]): Claim[] {
  for (const c of claims) {
    if (!c.regions.length) continue;
    const found = new Set<string>();
    // Listed by push, not with map(): see joinTokens in annotate/tokenize.ts (speed, issue 7).
    const spans = [c.span];
    for (const e of c.evidence) spans.push(e.span);
    for (const span of spans) {
      const [from, to] = tokenRange(doc, span);
      for (const p of findPartialPlaces(doc, from, to)) for (const code of p.codes) if (c.regions.includes(code)) found.add(code);
    }
    if (found.size) c.partial = c.regions.filter((r) => found.has(r));
  }
  return claims;
}
