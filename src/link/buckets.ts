// LSH buckets of a MinHash signature: the signature is cut into bands of ROWS values, and each band
// hashes to one integer bucket (band number in the high bits). Two articles sharing any bucket are
// candidate copies. The buckets are stored with each article so that a new article finds its
// candidates by index instead of by scanning every signature.
export const ROWS = 3;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The buckets of a signature: one safe integer (< 2^52) per band. */
export function bandBuckets(signature: Uint32Array, rows = ROWS): number[] {
  const bands = Math.floor(signature.length / rows);
  const out: number[] = [];
  for (let band = 0; band < bands; band++) {
    let h1 = 0x9747b28c ^ band;
    let h2 = 0x85ebca6b ^ band;
    for (let r = 0; r < rows; r++) {
      const v = signature[band * rows + r];
      h1 = fmix32((h1 ^ v) + 0x6d2b79f5);
      h2 = fmix32((h2 ^ Math.imul(v, 0x27d4eb2f)) + 0x165667b1);
    }
    // 6 bits of band, 46 bits of hash.
    out.push(band * 2 ** 46 + (h1 >>> 0) * 2 ** 14 + (h2 & 0x3fff));
  }
  return out;
}
