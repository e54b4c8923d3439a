// Near-duplicate articles grouped into stories: LSH over MinHash signatures finds candidate pairs,
// which are kept when their estimated Jaccard similarity (or containment, for trimmed copies) is high.
import type { LinkArticle, StoryRecord } from '../store/types.js';
import { bandBuckets, ROWS } from './buckets.js';
import { containment, similarity } from './minhash.js';

export interface StoryOptions {
  /** Estimated Jaccard similarity of 3-word shingles at or above which two articles are copies. */
  jaccard?: number;
  /** Estimated containment of the shorter in the longer at or above which they are copies. */
  containment?: number;
  /** Rows per LSH band. */
  rows?: number;
}

class UnionFind {
  private parent = new Map<number, number>();
  find(x: number): number {
    let p = this.parent.get(x) ?? x;
    if (p === x) return x;
    p = this.find(p);
    this.parent.set(x, p);
    return p;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The smaller id is the root: a story's id is its first article.
    if (ra < rb) this.parent.set(rb, ra); else this.parent.set(ra, rb);
  }
}

/** Whether two articles are near-duplicates by their signatures. */
export function isNearDuplicate(a: LinkArticle, b: LinkArticle, options: StoryOptions = {}): boolean {
  if (!a.signature || !b.signature) return false;
  const j = similarity(a.signature, b.signature);
  if (j >= (options.jaccard ?? 0.5)) return true;
  return j >= 0.2 && containment(j, a.shingles, b.shingles) >= (options.containment ?? 0.8);
}

/**
 * Groups articles into stories; every article belongs to exactly one story (often alone). Every
 * pair of articles sharing an LSH bucket is a candidate (no cap on crowded buckets), so a story is
 * a connected component of a graph that does not depend on the order articles arrived in, and
 * incremental linking (a new article compared with its bucket mates) reaches the same stories.
 */
export function groupStories(articles: LinkArticle[], options: StoryOptions = {}): StoryRecord[] {
  const rows = options.rows ?? ROWS;
  const uf = new UnionFind();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const checked = new Set<string>();
  const tryPair = (x: number, y: number) => {
    if (x === y || uf.find(x) === uf.find(y)) return;
    const key = x < y ? `${x},${y}` : `${y},${x}`;
    if (checked.has(key)) return;
    checked.add(key);
    if (isNearDuplicate(byId.get(x)!, byId.get(y)!, options)) uf.union(x, y);
  };
  const buckets = new Map<number, number[]>();
  for (const a of articles) {
    if (!a.signature || a.signature.length === 0) continue;
    for (const b of bandBuckets(a.signature, rows)) {
      const list = buckets.get(b);
      if (list) list.push(a.id); else buckets.set(b, [a.id]);
    }
  }
  for (const ids of buckets.values()) {
    for (let i = 1; i < ids.length; i++) for (let j = 0; j < i; j++) tryPair(ids[j], ids[i]);
  }
  const groups = new Map<number, number[]>();
  for (const a of articles) {
    const root = uf.find(a.id);
    const list = groups.get(root);
    if (list) list.push(a.id); else groups.set(root, [a.id]);
  }
  return [...groups.entries()].map(([id, articleIds]) => ({ id, articleIds: articleIds.sort((x, y) => x - y) })).sort((a, b) => a.id - b.id);
}
