// Positions over time (spec §6): per actor × issue, events ordered by date (the start of a range),
// grouped into steps; for territory, the regions demanded and offered at each step and the change
// from the previous step (tougher / softer / reframed / unchanged).
import type { ClaimType } from '../extract/types.js';
import type { EventRecord } from '../store/types.js';
import { builtinRegionTable, type RegionTable } from './areas.js';

export type ChangeLabel = 'tougher' | 'softer' | 'reframed' | 'unchanged';

export interface PositionStep {
  /** Start of the step's events' dates (YYYY-MM-DD). */
  date: string;
  types: ClaimType[];
  demanded: string[];
  offered: string[];
  demanded_km2: number;
  offered_km2: number;
  /** Change from the previous step; null for the first step. */
  change: ChangeLabel | null;
  events: string[];
  /** Independent outlets behind the step's events. */
  outlets: number;
  /** Whether the step's claims said which regions are demanded / offered (otherwise carried over). */
  stated: { demanded: boolean; offered: boolean };
  /** A front-line freeze ("freeze the front where it stands") is part of this step. */
  freeze: boolean;
}

export interface Position {
  actor: string;
  issue: string;
  steps: PositionStep[];
}

/** The issue a position is tracked under: territory also takes ceasefire claims about the line of contact. */
function positionIssue(e: EventRecord): string[] {
  if (e.issue === 'ceasefire' && e.frontLine) return ['ceasefire', 'territory'];
  return [e.issue];
}

const sortSet = (s: Iterable<string>) => [...new Set(s)].sort();

function area(regions: string[], table: RegionTable): number {
  return regions.reduce((n, r) => n + (table.area.get(r) ?? 0), 0);
}

/**
 * Label of the change from one position to another: tougher when it demands more regions or offers
 * fewer, softer when it demands fewer or offers more, reframed when the sets change but neither grows
 * nor shrinks, unchanged otherwise. When demands and offers move in opposite directions (demands more
 * and offers more), the demands decide.
 */
export function changeLabel(prev: { demanded: string[]; offered: string[] }, next: { demanded: string[]; offered: string[] }): ChangeLabel {
  const dDelta = next.demanded.length - prev.demanded.length;
  const oDelta = next.offered.length - prev.offered.length;
  const tougher = dDelta > 0 || oDelta < 0;
  const softer = dDelta < 0 || oDelta > 0;
  if (tougher && !softer) return 'tougher';
  if (softer && !tougher) return 'softer';
  if (tougher && softer) return dDelta > 0 ? 'tougher' : 'softer';
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return same(sortSet(prev.demanded), sortSet(next.demanded)) && same(sortSet(prev.offered), sortSet(next.offered)) ? 'unchanged' : 'reframed';
}

/** Regions a territorial step states, from its events (see README: positions). */
function stepSets(events: EventRecord[], table: RegionTable, territorial: boolean) {
  const norm = (rs: string[]) => sortSet(rs.map((r) => table.aliases[r] ?? r));
  let demanded: string[] = [];
  let offered: string[] = [];
  let dStated = false;
  let oStated = false;
  let freeze = false;
  let refused = false;
  for (const e of events) {
    const regions = norm(e.regions);
    if (territorial && e.issue === 'ceasefire') {
      if (e.frontLine && e.type !== 'REJECT' && e.type !== 'THREATEN') freeze = true;
      continue;
    }
    if (e.type === 'DEMAND' || e.type === 'PROPOSE') {
      if (regions.length) { demanded = sortSet([...demanded, ...regions]); dStated = true; }
    } else if (e.type === 'OFFER' || e.type === 'ACCEPT') {
      // Accepting a demand for a region concedes it, like offering it.
      if (regions.length) { offered = sortSet([...offered, ...regions]); oStated = true; }
    } else if (e.type === 'REJECT') {
      // "Will not give up X" keeps X (a demand to keep, spec §3.6); "rules out concessions" offers nothing.
      if (regions.length) { demanded = sortSet([...demanded, ...regions]); dStated = true; } else refused = true;
    }
  }
  // Freezing the front where it stands demands and offers nothing beyond the current line.
  if (freeze && !dStated) { demanded = []; dStated = true; }
  if ((freeze || refused) && !oStated) { offered = []; oStated = true; }
  offered = offered.filter((r) => !demanded.includes(r));
  return { demanded, offered, dStated, oStated, freeze };
}

function outletCount(events: EventRecord[]): number {
  const names = new Set<string>();
  for (const e of events) for (const n of e.outletNames) names.add(n.toLowerCase().replace(/^the\s+/, '').trim());
  return names.size || events.reduce((n, e) => Math.max(n, e.outlets), 0);
}

/** Builds the positions of every actor × issue present in `events` (undated events cannot be placed). */
export function buildPositions(events: EventRecord[], options: { actor?: string; issue?: string; regions?: RegionTable } = {}): Position[] {
  const table = options.regions ?? builtinRegionTable();
  const groups = new Map<string, EventRecord[]>();
  for (const e of events) {
    if (!e.dateStart) continue;
    if (options.actor && e.actor !== options.actor) continue;
    for (const issue of positionIssue(e)) {
      if (options.issue && issue !== options.issue) continue;
      const key = `${e.actor}\u0000${issue}`;
      const list = groups.get(key);
      if (list) list.push(e); else groups.set(key, [e]);
    }
  }
  const positions: Position[] = [];
  for (const [key, list] of groups) {
    const [actor, issue] = key.split('\u0000');
    const byDate = new Map<string, EventRecord[]>();
    for (const e of list) {
      const l = byDate.get(e.dateStart!);
      if (l) l.push(e); else byDate.set(e.dateStart!, [e]);
    }
    const steps: PositionStep[] = [];
    let prev: PositionStep | null = null;
    for (const date of [...byDate.keys()].sort()) {
      const evs = byDate.get(date)!.sort((a, b) => a.id.localeCompare(b.id));
      const sets = stepSets(evs, table, issue === 'territory');
      const demanded = sets.dStated ? sets.demanded : prev?.demanded ?? [];
      const offered = sets.oStated ? sets.offered : prev?.offered ?? [];
      const step: PositionStep = {
        date,
        types: sortSet(evs.flatMap((e) => e.types.length ? e.types : [e.type])) as ClaimType[],
        demanded,
        offered,
        demanded_km2: area(demanded, table),
        offered_km2: area(offered, table),
        change: prev ? changeLabel(prev, { demanded, offered }) : null,
        events: evs.map((e) => e.id),
        outlets: outletCount(evs),
        stated: { demanded: sets.dStated, offered: sets.oStated },
        freeze: sets.freeze,
      };
      steps.push(step);
      prev = step;
    }
    positions.push({ actor, issue, steps });
  }
  return positions.sort((a, b) => a.actor.localeCompare(b.actor) || a.issue.localeCompare(b.issue));
}

/** The position as of a date: the latest step on or before it (null before the first step). */
export function positionAsOf(position: Position, date: string): PositionStep | null {
  let found: PositionStep | null = null;
  for (const s of position.steps) if (s.date <= date) found = s; else break;
  return found;
}

/** Compares the positions as of two dates. */
export function comparePositions(position: Position, from: string, to: string): { from: PositionStep | null; to: PositionStep | null; change: ChangeLabel | null } {
  const a = positionAsOf(position, from);
  const b = positionAsOf(position, to);
  return { from: a, to: b, change: a && b ? changeLabel(a, b) : null };
}
