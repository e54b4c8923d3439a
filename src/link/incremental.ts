// Incremental linking: only the stories and events that newly stored (or re-extracted) articles
// affect are recomputed, found through indexes (LSH buckets for copies; actor, issue and date window for reports).
// The result is the same as a full relink:
// - a story is a connected component of "near-duplicate and sharing an LSH bucket", so a new
//   article only joins (or bridges) the stories of its bucket mates;
// - events are the clusters of clusterReports over one actor × issue group, which depend on the
//   reports only (not their order) and are decided locally in time: a change on some days can alter
//   only the clusters anchored within 2S of them (S: the sum of the distinct window widths met), and
//   these are computed exactly from the reports within 4S (see clustersNear). Those reports are read by index
//   (light rows, no text) and clustered again; only the clusters that differ from the stored events
//   (other reports, or a report whose article changed) are read in full and written;
// - event conditions (spec §6: a claim conditioned on another of its article makes one statement of
//   their events) name other events: an event left in place whose report is conditioned on (or by) a
//   report of a rewritten event is rewritten too, so no event names an event that is gone.
import { bandBuckets } from './buckets.js';
import { anchorOf, clusterReports, dayNumber, eventId, eventOfCluster, normalizeRegions } from './events.js';
import { dayString, inSpans, spanIndex, widen, type Span } from './window.js';
import { isNearDuplicate } from './stories.js';
import type { ClaimGroup, EventRecord, EventReport, LinkArticle, LinkClaim, LinkWork, Store } from '../store/types.js';

export interface IncrementalSummary {
  /** Articles linked (new or re-extracted, and those whose story changed). */
  articles: number;
  /** Articles moved to another story. */
  storyChanges: number;
  /** Reports read and reclustered (those near the changed reports' dates), events removed and written. */
  reports: number;
  removed: number;
  written: number;
  /** Groups whose neighbourhood did not hold every changed event, clustered whole instead (none expected). */
  widened: number;
}

