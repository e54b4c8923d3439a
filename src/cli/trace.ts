// `parley extract --trace`: every rule decision on every candidate, one line each, under the sentence
// it belongs to, so a user can see why a claim was made, changed or dropped.
import type { TraceEvent } from '../extract/rules/registry.js';

const clip = (s: string, n: number) => { const t = s.replace(/\s+/g, ' '); return t.length > n ? t.slice(0, n - 1) + '…' : t; };

export function formatTraceEvent(e: TraceEvent): string {
  if (e.rule === 'sentence') return `\n  ¶ ${e.span[0]}-${e.span[1]} “${clip(e.text, 110)}”`;
  return `    ${e.rule.padEnd(34)} ${e.decision.padEnd(6)} “${clip(e.text, 40)}”  ${e.detail}`;
}
