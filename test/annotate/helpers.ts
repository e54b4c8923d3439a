// Annotates a text written in a test with the default lexicon, and reads mentions back as text.
import { annotate, type Doc } from '../../src/annotate/annotate.js';
import { getIndex } from '../../src/extract/index.js';

export function doc(text: string, published: string | null = '2025-08-16', lexiconDirs?: string[]): Doc {
  return annotate(text, published, getIndex(lexiconDirs ? { lexiconDirs } : {}));
}

/** The text of the token range [s, e). */
export function tokenText(d: Doc, s: number, e: number): string {
  return d.text.slice(d.tokens[s].start, d.tokens[e - 1].end);
}

/** "text=CODE+CODE" for each actor mention, with ":object" for listeners and objects. */
export function actors(d: Doc): string[] {
  return d.mentions.actors.map((a) => `${tokenText(d, a.start, a.end)}=${a.codes.join('+')}${a.object ? ':object' : ''}`);
}

export function places(d: Doc): string[] {
  return d.mentions.places.map((p) => `${tokenText(d, p.start, p.end)}=${[...p.codes].sort().join('+')}`);
}
