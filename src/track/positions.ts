// Positions over time (spec §6): per actor × issue, events grouped into steps (one per statement or
// conditioned pair, implied dates placed at the publication date); for territory, a stance per region
// carried forward from step to step, and each change computed by region and explained.
// Pure: events in, positions out (pages and the CLI receive these, whatever store the events came from).
import type { ClaimType } from '../extract/types.js';
import type { EventRecord } from '../store/types.js';
import { builtinRegionTable, type RegionTable } from './areas.js';
import { eventStances, isTerritorial, stanceRank, type EventStance, type Front, type Stance, type StanceBasis } from './stances.js';
import { explainChange } from './explain.js';

export type ChangeLabel = 'tougher' | 'softer' | 'reframed' | 'unchanged';

/** A region's stance in a position, with the step that set it. */
export interface RegionStance {
  region: string;
  name: string;
  stance: Stance;
  basis: StanceBasis;
  /** Date of the step that set it. */
  since: string;
  /** Events that set it. */
  events: string[];
}

export interface RegionMove {
  region: string;
  name: string;
  /** null: no stance on the earlier date (newly stated). */
  from: Stance | null;
  /** null: no stance on the later date (no longer stated). */
  to: Stance | null;
  km2: number | null;
}

export interface EvidenceRef { id: string; date: string | null; outlets: number; quote: string }

export interface Change {
  label: ChangeLabel;
  /** Regions that moved up the scale (the actor wants more), down, newly stated, no longer stated. */
  up: RegionMove[];
  down: RegionMove[];
  stated: RegionMove[];
  unstated: RegionMove[];
  up_km2: number;
  down_km2: number;
  /** true when a partial stance is involved, so the km² are an upper bound. */
  up_partial: boolean;
  down_partial: boolean;
  /** Other issues: a REJECT that replaces an ACCEPT, or the reverse. */
  reversal: { from: ClaimType; to: ClaimType } | null;
  /** Events behind the change, with their independent outlet counts. */
  evidence: EvidenceRef[];
  /** The change in words: "tougher: Donetsk holds_line → claims, Luhansk holds_line → claims (+53,201 km²)". */
  text: string;
}

export interface PositionStep {
  /** Where the step is placed: the first date read from the text, else the end of the default window. */
  date: string;
  /** No event of the step had a date in the text: placed at the publication date. */
  implied: boolean;
  types: ClaimType[];
  /** Regions the step's events name. */
  regions: string[];
  events: string[];
  /** Independent outlets behind the step's events. */
  outlets: number;
  /** The step's events with their independent outlet counts and a quote. */
  evidence: EvidenceRef[];
  /** Territory: the stances this step sets. */
  stated: RegionStance[];
  /** Territory: the position after this step (each region's latest stance), most wanted first. */
  stances: RegionStance[];
  /** Territory: area of the regions claimed whole / conceded whole after this step. */
  claims_km2: number;
  concedes_km2: number;
  /** Change from the previous step; null for the first step. */
  change: Change | null;
}

export interface Position {
  actor: string;
  issue: string;
  steps: PositionStep[];
}

export interface PositionOptions {
  actor?: string;
  issue?: string;
  regions?: RegionTable;
  fronts?: Front[];
  /** Region names for explanations ("Donetsk"); codes when absent. */
  names?: (code: string) => string;
}

const sortSet = <T extends string>(s: Iterable<T>) => [...new Set(s)].sort();

function outletCount(events: EventRecord[]): number {
  const names = new Set<string>();
  for (const e of events) for (const n of e.outletNames) names.add(n.toLowerCase().replace(/^the\s+/, '').trim());
  return names.size || events.reduce((n, e) => Math.max(n, e.outlets), 0);
}

/** Where an event sits on the time axis: the start of a date read from the text, else the end of its default window. */
export function placedDate(e: EventRecord): string | null {
  return e.implied ? e.dateEnd ?? e.dateStart : e.dateStart;
}

