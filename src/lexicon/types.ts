// Shapes of the lexicon data files (src/lexicon/data/*.json). Everything the extractor knows
// about a negotiation's parties, people, places, outlets and vocabulary is data of these shapes.

/** A party: a state, an organisation or a group. `code` is what claims carry as actor. */
export interface ActorEntry {
  code: string;
  name: string;
  kind: 'state' | 'organisation' | 'group';
  /** Names that refer to the party itself: "Russia", "the Russian Federation". */
  names: string[];
  /** Adjectives / demonyms: "Russian". Used for "the Russian side", "Russian officials". */
  adjectives?: string[];
  /** Metonyms: capitals and seats of power: "Moscow", "the Kremlin". */
  metonyms?: string[];
  /**
   * Strings of this entry (names, adjectives or metonyms) that are also ordinary words, person names,
   * other places, or shared with another party ("Turkey", "Chad", "Jordan", "Georgia", "Congo",
   * "Minsk" = the Minsk agreements): a matcher should want supporting context before taking them.
   */
  ambiguous?: string[];
  /** States only: true for the 193 UN member states, false for observer states (the Holy See). */
  unMember?: boolean;
  /**
   * Groups only: the states a group with no actor code of its own in the spec speaks for ("the G7 leaders
   * demanded …" is one claim per member state, spec §3 rule 8). Claims never carry such a group's code.
   */
  members?: string[];
}

/** An earlier or later role of a person, with the descriptions that point to them while they held it. */
export interface PersonRole {
  role: string;
  /** The party the person spoke for in this role, when not `PersonEntry.party` (Rutte as Dutch PM). */
  party?: string;
  /** ISO date (YYYY-MM-DD), inclusive. */
  from?: string;
  /** ISO date, exclusive: the day the successor took over. */
  to?: string;
  descriptions: string[];
}

/** A person who speaks for a party. */
export interface PersonEntry {
  name: string;
  party: string;
  role?: string;
  /** Every spelling: "Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky". */
  names: string[];
  /** Descriptions that refer to this person: "the Russian leader", "the Russian president". */
  descriptions?: string[];
  /** Pronoun gender for "he"/"she" resolution. */
  gender?: 'm' | 'f';
  /**
   * Tenure of `role`: `descriptions` point to this person only from `from` (inclusive, ISO date) to
   * `to` (exclusive: the day the successor took over). Names apply at all times. A description whose
   * holder changes ("the US president": Biden to 2025-01-20, Trump from 2025-01-20) is on every holder.
   */
  from?: string;
  to?: string;
  /** Other roles over time, each with its own descriptions and dates (Shoigu as defence minister to 2024). */
  roles?: PersonRole[];
  /** Names that are also common first names, other people's surnames or ordinary words ("Austin", "Johnson"). */
  ambiguous?: string[];
}

export interface PlaceEntry {
  /** ISO 3166-2 code, e.g. "UA-14". */
  code: string;
  name: string;
  country: string;
  kind: string;
  /** Area in km² (public figures); used for position tracking. */
  area_km2: number | null;
  names: string[];
  /** Scoring equivalence: Sevastopol is scored as Crimea. */
  scoredAs?: string;
  /** Towns, districts and landmarks in the region that stand for it in claims ("Kramatorsk" → UA-14). */
  settlements?: string[];
  /** Names or settlements that are also other things (e.g. "DPR", also a North Korean abbreviation). */
  ambiguous?: string[];
}

export interface PlaceGroupEntry {
  name: string;
  names: string[];
  members: string[];
  reason: string;
}

export interface OutletEntry {
  /** Canonical name as scored ("Financial Times", "Reuters"). */
  name: string;
  names: string[];
  /** Aliases that are also ordinary words or other things ("Time", "Fox", "RT"): take them only in a credit. */
  ambiguous?: string[];
}

/**
 * A conflict's line of contact, for positions (spec §6): a freeze of "the front" with no region named
 * stands for every region the front crosses; a refusal to cede with no region named stands for the
 * regions the holder occupies (from the other side) or for the front (from the holder's side).
 */
export interface FrontEntry {
  name: string;
  /** The party holding ground beyond its own borders (RUS), and the party whose regions those are (UKR). */
  holder: string;
  defender: string;
  /** Regions the line of contact crosses, as negotiators use "the front" (see reason). */
  regions: string[];
  /** Regions the holder occupies in whole or in part (the defender's "all occupied territory"). */
  occupied: string[];
  reason: string;
}

export interface LexiconData {
  actors: ActorEntry[];
  people: PersonEntry[];
  places: PlaceEntry[];
  placeGroups: PlaceGroupEntry[];
  outlets: OutletEntry[];
  fronts: FrontEntry[];
}
