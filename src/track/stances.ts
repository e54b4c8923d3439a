// The territorial stance of one event on each region it concerns (spec §6: a stance per region).
// Pure: an event, the conflict's front data and the actor in, region stances out.
import type { EventRecord } from '../store/types.js';

/** From the actor's side, most to least it wants (spec §6). */
export const STANCES = ['claims', 'claims_part', 'holds_line', 'concedes_part', 'concedes'] as const;
export type Stance = (typeof STANCES)[number];

/** Lower is more wanted: claims 0 … concedes 4. */
export const stanceRank = (s: Stance): number => STANCES.indexOf(s);

export const STANCE_WORDS: Record<Stance, string> = {
  claims: 'claims', claims_part: 'claims part of', holds_line: 'holds the line in', concedes_part: 'concedes part of', concedes: 'concedes',
};

/** A conflict's line of contact (lexicon fronts.json). */
export interface Front {
  name: string;
  holder: string;
  defender: string;
  regions: string[];
  occupied: string[];
}

/** How a region got its stance: named in the claim, or read from "the front" / "all occupied territory". */
export type StanceBasis = 'named' | 'front' | 'occupied';

export interface EventStance { region: string; stance: Stance; basis: StanceBasis; rule: string }

/** Territory claims plus ceasefire claims about the line of contact make the territorial position. */
export function isTerritorial(e: EventRecord): boolean {
  return e.issue === 'territory' || (e.issue === 'ceasefire' && e.frontLine);
}

/**
 * The stances one event sets. Regions named: a demand, proposal or threat claims them, an offer or
 * acceptance concedes them, a refusal to cede keeps them (claims; "will not give up the parts of X it
 * holds" holds the line); partial regions take the partial stance. A ceasefire on the line holds the
 * line in the regions it names, else in every region the front crosses. With no region named, a refusal
 * to cede is holds_line on the front from the holder's side and claims on every occupied region from the
 * defender's side, as is the defender's demand ("full withdrawal of Russian troops").
 */
export function eventStances(e: EventRecord, fronts: Front[], aliases: Record<string, string> = {}): EventStance[] {
  const regions = [...new Set(e.regions.map((r) => aliases[r] ?? r))];
  const partial = new Set((e.partial ?? []).map((r) => aliases[r] ?? r));
  const named = (whole: Stance, part: Stance, rule: string): EventStance[] =>
    regions.map((region) => ({ region, stance: partial.has(region) ? part : whole, basis: 'named' as const, rule }));
  const front = fronts.find((f) => f.holder === e.actor || f.defender === e.actor) ?? null;
  const many = (list: string[], stance: Stance, basis: StanceBasis, rule: string): EventStance[] =>
    [...new Set(list.map((r) => aliases[r] ?? r))].map((region) => ({ region, stance, basis, rule }));
  if (e.issue === 'ceasefire') {
    if (!e.frontLine || e.type === 'REJECT' || e.type === 'THREATEN') return [];
    if (regions.length) return regions.map((region) => ({ region, stance: 'holds_line' as const, basis: 'named' as const, rule: 'freeze-named' }));
    return front ? many(front.regions, 'holds_line', 'front', 'freeze-front') : [];
  }
  if (e.issue !== 'territory') return [];
  if (regions.length) {
    switch (e.type) {
      case 'DEMAND': case 'PROPOSE': case 'THREATEN': return named('claims', 'claims_part', 'demand');
      case 'OFFER': case 'ACCEPT': return named('concedes', 'concedes_part', 'offer');
      case 'REJECT': return named('claims', 'holds_line', 'refuse-to-cede');
    }
  }
  if (!front) return [];
  if (e.actor === front.holder && e.type === 'REJECT') return many(front.regions, 'holds_line', 'front', 'refuse-to-cede-front');
  if (e.actor === front.defender && (e.type === 'REJECT' || e.type === 'DEMAND')) return many(front.occupied, 'claims', 'occupied', 'defender-claims-occupied');
  return [];
}

/** The front data from the lexicon (fronts.json), or none when the lexicon cannot be loaded. */
export async function loadFronts(lexiconDirs: string[] = []): Promise<Front[]> {
  try {
    const spec = '../lexicon/load.js';
    const mod = (await import(spec)) as { loadLexicon: (dirs: string[]) => { fronts?: Front[] } };
    return mod.loadLexicon(lexiconDirs).fronts ?? [];
  } catch {
    return [];
  }
}
