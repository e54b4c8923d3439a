// Loads the lexicon data files (actors, people, places, place groups, outlets) from the default data
// directory, then from extra directories in order, so that another negotiation (or local additions)
// can be described with data files only. Every problem with a file is an Error naming the file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  ActorEntry,
  LexiconData,
  OutletEntry,
  PersonEntry,
  PersonRole,
  PlaceEntry,
  PlaceGroupEntry,
  FrontEntry,
} from './types.js';

// ('../lexicon/data/', not './data/': the same folder from this module and from the extract command's bundle in
// dist/src/bundle/, whose import.meta.url is its own; scripts/bundle-cli.mjs, speed.)
/** The default data directory (copied next to the compiled code by the build). */
export const DEFAULT_DATA_DIR: string = fileURLToPath(new URL('../lexicon/data/', import.meta.url));

type ListKey = keyof LexiconData;

/** One data file per list; `key` is the field whose value identifies an entry when merging. */
const FILES: { list: ListKey; file: string; key: 'code' | 'name' }[] = [
  { list: 'actors', file: 'actors.json', key: 'code' },
  { list: 'people', file: 'people.json', key: 'name' },
  { list: 'places', file: 'places.json', key: 'code' },
  { list: 'placeGroups', file: 'place-groups.json', key: 'name' },
  { list: 'outlets', file: 'outlets.json', key: 'name' },
  { list: 'fronts', file: 'fronts.json', key: 'name' },
];

/** Accepted by `loadLexicon` besides a plain array: `{ dirs }` or `{ lexiconDirs }`. */
export interface LoadLexiconOptions {
  dirs?: string[];
  lexiconDirs?: string[];
}

class ShapeError extends Error {}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function fail(what: string): never {
  throw new ShapeError(what);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Record<string, unknown>, field: string, where: string, optional = false): void {
  const v = o[field];
  if (v === undefined && optional) return;
  if (typeof v !== 'string' || (!optional && v.trim() === '')) fail(`${where}: "${field}" must be a non-empty string`);
}

function strList(o: Record<string, unknown>, field: string, where: string, optional = false): void {
  const v = o[field];
  if (v === undefined && optional) return;
  if (!Array.isArray(v)) fail(`${where}: "${field}" must be an array of strings`);
  v.forEach((s, i) => {
    if (typeof s !== 'string' || s.trim() === '') fail(`${where}: "${field}"[${i}] must be a non-empty string`);
  });
}

function date(o: Record<string, unknown>, field: string, where: string): void {
  const v = o[field];
  if (v === undefined) return;
  if (typeof v !== 'string' || !ISO_DATE.test(v)) fail(`${where}: "${field}" must be an ISO date (YYYY-MM-DD)`);
}

function label(o: Record<string, unknown>, key: string, i: number): string {
  const id = o[key];
  return typeof id === 'string' ? `entry ${i} (${id})` : `entry ${i}`;
}

function checkActor(o: Record<string, unknown>, where: string): void {
  str(o, 'code', where);
  str(o, 'name', where);
  if (o.kind !== 'state' && o.kind !== 'organisation' && o.kind !== 'group') fail(`${where}: "kind" must be "state", "organisation" or "group"`);
  strList(o, 'names', where);
  strList(o, 'adjectives', where, true);
  strList(o, 'metonyms', where, true);
  strList(o, 'ambiguous', where, true);
  if (o.unMember !== undefined && typeof o.unMember !== 'boolean') fail(`${where}: "unMember" must be a boolean`);
  strList(o, 'members', where, true);
  if (o.members !== undefined && o.kind !== 'group') fail(`${where}: only a group has "members"`);
}

function checkRole(o: unknown, where: string): void {
  if (!isObject(o)) fail(`${where}: must be an object`);
  str(o, 'role', where);
  str(o, 'party', where, true);
  date(o, 'from', where);
  date(o, 'to', where);
  strList(o, 'descriptions', where);
}