function stepDate(events: EventRecord[]): { date: string; implied: boolean } {
  const stated = events.filter((e) => !e.implied && e.dateStart).map((e) => e.dateStart!);
  if (stated.length) return { date: stated.sort()[0], implied: false };
  return { date: events.map((e) => placedDate(e)!).sort().at(-1)!, implied: true };
}

/** A region named outright decides over "the front"; a partial stance over a whole one (more precise). */
function priority(s: EventStance): number {
  return (s.basis === 'named' ? 4 : 0) + (s.stance === 'claims_part' || s.stance === 'concedes_part' ? 1 : 0);
}

function stepStances(events: EventRecord[], date: string, opts: Required<Pick<PositionOptions, 'fronts' | 'regions' | 'names'>>): RegionStance[] {
  const best = new Map<string, { s: EventStance; events: string[] }>();
  for (const e of events) {
    for (const s of eventStances(e, opts.fronts, opts.regions.aliases)) {
      const cur = best.get(s.region);
      if (!cur || priority(s) > priority(cur.s)) best.set(s.region, { s, events: [e.id] });
      else if (priority(s) === priority(cur.s) && s.stance === cur.s.stance) cur.events.push(e.id);
    }
  }
  return sortStances([...best.values()].map(({ s, events: ids }) => ({ region: s.region, name: opts.names(s.region), stance: s.stance, basis: s.basis, since: date, events: ids })));
}

export function sortStances(list: RegionStance[]): RegionStance[] {
  return list.sort((a, b) => stanceRank(a.stance) - stanceRank(b.stance) || a.region.localeCompare(b.region));
}

const area = (codes: string[], table: RegionTable) => codes.reduce((n, r) => n + (table.area.get(r) ?? 0), 0);

/** The change between two territorial positions (spec §6), explained. */
export function territorialChange(prev: RegionStance[], next: RegionStance[], evidence: EvidenceRef[], table: RegionTable, names: (code: string) => string): Change {
  const a = new Map(prev.map((s) => [s.region, s]));
  const b = new Map(next.map((s) => [s.region, s]));
  const up: RegionMove[] = [];
  const down: RegionMove[] = [];
  const stated: RegionMove[] = [];
  const unstated: RegionMove[] = [];
  const km = (r: string) => table.area.get(r) ?? null;
  for (const region of sortSet([...a.keys(), ...b.keys()])) {
    const x = a.get(region)?.stance ?? null;
    const y = b.get(region)?.stance ?? null;
    const move = { region, name: names(region), from: x, to: y, km2: km(region) };
    if (x && y) { if (stanceRank(y) < stanceRank(x)) up.push(move); else if (stanceRank(y) > stanceRank(x)) down.push(move); }
    else if (y) stated.push(move);
    else if (x) unstated.push(move);
  }
  // By name, as people read them ("Donetsk …, Luhansk …").
  for (const l of [up, down, stated, unstated]) l.sort((m1, m2) => m1.name.localeCompare(m2.name) || m1.region.localeCompare(m2.region));
  const label: ChangeLabel = up.length && down.length ? 'reframed' : up.length ? 'tougher' : down.length ? 'softer' : 'unchanged';
  const partialMove = (m: RegionMove) => [m.from, m.to].some((s) => s === 'claims_part' || s === 'concedes_part');
  const change: Change = {
    label, up, down, stated, unstated,
    up_km2: area(up.map((m) => m.region), table), down_km2: area(down.map((m) => m.region), table),
    up_partial: up.some(partialMove), down_partial: down.some(partialMove), reversal: null, evidence, text: '',
  };
  change.text = explainChange(change);
  return change;
}

