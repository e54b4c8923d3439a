// Changes and positions in words (spec §6: "each change is explained"): the text the CLI prints with
// --explain and the timeline page shows, built from the same data the JSON carries.
import type { ClaimType } from '../extract/types.js';
import type { Change, Position, PositionStep, RegionMove, RegionStance } from './positions.js';

const km = (n: number) => n.toLocaleString('en-US');
const move = (m: RegionMove) => `${m.name} ${m.from ?? '—'} → ${m.to ?? '—'}`;
const outlets = (n: number) => `${n} outlet${n === 1 ? '' : 's'}`;

/** "tougher: Donetsk holds_line → claims, Luhansk holds_line → claims (+53,201 km²)". */
export function explainChange(c: Change, other?: { prevTypes: ClaimType[]; nextTypes: ClaimType[] }): string {
  if (other) {
    if (c.reversal) return `reframed (reversal): ${c.reversal.from} → ${c.reversal.to}`;
    if (c.label === 'unchanged') return `unchanged: ${other.nextTypes.join(', ')}`;
    return `reframed: ${other.prevTypes.join(', ')} → ${other.nextTypes.join(', ')}`;
  }
  const parts: string[] = [];
  const amount = (sign: string, n: number, partial: boolean) => (n ? `${sign}${partial ? 'up to ' : ''}${km(n)} km²` : '');
  if (c.up.length) parts.push(c.up.map(move).join(', ') + (c.up_km2 ? ` (${amount('+', c.up_km2, c.up_partial)})` : ''));
  if (c.down.length) parts.push(c.down.map(move).join(', ') + (c.down_km2 ? ` (${amount('−', c.down_km2, c.down_partial)})` : ''));
  let text = `${c.label}${parts.length ? ': ' + parts.join('; ') : ''}`;
  if (c.stated.length) text += `; newly stated: ${c.stated.map((m) => `${m.name} ${m.to}`).join(', ')}`;
  if (c.unstated.length) text += `; no longer stated: ${c.unstated.map((m) => m.name).join(', ')}`;
  return text;
}

/** "Donetsk claims, Zaporizhzhia concedes_part, …" */
export function describeStances(stances: RegionStance[]): string {
  return stances.length ? stances.map((s) => `${s.name} ${s.stance}`).join(', ') : 'no region stated';
}

/** A few words for a step: the stances for territory, else the types held. */
export function summarizeStep(step: PositionStep, territorial: boolean): string {
  return territorial ? describeStances(step.stances) : step.types.join(', ');
}

/** The story of one position as a short numbered narrative. */
export function narrative(p: Position, actorName: string = p.actor): string[] {
  const territorial = p.issue === 'territory';
  return p.steps.map((s, i) => {
    const when = `${s.date}${s.implied ? ' (implied: publication date)' : ''}`;
    const ev = s.evidence.map((e) => `${e.id} (${outlets(e.outlets)})`).join(', ');
    if (!s.change) {
      const what = territorial ? describeStances(s.stated.length ? s.stated : s.stances) : s.types.join(', ');
      return `${i + 1}. ${when}: ${actorName} first states ${p.issue}: ${what}. Evidence: ${ev}.`;
    }
    const pos = territorial ? ` Position: ${describeStances(s.stances)}.` : '';
    return `${i + 1}. ${when}: ${s.change.text}.${pos} Evidence: ${ev}.`;
  });
}