function checkPerson(o: Record<string, unknown>, where: string): void {
  str(o, 'name', where);
  str(o, 'party', where);
  str(o, 'role', where, true);
  strList(o, 'names', where);
  strList(o, 'descriptions', where, true);
  if (o.gender !== undefined && o.gender !== 'm' && o.gender !== 'f') fail(`${where}: "gender" must be "m" or "f"`);
  date(o, 'from', where);
  date(o, 'to', where);
  if (o.roles !== undefined) {
    if (!Array.isArray(o.roles)) fail(`${where}: "roles" must be an array`);
    o.roles.forEach((r, i) => checkRole(r, `${where} roles[${i}]`));
  }
  strList(o, 'ambiguous', where, true);
}

function checkPlace(o: Record<string, unknown>, where: string): void {
  str(o, 'code', where);
  str(o, 'name', where);
  str(o, 'country', where);
  str(o, 'kind', where);
  if (o.area_km2 !== null && (typeof o.area_km2 !== 'number' || !(o.area_km2 > 0))) fail(`${where}: "area_km2" must be a positive number or null`);
  strList(o, 'names', where);
  str(o, 'scoredAs', where, true);
  strList(o, 'settlements', where, true);
  strList(o, 'ambiguous', where, true);
}

function checkGroup(o: Record<string, unknown>, where: string): void {
  str(o, 'name', where);
  strList(o, 'names', where);
  strList(o, 'members', where);
  if ((o.members as string[]).length === 0) fail(`${where}: "members" must not be empty`);
  str(o, 'reason', where);
}

function checkOutlet(o: Record<string, unknown>, where: string): void {
  str(o, 'name', where);
  strList(o, 'names', where);
  strList(o, 'ambiguous', where, true);
}

function checkFront(o: Record<string, unknown>, where: string): void {
  str(o, 'name', where);
  str(o, 'holder', where);
  str(o, 'defender', where);
  strList(o, 'regions', where);
  strList(o, 'occupied', where);
  str(o, 'reason', where);
}

const CHECKS: Record<ListKey, (o: Record<string, unknown>, where: string) => void> = {
  fronts: checkFront,
  actors: checkActor,
  people: checkPerson,
  places: checkPlace,
  placeGroups: checkGroup,
  outlets: checkOutlet,
};

interface ParsedFile {
  path: string;
  replace: boolean;
  entries: Record<string, unknown>[];
}

