// The union of two word lists, built once per pair of lists (kept by their identities, as the lexicon index builds
// each list once) rather than spread into a new Set at every sentence a rule reads (speed).
const unions = new WeakMap<ReadonlySet<string>, WeakMap<ReadonlySet<string>, ReadonlySet<string>>>();

/** The words of `a` and of `b`, in that order; one Set per pair of lists. */
export function wordUnion(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  let byB = unions.get(a);
  if (byB === undefined) { byB = new WeakMap(); unions.set(a, byB); }
  let u = byB.get(b);
  if (u === undefined) { u = new Set([...a, ...b]); byB.set(b, u); }
  return u;
}
