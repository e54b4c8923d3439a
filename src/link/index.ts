// Linking: near-duplicate articles into stories, claims into events; recomputed as a whole and persisted.
import type { Store } from '../store/types.js';
import { buildEvents } from './events.js';
import { groupStories } from './stories.js';

export { groupStories, isNearDuplicate } from './stories.js';
export { buildEvents, independentSources, isFrontLineClaim, normalizeRegions, regionsCompatible, typesCompatible } from './events.js';
export { signature, similarity } from './minhash.js';

export interface LinkSummary {
  /** Multi-article stories and the copies in them (0 when nothing had to be linked). */
  stories: number;
  duplicates: number;
  /** Events in the database after linking. */
  events: number;
  ms: number;
  /** false when the links were already up to date. */
  ran: boolean;
}

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
  return { stories: multi.length, duplicates: multi.reduce((n, s) => n + s.articleIds.length - 1, 0), events: events.length, ms: Date.now() - t0, ran: true };
}

/** Brings stories and events up to date with the stored articles; a no-op when nothing changed. */
export async function link(store: Store): Promise<LinkSummary> {
  const stats = await store.stats();
  if (stats.linksStale) return relink(store);
  return { stories: 0, duplicates: 0, events: stats.events, ms: 0, ran: false };
}

/** Relinks when articles changed since the events were computed (e.g. after a killed ingest). */
export async function ensureLinked(store: Store): Promise<void> {
  if ((await store.stats()).linksStale) await relink(store);
}