/** The change between two steps of another issue: unchanged when types and regions are equal, else reframed; ACCEPT ↔ REJECT is a reversal. */
export function otherChange(prev: PositionStep, next: PositionStep, evidence: EvidenceRef[]): Change {
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  const label: ChangeLabel = same(prev.types, next.types) && same(prev.regions, next.regions) ? 'unchanged' : 'reframed';
  let reversal: Change['reversal'] = null;
  const had = (s: PositionStep, t: ClaimType) => s.types.includes(t);
  if (had(prev, 'ACCEPT') && !had(prev, 'REJECT') && had(next, 'REJECT') && !had(next, 'ACCEPT')) reversal = { from: 'ACCEPT', to: 'REJECT' };
  if (had(prev, 'REJECT') && !had(prev, 'ACCEPT') && had(next, 'ACCEPT') && !had(next, 'REJECT')) reversal = { from: 'REJECT', to: 'ACCEPT' };
  const change: Change = { label, up: [], down: [], stated: [], unstated: [], up_km2: 0, down_km2: 0, up_partial: false, down_partial: false, reversal, evidence, text: '' };
  change.text = explainChange(change, { prevTypes: prev.types, nextTypes: next.types });
  return change;
}

/** The events that set the stances of a step (all of the step's events when none set one). */
function movedEvidence(stated: RegionStance[], all: EvidenceRef[]): EvidenceRef[] {
  const ids = new Set(stated.flatMap((s) => s.events));
  const some = all.filter((e) => ids.has(e.id));
  return some.length ? some : all;
}

const evidenceOf = (events: EventRecord[]): EvidenceRef[] => events.map((e) => ({ id: e.id, date: placedDate(e), outlets: e.outlets, quote: e.quote }));

/** Whether an event belongs to the position of `actor` on `issue` (ceasefires on the line of contact count for territory too). */
export function inPosition(e: EventRecord, actor: string, issue: string): boolean {
  return e.actor === actor && !!placedDate(e) && (e.issue === issue || (issue === 'territory' && isTerritorial(e)));
}

