// Incremental linking: only the stories and events that newly stored (or re-extracted) articles
// affect are recomputed, found through indexes (LSH buckets for copies; actor, issue and date
// window for reports). The result is the same as a full relink:
// - a story is a connected component of "near-duplicate and sharing an LSH bucket", so a new
//   article only joins (or bridges) the stories of its bucket mates;
// - events are the clusters of clusterReports, which clusters each connected component of the
//   compatibility graph on its own. The reports to recluster are the closure, under
//   compatibility, of the new reports, the reports of articles whose story changed, and every
//   report of an event that one of those reports (or a replaced claim) was in;
// - event conditions (spec §6: a claim conditioned on another of its article makes one statement of
//   their events) are computed over the reports reclustered, so that set is also closed under
//   "conditioned on or by": an event whose report is conditioned on a reclustered report is rebuilt
//   too, and no event left in place can name an event that is replaced.
import { bandBuckets } from './buckets.js';
import { buildEvents, compatible, normalizeRegions, type Linkable } from './events.js';
import { isNearDuplicate } from './stories.js';
import type { LinkArticle, LinkClaim, LinkWork, Store, StoredClaim } from '../store/types.js';
import { shiftDay } from '../util/dates.js';

export interface IncrementalSummary {
  /** Articles linked (new or re-extracted, and those whose story changed). */
  articles: number;
  /** Articles moved to another story. */
  storyChanges: number;
  /** Reports reclustered, events removed and written. */
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

function fromStored(c: StoredClaim): LinkClaim {
  return {
    key: c.key, articleId: c.articleId, ref: c.ref, actor: c.claim.actor, issue: c.claim.issue, type: c.claim.type,
    regions: c.claim.regions ?? [], dateStart: c.dateStart, dateEnd: c.dateEnd, published: c.published, storyId: c.storyId,
  };
}

interface Caches {
  stories: Map<string, LinkClaim[]>;
  /** Windows already looked up per actor × issue, with what they returned. */
  windows: Map<string, Array<{ start: string; end: string; rows: LinkClaim[] }>>;
}

/** Reports that may be compatible with `m`, by index. */
async function neighbours(store: Store, m: LinkClaim, caches: Caches): Promise<LinkClaim[]> {
  const story = m.storyId ?? m.articleId;
  const group = `${m.actor}\u0000${m.issue}`;
  const storyKey = `${group}\u0000${story}`;
  let sameStory = caches.stories.get(storyKey);
  if (!sameStory) { sameStory = await store.linkClaimsOfStory(m.actor, m.issue, story); caches.stories.set(storyKey, sameStory); }
  if (m.dateStart && m.dateEnd) {
    // Reports overlapping a window inside one already looked up are among that look-up's rows.
    const known = caches.windows.get(group) ?? [];
    const cover = known.find((w) => w.start <= m.dateStart! && m.dateEnd! <= w.end);
    let rows = cover?.rows;
    if (!rows) {
      rows = await store.linkClaimsInWindow({ actor: m.actor, issue: m.issue, start: m.dateStart, end: m.dateEnd });
      known.push({ start: m.dateStart, end: m.dateEnd, rows });
      caches.windows.set(group, known);
    }
    return [...rows, ...sameStory];
  }
  const near = m.published
    ? await store.linkClaimsUndated(m.actor, m.issue, shiftDay(m.published, -4), shiftDay(m.published, 4))
    : [];
  return [...sameStory, ...near];
}

/**
 * Claims outside `reports` linked by a condition to a claim inside it (conditions name claims of the
 * same article, in one direction or the other). Every claim of an article is read once (`articleClaims`).
 */
async function conditionPartners(store: Store, reports: Map<number, LinkClaim>, articleClaims: Map<number, StoredClaim[]>): Promise<StoredClaim[]> {
  const articles = new Set<number>();
  for (const c of reports.values()) articles.add(c.articleId);
  const unread = [...articles].filter((a) => !articleClaims.has(a));
  if (unread.length) {
    const keys = (await store.linkClaimsOfArticles(unread)).map((c) => c.key);
    for (const a of unread) articleClaims.set(a, []);
    for (const c of await store.claimsByKeys(keys)) articleClaims.get(c.articleId)?.push(c);
  }
  const out: StoredClaim[] = [];
  for (const a of articles) {
    const list = articleClaims.get(a) ?? [];
    const byId = new Map(list.map((c) => [c.claim.id, c]));
    for (const c of list) {
      for (const id of c.claim.conditions ?? []) {
        const o = byId.get(id);
        if (!o) continue;
        const [inC, inO] = [reports.has(c.key), reports.has(o.key)];
        if (inC && !inO) out.push(o);
        else if (inO && !inC) out.push(c);
      }
    }
  }
  return [...new Map(out.map((c) => [c.key, c])).values()];
}

/** Links the pending work; the caller holds the link lock. */
export async function linkPending(store: Store, work: LinkWork): Promise<IncrementalSummary> {
  const pendingIds = work.pending.map((p) => p.id);
  const stories = await linkStories(store, pendingIds);
  const done: LinkWork = { pending: [...work.pending, ...stories.added], staleEvents: work.staleEvents, needsFull: false };

  const reports = new Map<number, LinkClaim>();
  const queue: LinkClaim[] = [];
  const add = (c: LinkClaim) => { if (!reports.has(c.key)) { reports.set(c.key, c); queue.push(c); } };
  for (const c of await store.linkClaimsOfArticles(done.pending.map((p) => p.id))) add(c);
  const caches: Caches = { stories: new Map(), windows: new Map() };
  const oldEvents = new Map<string, number[]>();
  let staleIds = work.staleEvents;
  const checked = new Set<number>();
  const articleClaims = new Map<number, StoredClaim[]>();
  for (;;) {
    while (queue.length) {
      const m = queue.pop()!;
      const lm = linkable(m);
      for (const o of await neighbours(store, m, caches)) {
        if (o.actor === m.actor && o.issue === m.issue && !reports.has(o.key) && compatible(lm, linkable(o))) add(o);
      }
    }
    // Events that held any of these reports are rebuilt: their other reports join the set.
    const fresh = [...reports.keys()].filter((k) => !checked.has(k));
    for (const k of fresh) checked.add(k);
    const events = await store.eventsOf(fresh, staleIds);
    staleIds = [];
    const missing: number[] = [];
    for (const e of events) {
      if (oldEvents.has(e.id)) continue;
      oldEvents.set(e.id, e.claimKeys);
      for (const k of e.claimKeys) if (!reports.has(k)) missing.push(k);
    }
    if (missing.length) {
      for (const c of await store.claimsByKeys([...new Set(missing)])) add(fromStored(c));
      continue;
    }
    // Claims conditioned on (or by) a report in the set join it, with their own closure.
    const partners = await conditionPartners(store, reports, articleClaims);
    if (!partners.length) break;
    for (const c of partners) add(fromStored(c));
  }
  const loaded = new Map<number, StoredClaim>();
  for (const list of articleClaims.values()) for (const c of list) loaded.set(c.key, c);
  const claims = [...reports.keys()].map((k) => loaded.get(k)).filter((c): c is StoredClaim => !!c);
  if (claims.length < reports.size) claims.push(...await store.claimsByKeys([...reports.keys()].filter((k) => !loaded.has(k))));
  const storyOf = new Map(claims.map((c) => [c.articleId, c.storyId ?? c.articleId]));
  const events = buildEvents(claims, (id) => storyOf.get(id) ?? id);
  await store.applyLinks([...oldEvents.keys()], events, done);
  return { articles: done.pending.length, storyChanges: stories.moved, reports: claims.length, removed: oldEvents.size, written: events.length };
}
