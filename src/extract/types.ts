// The claim: one negotiating position of one party as an article reports it (spec §1–2).

export const CLAIM_TYPES = ['DEMAND', 'OFFER', 'PROPOSE', 'ACCEPT', 'REJECT', 'THREATEN'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** A date as the spec writes it: 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or a range; null when unknowable. */
export type DateValue = string | { from: string; to: string } | null;

export interface ClaimDate {
  /** extract() always gives a day range {from, to} or null (finish.ts); the other shapes are the spec's, read from older data. */
  value: DateValue;
  /** 'text': read from a time expression; 'default': implied (publication window); 'none': unknowable. */
  basis: 'text' | 'default' | 'none';
  /** The words the date was read from, when basis is 'text'. */
  text?: string;
  span?: [number, number];
}

export interface ClaimSource {
  /** The outlet the text credits, else the publisher. */
  outlet: string | null;
  /** Number of sources when the text gives one. */
  count?: number;
  /** true when the text credits the outlet ("told Reuters"); false when it is the publisher by default. */
  credited: boolean;
  /** 'named' when a named person speaks; 'anonymous' for unnamed sources; 'unstated' otherwise. */
  attribution: 'named' | 'anonymous' | 'unstated';
  text?: string;
}

export interface Mention {
  kind: 'actor' | 'place' | 'date' | 'source' | 'cue' | 'issue';
  text: string;
  span: [number, number];
  /** actor/party code, ISO 3166-2 code, claim type, or issue. */
  value: string;
}

export interface Claim {
  /** "<doc>#<n>", stable for the same input and rules. */
  id: string;
  doc: string;
  actor: string;
  type: ClaimType;
  issue: string;
  target?: string;
  regions: string[];
  /** Regions of `regions` named only in part ("parts of Zaporizhzhia", "the rest of Donetsk"); absent when none. */
  partial?: string[];
  date: ClaimDate;
  source: ClaimSource;
  /** Ids of claims of the same article this one is conditioned on. */
  conditions: string[];
  /** How firmly the position is stated. */
  modality: 'asserted' | 'possible' | 'conditional' | 'reported-past';
  negated: boolean;
  quote: string;
  /** Offsets into the cleaned body. */
  span: [number, number];
  /** Offsets into the raw body (before boilerplate removal). */
  rawSpan: [number, number];
  /** Sentence offsets into the cleaned body. */
  sentence: [number, number];
  /** Which rule fired, e.g. "cue:demand-that". */
  rule: string;
  /** Other places in the article that state the same claim (merged per spec §3 rule 1). */
  evidence: Array<{ quote: string; span: [number, number] }>;
  mentions: Mention[];
}