/** The order positions read events in: placed date, then id. */
export function placedOrder(a: EventRecord, b: EventRecord): number {
  const x = placedDate(a)!;
  const y = placedDate(b)!;
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Builds the positions of every actor × issue present in `events` (undated events cannot be placed). */
export function buildPositions(events: EventRecord[], options: PositionOptions = {}): Position[] {
  const groups = new Map<string, EventRecord[]>();
  for (const e of events) {
    if (!placedDate(e)) continue;
    if (options.actor && e.actor !== options.actor) continue;
    const issues = isTerritorial(e) && e.issue !== 'territory' ? [e.issue, 'territory'] : [e.issue];
    for (const issue of issues) {
      if (options.issue && issue !== options.issue) continue;
      const key = `${e.actor}\u0000${issue}`;
      const list = groups.get(key);
      if (list) list.push(e); else groups.set(key, [e]);
    }
  }
  const positions: Position[] = [];
  for (const [key, list] of groups) {
    const [actor, issue] = key.split('\u0000');
    const steps: PositionStep[] = [];
    const stream = new PositionStream(issue, options, (s) => steps.push(s));
    // Conditions in both directions, among the position's own events (as the store records them).
    const partners = new Map<string, Set<string>>();
    const ids = new Set(list.map((e) => e.id));
    for (const e of list) {
      for (const c of e.conditions ?? []) {
        if (!ids.has(c) || c === e.id) continue;
        (partners.get(e.id) ?? partners.set(e.id, new Set()).get(e.id)!).add(c);
        (partners.get(c) ?? partners.set(c, new Set()).get(c)!).add(e.id);
      }
    }
    const byId = new Map(list.map((e) => [e.id, e]));
    for (const e of list.sort(placedOrder)) stream.push(e, [...(partners.get(e.id) ?? [])].map((id) => byId.get(id)!));
    stream.end();
    positions.push({ actor, issue, steps });
  }
  return positions.sort((a, b) => a.actor.localeCompare(b.actor) || a.issue.localeCompare(b.issue));
}

/** Events of one step in the making: a day's statements and those conditioned with them. */
interface Group { events: EventRecord[]; days: Set<string>; minDay: string; maxDay: string; waiting: Set<string> }

/**
 * One position built step by step from its events read in placed order (placedOrder), keeping only what
 * the next step depends on: the events of steps not yet complete, each region's current stance and the
 * previous step. Steps are handed to `emit` in date order, each exactly as buildPositions makes it.
 * A step is complete once a later day is read and every event conditioned with it has been read; its
 * date is one of its own days, so steps never share a date.
 */
export class PositionStream {
  private readonly territorial: boolean;
  private readonly opts: Required<Pick<PositionOptions, 'fronts' | 'regions' | 'names'>>;
  private carried = new Map<string, RegionStance>();
  private prev: PositionStep | null = null;
  private day: string | null = null;
  /** Open groups by event id, by day, and by the id of a conditioned event not read yet. */
  private byEvent = new Map<string, Group>();
  private byDay = new Map<string, Group>();
  private waitedBy = new Map<string, Group>();
  private done: Array<{ evs: EventRecord[]; date: string; implied: boolean }> = [];
  steps = 0;

  constructor(issue: string, options: PositionOptions, private readonly emit: (step: PositionStep) => void) {
    this.territorial = issue === 'territory';
    this.opts = { regions: options.regions ?? builtinRegionTable(), fronts: options.fronts ?? [], names: options.names ?? ((c: string) => c) };
  }

  /**
   * The next event in placed order, with the events conditioned with it (either way) that belong to this
   * position (earlier ones are in a step already open; later ones keep the step open until read).
   */
  push(e: EventRecord, partners: EventRecord[] = []): void {
    const d = placedDate(e);
    if (!d) return;
    if (this.day !== null && d > this.day) this.closeBefore(d);
    this.day = d;
    let g = this.byDay.get(d);
    if (!g) { g = { events: [], days: new Set([d]), minDay: d, maxDay: d, waiting: new Set() }; this.byDay.set(d, g); }
    g.events.push(e);
    this.byEvent.set(e.id, g);
    const waiter = this.waitedBy.get(e.id);
    if (waiter) { this.waitedBy.delete(e.id); waiter.waiting.delete(e.id); g = this.merge(g, waiter); }
    for (const p of partners) {
      if (p.id === e.id) continue;
      const other = this.byEvent.get(p.id);
      if (other) { g = this.merge(g, other); continue; }
      if (placedOrder(p, e) > 0 && !this.waitedBy.has(p.id)) { g.waiting.add(p.id); this.waitedBy.set(p.id, g); }
      else if (this.waitedBy.has(p.id)) g = this.merge(g, this.waitedBy.get(p.id)!);
    }
  }

  /** No more events: the remaining steps. */
  end(): void {
    this.closeBefore(null);
  }

  private merge(a: Group, b: Group): Group {
    if (a === b) return a;
    const [big, small] = a.events.length >= b.events.length ? [a, b] : [b, a];
    for (const e of small.events) { big.events.push(e); this.byEvent.set(e.id, big); }
    for (const d of small.days) { big.days.add(d); this.byDay.set(d, big); }
    for (const w of small.waiting) { big.waiting.add(w); this.waitedBy.set(w, big); }
    if (small.minDay < big.minDay) big.minDay = small.minDay;
    if (small.maxDay > big.maxDay) big.maxDay = small.maxDay;
    return big;
  }

  /** Completes the groups that nothing read from `day` on can join (all of them when `day` is null), and emits the steps that are due. */
  private closeBefore(day: string | null): void {
    let minOpen: string | null = null;
    for (const g of new Set(this.byDay.values())) {
      if (day === null || (g.waiting.size === 0 && g.maxDay < day)) {
        for (const e of g.events) this.byEvent.delete(e.id);
        for (const d of g.days) this.byDay.delete(d);
        for (const w of g.waiting) this.waitedBy.delete(w);
        const evs = g.events.sort(placedOrder);
        this.done.push({ evs, ...stepDate(evs) });
      } else if (minOpen === null || g.minDay < minOpen) minOpen = g.minDay;
    }
    if (!this.done.length) return;
    // A step still open starts on or after minOpen, and its date is one of its days.
    this.done.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    let n = 0;
    while (n < this.done.length && (minOpen === null || this.done[n].date < minOpen)) n++;
    for (const g of this.done.splice(0, n)) this.step(g.evs, g.date, g.implied);
  }

  private step(evs: EventRecord[], date: string, implied: boolean): void {
    const opts = this.opts;
    const prev = this.prev;
    const territorial = this.territorial;
    const stated = territorial ? stepStances(evs, date, opts) : [];
    if (territorial) {
      this.carried = new Map(this.carried);
      // A restated stance keeps the date it has held since; its events are the latest statement's.
      for (const s of stated) { const old = this.carried.get(s.region); this.carried.set(s.region, old && old.stance === s.stance ? { ...s, since: old.since } : s); }
    }
    const stances = sortStances([...this.carried.values()]);
    const whole = (st: Stance) => area(stances.filter((s) => s.stance === st).map((s) => s.region), opts.regions);
    const step: PositionStep = {
      date, implied,
      types: sortSet(evs.flatMap((e) => (e.types.length ? e.types : [e.type]))) as ClaimType[],
      regions: sortSet(evs.flatMap((e) => e.regions.map((r) => opts.regions.aliases[r] ?? r))),
      events: evs.map((e) => e.id), outlets: outletCount(evs), evidence: evidenceOf(evs),
      stated, stances, claims_km2: territorial ? whole('claims') : 0, concedes_km2: territorial ? whole('concedes') : 0, change: null,
    };
    if (prev) {
      step.change = territorial
        ? territorialChange(prev.stances, stances, movedEvidence(stated, step.evidence), opts.regions, opts.names)
        : otherChange(prev, step, step.evidence);
    }
    this.prev = step;
    this.steps++;
    this.emit(step);
  }
}

/** The events a position is read from: pages in placed order, and events by id (those named in conditions). */
export interface PositionSource {
  pages(): AsyncIterable<EventRecord[]>;
  byIds(ids: string[]): Promise<EventRecord[]>;
}

/** Streams one position from its source page by page: memory holds a page and the open steps, not the events. */
export async function streamPosition(actor: string, issue: string, source: PositionSource, options: PositionOptions, emit: (step: PositionStep) => void): Promise<void> {
  const stream = new PositionStream(issue, options, emit);
  const known = new Map<string, EventRecord | null>();
  for await (const page of source.pages()) {
    const ask = [...new Set(page.flatMap((e) => e.conditions ?? []))].filter((id) => !known.has(id));
    if (ask.length) {
      const found = new Map((await source.byIds(ask)).map((e) => [e.id, e]));
      for (const id of ask) { const e = found.get(id); known.set(id, e && inPosition(e, actor, issue) ? e : null); }
      if (known.size > 10_000) known.clear();
    }
    for (const e of page) stream.push(e, (e.conditions ?? []).flatMap((id) => { const p = known.get(id); return p ? [p] : []; }));
  }
  stream.end();
}

/** The position as of a date: the latest step on or before it (null before the first step). */
export function positionAsOf(position: Position, date: string): PositionStep | null {
  let found: PositionStep | null = null;
  for (const s of position.steps) if (s.date <= date) found = s; else break;
  return found;
}

/** Compares the positions as of two dates; the evidence is the events of the steps in between. */
export function comparePositions(position: Position, from: string, to: string, options: { regions?: RegionTable; names?: (code: string) => string } = {}): { from: PositionStep | null; to: PositionStep | null; change: Change | null } {
  const a = positionAsOf(position, from);
  const b = positionAsOf(position, to);
  if (!a || !b) return { from: a, to: b, change: null };
  const between = position.steps.filter((s) => s.date > a.date && s.date <= b.date);
  // The events behind the later position's stances that were set in between.
  const setBetween = new Set(b.stances.filter((st) => st.since > a.date).flatMap((st) => st.events));
  const all = between.flatMap((s) => s.evidence);
  const evidence = position.issue === 'territory' && setBetween.size ? all.filter((e) => setBetween.has(e.id)) : all;
  const change = position.issue === 'territory'
    ? territorialChange(a.stances, b.stances, evidence, options.regions ?? builtinRegionTable(), options.names ?? ((c) => c))
    : otherChange(a, b, evidence);
  return { from: a, to: b, change };
}
