// Incremental linking: only the stories and events that newly stored (or re-extracted) articles
// affect are recomputed, found through indexes (LSH buckets for copies; actor and issue for reports).
// The result is the same as a full relink:
// - a story is a connected component of "near-duplicate and sharing an LSH bucket", so a new
//   article only joins (or bridges) the stories of its bucket mates;
// - events are the clusters of clusterReports over one actor × issue group. Reports of a group chain
//   together through overlapping date windows (a two-week default window links most of a busy
//   group), so the closure of what a new report can change is usually the whole group: each affected
//   group is read in one query (a light row per report, no text) and clustered again in memory,
//   exactly as a full relink does. Only the clusters that differ from the stored events (other
//   reports, or a report whose article changed) are read in full and written;
// - event conditions (spec §6: a claim conditioned on another of its article makes one statement of
//   their events) name other events: an event left in place whose report is conditioned on (or by) a
//   report of a rewritten event is rewritten too, so no event names an event that is gone.
import { bandBuckets } from './buckets.js';
import { clusterReports, eventId, eventOfCluster, linkOrder, normalizeRegions, type Linkable } from './events.js';
import { isNearDuplicate } from './stories.js';
import type { EventRecord, LinkArticle, LinkClaim, LinkWork, Store, StoredClaim } from '../store/types.js';

export interface IncrementalSummary {
  /** Articles linked (new or re-extracted, and those whose story changed). */
  articles: number;
  /** Articles moved to another story. */
  storyChanges: number;
  /** Reports reclustered (every report of the affected actor × issue groups), events removed and written. */
  reports: number;
  removed: number;
  written: number;
}

/** Recomputes the stories of the pending articles; returns the pending rows added for moved articles. */
async function linkStories(store: Store, pendingIds: number[]): Promise<{ added: Array<{ id: number; seq: number }>; moved: number }> {
  const candidates = await store.linkCandidates(pendingIds);
  const byId = new Map(candidates.map((a) => [a.id, a]));
  const buckets = new Map<number, Set<number>>();
  const bucketsOf = (a: LinkArticle) => {
    let b = buckets.get(a.id);
    if (!b) { b = new Set(a.signature ? bandBuckets(a.signature) : []); buckets.set(a.id, b); }
    return b;
  };
  const storyOf = (a: LinkArticle) => a.storyId ?? a.id;
  // Union-find over story ids; a story's id is its lowest article id, so the root is the minimum.
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra < rb) parent.set(rb, ra); else if (rb < ra) parent.set(ra, rb);
  };
  const pendingSet = new Set(pendingIds);
  for (const id of pendingIds) {
    const x = byId.get(id);
    if (!x?.signature) continue;
    const mine = bucketsOf(x);
    for (const y of candidates) {
      if (y.id === x.id || !y.signature) continue;
      if (pendingSet.has(y.id) && y.id < x.id) continue; // each pending pair once
      if (find(storyOf(x)) === find(storyOf(y))) continue;
      let shared = false;
      for (const b of bucketsOf(y)) if (mine.has(b)) { shared = true; break; }
      if (shared && isNearDuplicate(x, y)) union(storyOf(x), storyOf(y));
    }
  }
  // Every article of a story that now has a lower root moves; new articles get their story id.
  const moved: Array<{ articleId: number; storyId: number }> = [];
  const oldStories = new Set<number>();
  for (const [s] of parent) if (find(s) !== s) oldStories.add(s);
  for (const m of await store.storyMembers([...oldStories])) moved.push({ articleId: m.id, storyId: find(m.storyId) });
  const seen = new Set(moved.map((m) => m.articleId));
  for (const id of pendingIds) {
    const a = byId.get(id);
    if (!a || seen.has(id)) continue;
    const story = find(storyOf(a));
    if (a.storyId !== story) moved.push({ articleId: id, storyId: story });
  }
  const added = moved.length ? await store.setStories(moved) : [];
  return { added, moved: moved.filter((m) => !pendingSet.has(m.articleId)).length };
}

function linkable(c: LinkClaim): Linkable {
  return {
    articleId: c.articleId, type: c.type, regions: normalizeRegions(c.regions), dateStart: c.dateStart, dateEnd: c.dateEnd,
    published: c.published, story: c.storyId ?? c.articleId, ref: c.ref,
  };
}

const groupKey = (actor: string, issue: string) => `${actor}\u0000${issue}`;
const byRef = (a: { ref: string }, b: { ref: string }) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);

/** The clusters of every report of the given groups, as a full relink makes them. */
function clusterGroups(claims: LinkClaim[]): LinkClaim[][] {
  const byGroup = new Map<string, Array<Linkable & { c: LinkClaim }>>();
  for (const c of claims) {
    const key = groupKey(c.actor, c.issue);
    const m = { ...linkable(c), c };
    const list = byGroup.get(key);
    if (list) list.push(m); else byGroup.set(key, [m]);
  }
  const out: LinkClaim[][] = [];
  for (const members of byGroup.values()) {
    members.sort(linkOrder);
    for (const cl of clusterReports(members)) out.push(cl.map((m) => m.c));
  }
  return out;
}

/** Every claim of the given articles, read in full (conditions name claims of the same article). */
async function loadArticles(store: Store, articleIds: number[], into: Map<number, StoredClaim[]>): Promise<void> {
  const unread = [...new Set(articleIds)].filter((a) => !into.has(a));
  if (!unread.length) return;
  const keys = (await store.linkClaimsOfArticles(unread)).map((c) => c.key);
  for (const a of unread) into.set(a, []);
  for (const c of await store.claimsByKeys(keys)) into.get(c.articleId)?.push(c);
}

