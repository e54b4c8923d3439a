// The flat evaluation record of spec §4: what `extract --format eval` writes and what the scorer reads.
import type { Claim, DateValue } from '../extract/types.js';
import { compactDate } from '../util/dates.js';

export interface EvalRecord {
  doc: string;
  id: string;
  actor: string;
  type: string;
  issue: string;
  target?: string;
  regions: string[];
  date: DateValue;
  source: { outlet: string | null; count?: number };
  conditions?: string[];
  quote: string;
  /** Offsets into the raw article body (the text after the header block). */
  span: [number, number];
}

/** Flattens a claim; optional fields are left out when empty. Keys in spec §4 order. */
export function toEvalRecord(claim: Claim): EvalRecord {
  const source: EvalRecord['source'] = { outlet: claim.source.outlet };
  if (claim.source.count != null) source.count = claim.source.count;
  return {
    doc: claim.doc,
    id: claim.id,
    actor: claim.actor,
    type: claim.type,
    issue: claim.issue,
    ...(claim.target ? { target: claim.target } : {}),
    regions: [...claim.regions],
    // The spec's shortest form: a day as 'YYYY-MM-DD', a whole month as 'YYYY-MM', else {from, to}.
    date: compactDate(claim.date.value),
    source,
    ...(claim.conditions?.length ? { conditions: [...claim.conditions] } : {}),
    quote: claim.quote,
    span: [claim.rawSpan[0], claim.rawSpan[1]],
  };
}

/**
 * One JSON Lines line, without the line break: the record of toEvalRecord, built as one object literal of a
 * single shape, an absent optional field as undefined (JSON.stringify leaves it out, so the line is the same).
 * toEvalRecord's spreads built objects of several shapes and copied the arrays, and stringifying them took ~3%
 * of `extract --format eval` on news text (speed, issue 7). test/eval/record.test.ts compares the two.
 */
export function formatEvalRecord(claim: Claim): string {
  const count = claim.source.count;
  return JSON.stringify({
    doc: claim.doc,
    id: claim.id,
    actor: claim.actor,
    type: claim.type,
    issue: claim.issue,
    target: claim.target ? claim.target : undefined,
    regions: claim.regions,
    date: compactDate(claim.date.value),
    source: count != null ? { outlet: claim.source.outlet, count } : { outlet: claim.source.outlet },
    conditions: claim.conditions?.length ? claim.conditions : undefined,
    quote: claim.quote,
    span: [claim.rawSpan[0], claim.rawSpan[1]],
  });
}