/** Recomputes the stories of the pending articles; returns the pending rows added for moved articles. */
async function linkStories(store: Store, pendingIds: number[]): Promise<{ added: Array<{ id: number; seq: number }>; moved: number }> {
  const candidates = await store.linkCandidates(pendingIds);
  const byId = new Map(candidates.map((a) => [a.id, a]));
  // Candidates by bucket: a pending article is compared only with those sharing one of its buckets.
  const byBucket = new Map<number, LinkArticle[]>();
  for (const y of candidates) {
    if (!y.signature) continue;
    for (const b of bandBuckets(y.signature)) {
      const list = byBucket.get(b);
      if (list) list.push(y); else byBucket.set(b, [y]);
    }
  }
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
    const seen = new Set<number>([x.id]);
    for (const b of bandBuckets(x.signature)) {
      for (const y of byBucket.get(b) ?? []) {
        if (seen.has(y.id)) continue;
        seen.add(y.id);
        if (pendingSet.has(y.id) && y.id < x.id) continue; // each pending pair once
        if (find(storyOf(x)) === find(storyOf(y))) continue;
        if (isNearDuplicate(x, y)) union(storyOf(x), storyOf(y));
      }
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

const groupKey = (actor: string, issue: string) => `${actor}\u0000${issue}`;


/**
 * The clusters of reports of one actor × issue, as a full relink makes them. A light row is what clustering
 * looks at (a Linkable) once its regions are normalised, which is done in place: tens of thousands of rows,
 * no second object each, one array per distinct region set.
 */
function clusterGroup(claims: LinkClaim[]): LinkClaim[][] {
  const regions = new Map<string, string[]>();
  for (const c of claims) {
    const rkey = c.regions.length ? c.regions.join(',') : '';
    let norm = regions.get(rkey);
    if (!norm) { norm = normalizeRegions(c.regions); regions.set(rkey, norm); }
    c.regions = norm;
  }
  return clusterReports(claims);
}

/**
 * Claims read in full for the events being rewritten: the reports themselves, by key, and the whole of
 * an article only when some claim of it is conditioned (spec §6: a condition names a claim of the same
 * article, so an article without a conditioned claim has no partners to find). Reading every claim of
 * every article behind a rewritten event cost more than the rest of linking at 30,000 articles.
 */
class FullClaims {
  readonly byKey = new Map<number, EventReport>();
  /** Every claim of the articles that hold a conditioned claim. */
  private readonly articles = new Map<number, EventReport[]>();
  /** Articles already checked for conditioned claims. */
  private readonly checked = new Set<number>();

  constructor(private readonly store: Store) {}

  async load(keys: number[]): Promise<void> {
    const missing = [...new Set(keys)].filter((k) => !this.byKey.has(k));
    if (missing.length) for (const c of await this.store.eventReports(missing)) this.byKey.set(c.key, c);
    const unchecked = new Set<number>();
    for (const k of keys) {
      const c = this.byKey.get(k);
      if (c && !this.checked.has(c.articleId)) unchecked.add(c.articleId);
    }
    if (!unchecked.size) return;
    for (const a of unchecked) this.checked.add(a);
    const conditioned = new Set((await this.store.listClaims({ articleIds: [...unchecked], conditioned: true })).map((c) => c.articleId));
    if (!conditioned.size) return;
    for (const a of conditioned) this.articles.set(a, []);
    for (const c of await this.store.listClaims({ articleIds: [...conditioned] })) {
      this.articles.get(c.articleId)!.push(c);
      if (!this.byKey.has(c.key)) this.byKey.set(c.key, c);
    }
  }

  /** Claims of the same article that `c` is conditioned on or that are conditioned on `c`. */
  partnersOf(c: EventReport): EventReport[] {
    const list = this.articles.get(c.articleId);
    if (!list) return [];
    const mine = new Set(c.claim.conditions ?? []);
    return list.filter((o) => o.key !== c.key && (mine.has(o.claim.id) || (o.claim.conditions ?? []).includes(c.claim.id)));
  }
}

interface Seed { group: ClaimGroup; spans: Span[]; widths: Set<number> }

/**
 * The clusters that a change of the seed's days can alter, recomputed exactly, with the reports read.
 * A report's cluster depends on narrower reports overlapping its window and on reports of its own
 * width sharing its target or cell, so a change travels at most twice each width met, once per
 * width: with S the sum of the distinct window widths around, every cluster that can change sits
 * (anchorOf) within 2S of the seed's days, and computing those exactly needs the reports within 4S.
 * S is read from the reports themselves: when other widths turn up, the neighbourhood is widened
 * and read again. `whole`: the whole group instead.
 */
async function clustersNear(store: Store, seed: Seed, whole: boolean): Promise<Near> {
  if (whole) {
    const reports = await store.linkClaimsOfGroups([seed.group]);
    return { reports: reports.length, clusters: clusterGroup(reports), known: readPerEvent(reports, null) };
  }
  const widths = new Set(seed.widths);
  const sum = () => [...widths].reduce((a, b) => a + b, 0);
  let reach = sum();
  for (;;) {
    const spans = widen(seed.spans, 4 * reach);
    const reports = await store.linkClaimsNear(seed.group, spans.map(([a, b]) => ({ from: dayString(a), to: dayString(b) })));
    for (const r of reports) if (r.dateStart != null && r.dateEnd != null) widths.add(Math.abs(dayNumber(r.dateEnd) - dayNumber(r.dateStart)));
    if (sum() > reach) { reach = sum(); continue; }
    const zone = widen(seed.spans, 2 * reach);
    const clusters = clusterGroup(reports).filter((cl) => {
      const day = anchorOf(cl);
      return day === null || inSpans(zone, day);
    });
    return { reports: reports.length, clusters, known: readPerEvent(reports, spans) };
  }
}

/** Recomputed clusters near a seed, with the reports read, and the stored events whose every report was read. */
interface Near {
  reports: number;
  clusters: LinkClaim[][];
  /** Stored events whose every report is among those read, with their number of reports (see readPerEvent). */
  known: Map<string, number>;
}

/**
 * The stored events all of whose reports were read, with how many there are: every event when the whole
 * group was read (`spans` null), else those with a dated report lying wholly inside one of the spans read.
 * Any other report of such an event overlaps that one (an event's dated reports overlap pairwise, and its
 * undated ones are read whole), so it overlaps the span too and was read. The other events' sizes are
 * counted in the database (Store.eventSizes): at 30,000 articles that query took ~20,000 event ids for 100
 * new articles, nearly all of them known this way.
 */
function readPerEvent(reports: LinkClaim[], spans: Span[] | null): Map<string, number> {
  const count = new Map<string, number>();
  const whole = new Set<string>();
  for (const r of reports) {
    const id = r.eventId;
    if (id == null) continue;
    count.set(id, (count.get(id) ?? 0) + 1);
    if (spans && !whole.has(id) && r.dateStart != null && r.dateEnd != null && r.dateStart <= r.dateEnd) {
      const i = spanIndex(spans, dayNumber(r.dateStart));
      if (i >= 0 && dayNumber(r.dateEnd) <= spans[i][1]) whole.add(id);
    }
  }
  if (!spans) return count;
  const known = new Map<string, number>();
  for (const id of whole) known.set(id, count.get(id)!);
  return known;
}

interface Verdict {
  /** Recomputed clusters that differ from the stored events: their event ids and report keys. */
  changed: Array<{ id: string; keys: number[] }>;
  /** Stored events to remove (they differ from the recomputed clusters). */
  remove: string[];
  /** Every report of a removed event is in a recomputed cluster. */
  covered: boolean;
}

/** The id of a cluster's event: from its first report by ref. */
function clusterId(cl: LinkClaim[]): string {
  let first = cl[0].ref;
  for (const c of cl) if (c.ref < first) first = c.ref;
  return eventId(first);
}

/**
 * Recomputed clusters against the stored events of their reports. Each report read comes with its event
 * (LinkClaim.eventId), so an event is kept when every report of its cluster is in it and it has no other
 * (its size, one aggregate query), without reading any event's reports.
 */
async function compare(store: Store, near: Near, staleIds: Set<string>, dirty: Set<number>): Promise<Verdict> {
  const { clusters, known } = near;
  const v: Verdict = { changed: [], remove: [], covered: true };
  /** Stored events of the recomputed clusters' reports, with how many of those reports each holds. */
  const touched = new Map<string, number>();
  for (const cl of clusters) for (const c of cl) if (c.eventId != null) touched.set(c.eventId, (touched.get(c.eventId) ?? 0) + 1);
  const sizes = new Map(known);
  const unknown = [...touched.keys()].filter((id) => !known.has(id));
  if (unknown.length) for (const [id, n] of await store.eventSizes(unknown)) sizes.set(id, n);
  const kept = new Set<string>();
  for (const cl of clusters) {
    // A stored event holding exactly these reports has this cluster's id (the id is a function of the
    // reports): only the clusters that changed need their id computed.
    const stored = cl[0].eventId;
    if (stored != null && !staleIds.has(stored) && sizes.get(stored) === cl.length && cl.every((c) => c.eventId === stored && !dirty.has(c.articleId))) {
      kept.add(stored);
    } else {
      v.changed.push({ id: clusterId(cl), keys: cl.map((c) => c.key) });
    }
  }
  for (const [id, n] of touched) {
    if (kept.has(id)) continue;
    v.remove.push(id);
    // A report of it outside the recomputed clusters: the neighbourhood was too small.
    if ((sizes.get(id) ?? 0) > n) v.covered = false;
  }
  return v;
}

/** Links the pending work; the caller holds the link lock. */
export async function linkPending(store: Store, work: LinkWork): Promise<IncrementalSummary> {
  const pendingIds = work.pending.map((p) => p.id);
  const stories = await linkStories(store, pendingIds);
  const done: LinkWork = { pending: [...work.pending, ...stories.added], staleEvents: work.staleEvents, needsFull: false };
  // Reports of these articles are new, re-extracted or in another story: their events are rewritten.
  const dirty = new Set(done.pending.map((p) => p.id));

  // The actor × issue groups affected and, in each, the days the change touches: the date windows of
  // the changed articles' reports and the dates of events that lost a report.
  const seeds = new Map<string, Seed>();
  const seed = (actor: string, issue: string, start: string | null, end: string | null) => {
    const key = groupKey(actor, issue);
    let s = seeds.get(key);
    if (!s) { s = { group: { actor, issue }, spans: [], widths: new Set() }; seeds.set(key, s); }
    if (start == null || end == null) return; // undated reports are read whole (see clustersNear)
    const [a, b] = [dayNumber(start), dayNumber(end)];
    s.spans.push([a, b]);
    s.widths.add(Math.abs(b - a));
  };
  for (const c of await store.linkClaimsOfArticles([...dirty])) seed(c.actor, c.issue, c.dateStart, c.dateEnd);
  if (work.staleEvents.length) for (const e of await store.listEvents({ ids: work.staleEvents })) seed(e.actor, e.issue, e.dateStart, e.dateEnd);

  // Cluster the neighbourhood again; keep the stored events that come out the same (an event that lost a
  // report is rewritten). A stored event cut by the change whose reports are not all in the recomputed
  // clusters would mean the neighbourhood was too small: that group is then clustered whole.
  const staleIds = new Set(work.staleEvents);
  /** The event of each report of a rewritten event (other reports' events are looked up: see lookUp). */
  const eventOfKey = new Map<number, string>();
  const members = new Map<string, number[]>();
  const changed: string[] = [];
  const removeOld = new Set<string>();
  let reports = 0;
  let widened = 0;
  for (const s of seeds.values()) {
    let near = await clustersNear(store, s, false);
    let verdict = await compare(store, near, staleIds, dirty);
    if (!verdict.covered) {
      widened++;
      near = await clustersNear(store, s, true);
      verdict = await compare(store, near, staleIds, dirty);
    }
    reports += near.reports;
    for (const { id, keys } of verdict.changed) {
      changed.push(id);
      members.set(id, keys);
      for (const k of keys) eventOfKey.set(k, id);
    }
    for (const id of verdict.remove) removeOld.add(id);
  }
  const remove = new Set<string>([...removeOld, ...work.staleEvents, ...changed]);

  // Events left in place whose reports are conditioned on (or by) a report of a rewritten event are rewritten too.
  const full = new FullClaims(store);
  const changedKeys = changed.flatMap((id) => members.get(id)!);
  await full.load(changedKeys);
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
  const partnersOfKey = (k: number) => { const c = full.byKey.get(k); return c ? full.partnersOf(c) : []; };
  const partners = changedKeys.flatMap(partnersOfKey);
  await lookUp(partners.map((c) => c.key));
  const rewrite = [...changed];
  for (const p of partners) {
    const id = eventOfKey.get(p.key);
    if (id && !changedSet.has(id)) { changedSet.add(id); rewrite.push(id); remove.add(id); }
  }

  // Build the rewritten events with their conditions.
  const rewriteKeys = rewrite.flatMap((id) => members.get(id)!);
  await full.load(rewriteKeys);
  await lookUp(rewriteKeys.flatMap((k) => partnersOfKey(k).map((c) => c.key)));
  const events: EventRecord[] = [];
  for (const id of rewrite) {
    const claims = members.get(id)!.map((k) => full.byKey.get(k)).filter((c): c is EventReport => !!c);
    if (!claims.length) continue;
    const storyOf = new Map(claims.map((c) => [c.articleId, c.storyId ?? c.articleId]));
    const e = eventOfCluster(claims, (a) => storyOf.get(a) ?? a);
    const conditions = new Set<string>();
    for (const c of claims) {
      for (const o of full.partnersOf(c)) {
        const other = eventOfKey.get(o.key);
        if (other && other !== e.id && o.claim.actor === e.actor) conditions.add(other);
      }
    }
    e.conditions = [...conditions].sort();
    events.push(e);
  }
  await store.applyLinks([...remove], events, done);
  return { articles: done.pending.length, storyChanges: stories.moved, reports, removed: remove.size, written: events.length, widened };
}