/** Claims of the same article that `c` is conditioned on or that are conditioned on `c`. */
function partnersOf(c: StoredClaim, articleClaims: Map<number, StoredClaim[]>): StoredClaim[] {
  const list = articleClaims.get(c.articleId) ?? [];
  const mine = new Set(c.claim.conditions ?? []);
  return list.filter((o) => o.key !== c.key && (mine.has(o.claim.id) || (o.claim.conditions ?? []).includes(c.claim.id)));
}

/** Links the pending work; the caller holds the link lock. */
export async function linkPending(store: Store, work: LinkWork): Promise<IncrementalSummary> {
  const pendingIds = work.pending.map((p) => p.id);
  const stories = await linkStories(store, pendingIds);
  const done: LinkWork = { pending: [...work.pending, ...stories.added], staleEvents: work.staleEvents, needsFull: false };
  // Reports of these articles are new, re-extracted or in another story: their events are rewritten.
  const dirty = new Set(done.pending.map((p) => p.id));

  // The actor × issue groups affected: those of the changed articles' reports and of events that lost reports.
  const groups = new Map<string, { actor: string; issue: string }>();
  for (const c of await store.linkClaimsOfArticles([...dirty])) groups.set(groupKey(c.actor, c.issue), { actor: c.actor, issue: c.issue });
  const stale = work.staleEvents.length ? await store.eventsOf([], work.staleEvents) : [];
  for (const e of stale) if (e.actor && e.issue) groups.set(groupKey(e.actor, e.issue), { actor: e.actor, issue: e.issue });
  const groupList = [...groups.values()];
  const reports = await store.linkClaimsOfGroups(groupList);
  const old = await store.eventMembersOfGroups(groupList);

  // Cluster again; keep the stored events that come out the same (an event that lost a report is rewritten).
  const staleIds = new Set(work.staleEvents);
  const oldById = new Map(old.map((e) => [e.id, e]));
  const eventOfKey = new Map<number, string>();
  const members = new Map<string, number[]>();
  const kept = new Set<string>();
  const changed: string[] = [];
  for (const cl of clusterGroups(reports)) {
    const id = eventId([...cl].sort(byRef)[0].ref);
    const keys = cl.map((c) => c.key);
    for (const k of keys) eventOfKey.set(k, id);
    members.set(id, keys);
    const before = oldById.get(id);
    const same = !!before && !staleIds.has(id) && before.claimKeys.length === keys.length && cl.every((c) => !dirty.has(c.articleId)) &&
      ((set) => keys.every((k) => set.has(k)))(new Set(before.claimKeys));
    if (same) kept.add(id); else changed.push(id);
  }
  const remove = new Set<string>([...old.filter((e) => !kept.has(e.id)).map((e) => e.id), ...work.staleEvents, ...changed]);

  // Events left in place whose reports are conditioned on (or by) a report of a rewritten event are rewritten too.
  const articleClaims = new Map<number, StoredClaim[]>();
  const changedKeys = changed.flatMap((id) => members.get(id)!);
  const articlesOf = new Map(reports.map((c) => [c.key, c.articleId]));
  await loadArticles(store, changedKeys.map((k) => articlesOf.get(k)!), articleClaims);
  const full = new Map<number, StoredClaim>();
  for (const list of articleClaims.values()) for (const c of list) full.set(c.key, c);
  /** The event of claims outside the affected groups, from the database. */
  const lookUp = async (keys: number[]) => {
    const unknown = [...new Set(keys)].filter((k) => !eventOfKey.has(k));
    if (!unknown.length) return;
    for (const e of await store.eventsOf(unknown, [])) {
      members.set(e.id, e.claimKeys);
      for (const k of e.claimKeys) eventOfKey.set(k, e.id);
    }
  };
  const changedSet = new Set(changed);
  const partners = changedKeys.flatMap((k) => (full.has(k) ? partnersOf(full.get(k)!, articleClaims) : []));
  await lookUp(partners.map((c) => c.key));
  const rewrite = [...changed];
  for (const p of partners) {
    const id = eventOfKey.get(p.key);
    if (id && !changedSet.has(id)) { changedSet.add(id); rewrite.push(id); remove.add(id); }
  }

  // Build the rewritten events with their conditions.
  const rewriteKeys = rewrite.flatMap((id) => members.get(id)!);
  const missing = rewriteKeys.filter((k) => !full.has(k));
  if (missing.length) {
    const arts = (await store.claimsByKeys(missing)).map((c) => c.articleId);
    await loadArticles(store, arts, articleClaims);
    for (const list of articleClaims.values()) for (const c of list) full.set(c.key, c);
  }
  await lookUp(rewriteKeys.flatMap((k) => (full.has(k) ? partnersOf(full.get(k)!, articleClaims).map((c) => c.key) : [])));
  const events: EventRecord[] = [];
  for (const id of rewrite) {
    const claims = members.get(id)!.map((k) => full.get(k)).filter((c): c is StoredClaim => !!c);
    if (!claims.length) continue;
    const storyOf = new Map(claims.map((c) => [c.articleId, c.storyId ?? c.articleId]));
    const e = eventOfCluster(claims, (a) => storyOf.get(a) ?? a);
    const conditions = new Set<string>();
    for (const c of claims) {
      for (const o of partnersOf(c, articleClaims)) {
        const other = eventOfKey.get(o.key);
        if (other && other !== e.id && o.claim.actor === e.actor) conditions.add(other);
      }
    }
    e.conditions = [...conditions].sort();
    events.push(e);
  }
  await store.applyLinks([...remove], events, done);
  return { articles: done.pending.length, storyChanges: stories.moved, reports: reports.length, removed: remove.size, written: events.length };
}
