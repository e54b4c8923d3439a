// Linking: near-duplicate articles into stories, claims into events; incrementally after each ingest,
// or recomputed as a whole (`parley relink`), with the same result.
import type { Store } from '../store/types.js';
import { buildEvents } from './events.js';
import { bandBuckets } from './buckets.js';
import { linkPending, type IncrementalSummary } from './incremental.js';
import { groupStories } from './stories.js';

export { groupStories, isNearDuplicate } from './stories.js';
export { buildEvents, independentSources, isFrontLineClaim, normalizeRegions, regionsCompatible, typesCompatible } from './events.js';
export { signature, similarity } from './minhash.js';
export { bandBuckets } from './buckets.js';

export interface LinkSummary {
  /** Multi-article stories and the copies in them (0 when nothing had to be linked). */
  stories: number;
  duplicates: number;
  /** Events in the database after linking. */
  events: number;
  ms: number;
  /** false when the links were already up to date. */
  ran: boolean;
  /** What an incremental link touched (absent after a full relink). */
  incremental?: IncrementalSummary;
}

/** Recomputes every story and event from the stored articles and claims (`parley relink`). */
export async function relink(store: Store): Promise<LinkSummary> {
  return store.withLinkLock(async () => fullRelink(store, (await store.linkWork()).needsFull));
}

async function fullRelink(store: Store, fillBuckets: boolean): Promise<LinkSummary> {
  const t0 = Date.now();
  const snap = await store.linkSnapshot();
  const stories = groupStories(snap.articles);
  const storyOf = new Map<number, number>();
  for (const s of stories) for (const a of s.articleIds) storyOf.set(a, s.id);
  const events = buildEvents(snap.claims, (id) => storyOf.get(id) ?? id);
  // A database from before buckets were stored gets them now, so that later links are incremental.
  const buckets = fillBuckets
    ? new Map(snap.articles.filter((a) => a.signature).map((a) => [a.id, bandBuckets(a.signature!)]))
    : undefined;
  await store.replaceLinks(stories, events, snap.changes, buckets);
  const multi = stories.filter((s) => s.articleIds.length > 1);
  return { stories: multi.length, duplicates: multi.reduce((n, s) => n + s.articleIds.length - 1, 0), events: events.length, ms: Date.now() - t0, ran: true };
}

/**
 * Brings stories and events up to date with the stored articles: incrementally (only what new
 * or re-extracted articles affect), or in full for a database that predates incremental linking.
 * A no-op when nothing changed.
 */
export async function link(store: Store): Promise<LinkSummary> {
  return store.withLinkLock(async () => {
    const t0 = Date.now();
    const work = await store.linkWork();
    if (work.needsFull) return fullRelink(store, true);
    // The events counted alone: stats() counts every table (~50 ms at 30,000 articles).
    if (work.pending.length === 0 && work.staleEvents.length === 0) {
      return { stories: 0, duplicates: 0, events: await store.countEvents({}), ms: Date.now() - t0, ran: false };
    }
    const r = await linkPending(store, work);
    return { stories: 0, duplicates: 0, events: await store.countEvents({}), ms: Date.now() - t0, ran: true, incremental: r };
  });
}

/** Links when articles changed since the events were computed (e.g. after a killed ingest). */
export async function ensureLinked(store: Store): Promise<void> {
  // A read-only store is never changed: its events stay as last linked.
  if (store.readOnly) return;
  if ((await store.stats()).linksStale) await link(store);
}