/** Reads and checks one data file; returns null when it is absent and `optional`. */
function readFile(dir: string, spec: (typeof FILES)[number], optional: boolean): ParsedFile | null {
  const path = join(dir, spec.file);
  if (!existsSync(path)) {
    if (optional) return null;
    throw new Error(`lexicon file ${path}: missing`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`lexicon file ${path}: invalid JSON: ${oneLine((error as Error).message)}`);
  }
  try {
    if (!isObject(json)) fail(`top level must be an object with "${spec.list}": [...]`);
    if (json.about !== undefined && typeof json.about !== 'string') fail('"about" must be a string');
    if (json.replace !== undefined && typeof json.replace !== 'boolean') fail('"replace" must be true or false');
    const list = json[spec.list];
    if (!Array.isArray(list)) fail(`"${spec.list}" must be an array`);
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      if (!isObject(entry)) fail(`"${spec.list}" entry ${i} must be an object`);
      const where = `"${spec.list}" ${label(entry, spec.key, i)}`;
      CHECKS[spec.list](entry, where);
      const id = entry[spec.key] as string;
      if (seen.has(id)) fail(`${where}: duplicate ${spec.key} "${id}"`);
      seen.add(id);
    });
    return { path, replace: json.replace === true, entries: list as Record<string, unknown>[] };
  } catch (error) {
    if (error instanceof ShapeError) throw new Error(`lexicon file ${path}: ${oneLine(error.message)}`);
    throw error;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Merged lists plus, for each entry, the file it came from (for error messages). */
interface Merged {
  lists: Record<ListKey, Record<string, unknown>[]>;
  origin: Map<object, string>;
}

function mergeDir(merged: Merged, dir: string, optional: boolean): void {
  for (const spec of FILES) {
    const parsed = readFile(dir, spec, optional);
    if (!parsed) continue;
    for (const e of parsed.entries) merged.origin.set(e, parsed.path);
    if (parsed.replace) {
      merged.lists[spec.list] = [...parsed.entries];
      continue;
    }
    const list = [...merged.lists[spec.list]];
    const at = new Map<string, number>();
    list.forEach((e, i) => at.set(e[spec.key] as string, i));
    for (const e of parsed.entries) {
      const i = at.get(e[spec.key] as string);
      if (i === undefined) {
        at.set(e[spec.key] as string, list.length);
        list.push(e);
      } else {
        list[i] = e;
      }
    }
    merged.lists[spec.list] = list;
  }
}

/** References between files: people's parties, group members and scoredAs must exist. */
function checkReferences(merged: Merged): void {
  const actors = new Set(merged.lists.actors.map((a) => a.code as string));
  const places = new Set(merged.lists.places.map((p) => p.code as string));
  const bad = (entry: object, what: string): never => {
    throw new Error(`lexicon file ${merged.origin.get(entry) ?? '?'}: ${what}`);
  };
  for (const p of merged.lists.people) {
    if (!actors.has(p.party as string)) bad(p, `"people" entry (${p.name as string}): party "${p.party as string}" is not an actor code`);
    for (const r of (p.roles as PersonRole[] | undefined) ?? []) {
      if (r.party && !actors.has(r.party)) bad(p, `"people" entry (${p.name as string}): role party "${r.party}" is not an actor code`);
    }
  }
  for (const a of merged.lists.actors) {
    for (const m of (a.members as string[] | undefined) ?? []) {
      if (!actors.has(m) || m === a.code) bad(a, `"actors" entry (${a.code as string}): member "${m}" is not another actor code`);
    }
  }
  for (const g of merged.lists.placeGroups) {
    for (const m of g.members as string[]) {
      if (!places.has(m)) bad(g, `"placeGroups" entry (${g.name as string}): member "${m}" is not a place code`);
    }
  }
  for (const p of merged.lists.places) {
    if (p.scoredAs !== undefined && !places.has(p.scoredAs as string)) bad(p, `"places" entry (${p.code as string}): scoredAs "${p.scoredAs as string}" is not a place code`);
  }
}

function toData(merged: Merged): LexiconData {
  return {
    actors: merged.lists.actors as unknown as ActorEntry[],
    people: merged.lists.people as unknown as PersonEntry[],
    places: merged.lists.places as unknown as PlaceEntry[],
    placeGroups: merged.lists.placeGroups as unknown as PlaceGroupEntry[],
    outlets: merged.lists.outlets as unknown as OutletEntry[],
    // A front of another negotiation's parties or places (an extra directory that replaced them) does not apply.
    fronts: (merged.lists.fronts as unknown as FrontEntry[]).filter((f) => {
      const actors = new Set(merged.lists.actors.map((a) => a.code as string));
      const places = new Set(merged.lists.places.map((p) => p.code as string));
      return actors.has(f.holder) && actors.has(f.defender) && [...f.regions, ...f.occupied].every((r) => places.has(r));
    }),
  };
}

function emptyMerged(): Merged {
  return { lists: { actors: [], people: [], places: [], placeGroups: [], outlets: [], fronts: [] }, origin: new Map() };
}

let cachedDefault: { merged: Merged; data: LexiconData } | null = null;

function loadDefault(): { merged: Merged; data: LexiconData } {
  if (!cachedDefault) {
    const merged = emptyMerged();
    mergeDir(merged, DEFAULT_DATA_DIR, false);
    checkReferences(merged);
    cachedDefault = { merged, data: toData(merged) };
  }
  return cachedDefault;
}

function dirsOf(arg: string[] | LoadLexiconOptions | undefined): string[] {
  if (arg === undefined) return [];
  if (Array.isArray(arg)) return arg;
  return arg.dirs ?? arg.lexiconDirs ?? [];
}

/**
 * The lexicon: the default data files, then each extra directory in order. In an extra directory an
 * entry whose `code` (actors, places) or `name` (people, place groups, outlets) matches an earlier one
 * replaces it and others are added; a file with top-level `"replace": true` replaces its whole list.
 * Missing files in extra directories are skipped. The default load is cached; do not mutate it.
 */
export function loadLexicon(extraDirs: string[] | LoadLexiconOptions = []): LexiconData {
  const dirs = dirsOf(extraDirs);
  const base = loadDefault();
  if (!dirs.length) return base.data;
  const merged: Merged = {
    lists: { ...base.merged.lists },
    origin: new Map(base.merged.origin),
  };
  for (const dir of dirs) mergeDir(merged, dir, true);
  checkReferences(merged);
  return toData(merged);
}
