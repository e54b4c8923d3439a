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
}

export interface LexiconData {
  actors: ActorEntry[];
  people: PersonEntry[];
  places: PlaceEntry[];
  placeGroups: PlaceGroupEntry[];
  outlets: OutletEntry[];
}
