// Region areas (km²) and scoring aliases for positions, from the lexicon's places
// (PlaceEntry.area_km2, PlaceEntry.scoredAs). A place scored as another (Sevastopol → Crimea)
// adds its area to that region: "Crimea" in a position is the whole peninsula.
import type { PlaceEntry } from '../lexicon/types.js';

export interface RegionTable {
  /** Area in km² per (scored) region code. */
  area: Map<string, number>;
  /** Code → the code it is scored as. */
  aliases: Record<string, string>;
  /** Where the figures came from. */
  origin: 'lexicon' | 'builtin';
}

/** Public figures for the regions that appear most in positions; used when the lexicon cannot be loaded. */
const BUILTIN: Array<Pick<PlaceEntry, 'code' | 'area_km2' | 'scoredAs'>> = [
  { code: 'UA-14', area_km2: 26517 }, { code: 'UA-09', area_km2: 26684 }, { code: 'UA-23', area_km2: 27180 },
  { code: 'UA-65', area_km2: 28461 }, { code: 'UA-43', area_km2: 26081 }, { code: 'UA-40', area_km2: 864, scoredAs: 'UA-43' },
  { code: 'UA-63', area_km2: 31415 }, { code: 'UA-59', area_km2: 23834 }, { code: 'UA-48', area_km2: 24598 },
  { code: 'UA-12', area_km2: 31914 }, { code: 'UA-51', area_km2: 33310 }, { code: 'UA-74', area_km2: 31865 },
  { code: 'UA-32', area_km2: 28131 }, { code: 'RU-KRS', area_km2: 29997 }, { code: 'RU-BEL', area_km2: 27134 },
];

export function regionTable(places: Array<Pick<PlaceEntry, 'code' | 'area_km2' | 'scoredAs'>>, origin: RegionTable['origin'] = 'lexicon'): RegionTable {
  const aliases: Record<string, string> = {};
  for (const p of places) if (p.scoredAs && p.scoredAs !== p.code) aliases[p.code] = p.scoredAs;
  const area = new Map<string, number>();
  for (const p of places) {
    if (p.area_km2 == null) continue;
    const code = aliases[p.code] ?? p.code;
    area.set(code, (area.get(code) ?? 0) + p.area_km2);
  }
  return { area, aliases, origin };
}

export function builtinRegionTable(): RegionTable {
  return regionTable(BUILTIN, 'builtin');
}

const LEXICON = '../lexicon/load.js';

/** Areas from the lexicon (with extra lexicon directories), else the built-in table. */
export async function loadRegionTable(lexiconDirs: string[] = []): Promise<RegionTable> {
  try {
    const mod = (await import(LEXICON)) as { loadLexicon: (...args: unknown[]) => { places?: PlaceEntry[] } | Promise<{ places?: PlaceEntry[] }> };
    const lex = await mod.loadLexicon(lexiconDirs.length ? { dirs: lexiconDirs, lexiconDirs } : undefined);
    const places = lex?.places ?? [];
    if (places.some((p) => p.area_km2 != null)) {
      // Regions the lexicon lacks an area for fall back to the built-in figure.
      const table = regionTable(places);
      for (const [code, km2] of builtinRegionTable().area) if (!table.area.has(code)) table.area.set(code, km2);
      for (const [code, to] of Object.entries(builtinRegionTable().aliases)) table.aliases[code] ??= to;
      return table;
    }
  } catch {
    // lexicon not available: fall through
  }
  return builtinRegionTable();
}
