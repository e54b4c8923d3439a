// Linking: near-duplicate articles into stories, claims into events; recomputed as a whole and persisted.
import type { Store } from '../store/types.js';
import { buildEvents } from './events.js';
import { groupStories } from './stories.js';

export { groupStories, isNearDuplicate } from './stories.js';
export { buildEvents, independentSources, isFrontLineClaim, normalizeRegions, regionsCompatible, typesCompatible } from './events.js';
export { signature, similarity } from './minhash.js';

export interface LinkSummary { stories: number; duplicates: number; events: number; ms: number }

/** Recomputes every story and event from the stored articles and claims. */
export async function relink(store: Store): Promise<LinkSummary> {
  const t0 = Date.now();
  const snap = await store.linkSnapshot();
  const stories = groupStories(snap.articles);
  const storyOf = new Map<number, number>();
  for (const s of stories) for (const a of s.articleIds) storyOf.set(a, s.id);
  const events = buildEvents(snap.claims, (id) => storyOf.get(id) ?? id);
  await store.replaceLinks(stories, events, snap.changes);
  const multi = stories.filter((s) => s.articleIds.length > 1);
  return { stories: multi.length, duplicates: multi.reduce((n, s) => n + s.articleIds.length - 1, 0), events: events.length, ms: Date.now() - t0 };
}

/** Relinks when articles changed since the events were computed (e.g. after a killed ingest). */
export async function ensureLinked(store: Store): Promise<void> {
  if ((await store.stats()).linksStale) await relink(store);
}
