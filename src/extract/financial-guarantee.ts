// A guarantee of money or legal risk is no security guarantee (spec §2 `security_guarantees`: guarantees for Ukraine,
// foreign or peacekeeping forces). "Belgium demanded firm guarantees from other member states that it will not be
// left alone to face Russian lawsuits", "insisted on guarantees that other member states would share the legal risk":
// a state's guarantee against liability over the frozen assets. The word names no issue of its own there; the stance
// keeps the issue the rest of its words name (the frozen assets: sanctions), or none.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const financialGuarantee = defineRule({
  id: 'content/financial-guarantee', stage: 'content',
  reason: 'A guarantee given by fellow members of a union or against a legal or financial risk ("guarantees from other member states", "guarantees that other member states would share the legal risk", "guarantees against lawsuits", "a guarantee of repayment") is no security guarantee for a party at war: the security_guarantees term names nothing there, and the stance takes the issue of its other words, or none. Words of the window after the guarantee noun: \'markers\' (member states, risk, liability, lawsuits, losses, repayment, budget), within \'window\' words, before a clause ends.',
});

const WINDOW = 14;

/** The security-guarantee term at [i, end) is a guarantee of money or legal risk (content/financial-guarantee). */
export function financialGuaranteeAt(doc: Doc, i: number, end: number): boolean {
  const { tokens } = doc;
  // (The term may run past the noun: "guarantees that".)
  let noun = false;
  for (let k = i; k < end && !noun; k++) noun = /guarantee/.test(tokens[k].lower);
  if (!noun) return false;
  const markers = doc.index.words(financialGuarantee.id, 'markers');
  const s = doc.sentences[doc.sentenceOf[i] ?? 0];
  for (let k = end; k < Math.min(end + WINDOW, s.tEnd); k++) {
    const x = tokens[k].lower;
    if (x === ';' || x === ':' || x === 'but') return false;
    if (markers.has(x) || markers.has(`${x} ${tokens[k + 1]?.lower ?? ''}`)) return true;
  }
  return false;
}
