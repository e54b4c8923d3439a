// MinHash signatures over word shingles of an article's cleaned text, for near-duplicate detection:
// republished wire copy (a new headline, a trimmed or lightly edited body) keeps most of its
// 3-word shingles, so the estimated Jaccard similarity of the signatures stays high.

export const NUM_HASHES = 128;
export const SHINGLE_WORDS = 3;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(NUM_HASHES);
  let s = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    s = fmix32(s + 0x6d2b79f5 + i);
    seeds[i] = s;
  }
  return seeds;
})();

/** Lower-cased words of a text (letters and digits). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Hashes of the distinct word shingles of a text. */
export function shingleHashes(text: string, size = SHINGLE_WORDS): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length === 0) return out;
  if (w.length < size) { out.add(fnv1a(w.join(' '))); return out; }
  for (let i = 0; i + size <= w.length; i++) out.add(fnv1a(w.slice(i, i + size).join(' ')));
  return out;
}

/** MinHash signature of a text; null when it has no words. */
export function signature(text: string): { signature: Uint32Array; shingles: number } | null {
  const hashes = shingleHashes(text);
  if (hashes.size === 0) return null;
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const x of hashes) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = fmix32((x ^ SEEDS[i]) >>> 0);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return { signature: sig, shingles: hashes.size };
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * Estimated containment of the smaller shingle set in the larger one, from the Jaccard estimate
 * and the set sizes: |A∩B| = J(|A|+|B|)/(1+J).
 */
export function containment(j: number, sizeA: number, sizeB: number): number {
  if (sizeA <= 0 || sizeB <= 0) return j;
  const inter = (j * (sizeA + sizeB)) / (1 + j);
  return Math.min(1, inter / Math.min(sizeA, sizeB));
}
