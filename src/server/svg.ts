// Inline SVG charts: the position timeline and the schematic region map. Geometry goes in presentation
// attributes, colours in the stylesheet (classes), never in style attributes (the CSP forbids them).
import { html, join, seg, type SafeHtml } from './html.js';
import type { MapModel, Timeline } from './models.js';

const TYPE_ORDER = ['DEMAND', 'PROPOSE', 'OFFER', 'ACCEPT', 'REJECT', 'THREATEN'];
const DAY = 86_400_000;
const t = (d: string) => Date.parse(d + 'T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const r1 = (n: number) => Math.round(n * 10) / 10;

export const CHANGE_ARROW: Record<string, string> = { tougher: '▲', softer: '▼', reframed: '◆', unchanged: '=' };

export function km2(n: number | null | undefined): string {
  return n == null ? '—' : `${Math.round(n).toLocaleString('en-US')} km²`;
}

/** A mark whose shape says the claim type (colour comes from the class). */
function mark(type: string, x: number, y: number): SafeHtml {
  const s = 6;
  const cls = `mark t-${type.toLowerCase()}`;
  switch (type) {
    case 'DEMAND': return html`<circle class="${cls}" cx="${r1(x)}" cy="${r1(y)}" r="${s}"/>`;
    case 'OFFER': return html`<rect class="${cls}" x="${r1(x - s)}" y="${r1(y - s)}" width="${2 * s}" height="${2 * s}"/>`;
    case 'PROPOSE': return html`<path class="${cls}" d="M${r1(x)} ${r1(y - s - 1)}L${r1(x + s + 1)} ${r1(y)}L${r1(x)} ${r1(y + s + 1)}L${r1(x - s - 1)} ${r1(y)}Z"/>`;
    case 'ACCEPT': return html`<path class="${cls}" d="M${r1(x)} ${r1(y - s)}L${r1(x + s)} ${r1(y + s)}L${r1(x - s)} ${r1(y + s)}Z"/>`;
    case 'REJECT': return html`<path class="${cls} cross" d="M${r1(x - s)} ${r1(y - s)}L${r1(x + s)} ${r1(y + s)}M${r1(x + s)} ${r1(y - s)}L${r1(x - s)} ${r1(y + s)}"/>`;
    default: return html`<path class="${cls}" d="M${r1(x - s)} ${r1(y - s)}L${r1(x + s)} ${r1(y - s)}L${r1(x)} ${r1(y + s)}Z"/>`;
  }
}

/** Month ticks between two instants, thinned to at most ~10. */
function monthTicks(from: number, to: number): number[] {
  const ticks: number[] = [];
  const d = new Date(from);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth() + 1;
  for (;;) {
    if (m > 11) { m = 0; y++; }
    const ms = Date.UTC(y, m, 1);
    if (ms > to) break;
    ticks.push(ms);
    m++;
  }
  const step = Math.max(1, Math.ceil(ticks.length / 10));
  return ticks.filter((_, i) => i % step === 0);
}

/** Rough width of a label in the chart's 11px font (for placing labels without overlap). */
const textWidth = (s: string) => s.length * 6.2 + 4;

/** Buckets for change labels: each step when few, else months (quarters over long spans), so labels never pile up. */
function changeBuckets(steps: Timeline['steps'], spanDays: number): Array<{ date: string; counts: Record<string, number>; steps: number }> {
  const unit = steps.length <= 40 ? 'step' : spanDays > 4 * 365 ? 'quarter' : 'month';
  const key = (d: string) => unit === 'step' ? d : unit === 'month' ? d.slice(0, 7) + '-15' : `${d.slice(0, 4)}-${String(Math.floor((Number(d.slice(5, 7)) - 1) / 3) * 3 + 2).padStart(2, '0')}-15`;
  const out = new Map<string, { date: string; counts: Record<string, number>; steps: number }>();
  for (const s of steps) {
    if (!s.change) continue;
    const k = key(s.date);
    let b = out.get(k);
    if (!b) { b = { date: k, counts: {}, steps: 0 }; out.set(k, b); }
    b.counts[s.change] = (b.counts[s.change] ?? 0) + 1;
    b.steps++;
  }
  return [...out.values()];
}

/**
 * The position over time. Territory: km² claimed / conceded whole as step lines, then one band per
 * region coloured by its stance (partial stances hatched, implied dates dashed); every position: change
 * labels (grouped by month or quarter when dense, never overlapping) and events as marks in type lanes.
 */
export function timelineChart(tl: Timeline): SafeHtml {
  const W = 920;
  const left = 150;
  const right = 24;
  const top = 40;
  const areaH = tl.territorial ? 110 : 0;
  const bandH = 16;
  const bandsTop = top + areaH + (tl.territorial ? 24 : 0);
  const bandsH = tl.territorial ? tl.bands.length * bandH : 0;
  const laneH = 22;
  const lanes = TYPE_ORDER.filter((ty) => tl.steps.some((s) => s.events.some((e) => e.type === ty || e.types.includes(ty))));
  const laneOf = (e: { type: string }) => Math.max(0, lanes.indexOf(e.type));
  const lanesTop = bandsTop + bandsH + 18;
  const H = lanesTop + lanes.length * laneH + 30;
  const dates = tl.steps.map((s) => t(s.date));
  let min = Math.min(...dates);
  let max = Math.max(...dates);
  if (!Number.isFinite(min)) { min = Date.now() - 30 * DAY; max = Date.now(); }
  const pad = Math.max(7 * DAY, (max - min) * 0.04);
  min -= pad; max += pad;
  const x = (ms: number) => left + ((ms - min) / (max - min)) * (W - left - right);
  const parts: SafeHtml[] = [];
  parts.push(html`<defs><pattern id="hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"/><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>`);
  for (const tick of monthTicks(min, max)) {
    const xx = r1(x(tick));
    parts.push(html`<line class="grid" x1="${xx}" y1="${top - 4}" x2="${xx}" y2="${H - 24}"/><text class="tick" x="${xx}" y="${H - 8}" text-anchor="middle">${iso(tick).slice(0, 7)}</text>`);
  }
  // change labels: greedy placement left to right; a label that would overlap the previous one is shown as a tick only
  let lastEnd = -Infinity;
  for (const b of changeBuckets(tl.steps, (max - min) / DAY)) {
    const xx = x(t(b.date));
    const order = ['tougher', 'softer', 'reframed', 'unchanged'].filter((c) => b.counts[c]);
    const label = b.steps === 1 ? `${CHANGE_ARROW[order[0]]} ${order[0]}` : order.map((c) => `${CHANGE_ARROW[c]}${b.counts[c]}`).join(' ');
    const main = order.find((c) => c !== 'unchanged') ?? 'unchanged';
    const w = textWidth(label);
    const detail = order.map((c) => `${b.counts[c]} ${c}`).join(', ');
    if (xx - w / 2 > lastEnd + 2 && xx + w / 2 <= W) {
      parts.push(html`<text class="${`change c-${main}`}" x="${r1(xx)}" y="${top - 14}" text-anchor="middle">${label}<title>${b.date.slice(0, 7)}: ${detail}</title></text>`);
      lastEnd = xx + w / 2;
    } else {
      parts.push(html`<line class="${`change-tick c-${main}`}" x1="${r1(xx)}" y1="${top - 22}" x2="${r1(xx)}" y2="${top - 12}"><title>${b.date}: ${detail}</title></line>`);
    }
  }
  if (tl.territorial) {
    const maxKm = Math.max(1, ...tl.steps.map((s) => Math.max(s.claims_km2, s.concedes_km2)));
    const y = (v: number) => top + areaH - (v / maxKm) * areaH;
    parts.push(html`<text class="axis-label" x="${left - 8}" y="${r1(top + 4)}" text-anchor="end">${km2(maxKm)}</text><text class="axis-label" x="${left - 8}" y="${r1(top + areaH)}" text-anchor="end">0 km²</text>`);
    parts.push(html`<line class="axis" x1="${left}" y1="${r1(top + areaH)}" x2="${W - right}" y2="${r1(top + areaH)}"/>`);
    for (const [key, cls] of [['claims_km2', 'line-dem'], ['concedes_km2', 'line-off']] as const) {
      let d = '';
      tl.steps.forEach((s, i) => {
        const x0 = x(t(s.date));
        const x1 = i + 1 < tl.steps.length ? x(t(tl.steps[i + 1].date)) : W - right;
        d += `${i === 0 ? 'M' : 'L'}${r1(x0)} ${r1(y(s[key]))}H${r1(x1)}`;
      });
      if (d) parts.push(html`<path class="${cls}" d="${d}"/>`);
    }
    // the band view: one row per region, coloured by stance over time
    tl.bands.forEach((b, i) => {
      const yy = bandsTop + i * bandH;
      parts.push(html`<text class="band-label" x="${left - 8}" y="${r1(yy + bandH - 4)}" text-anchor="end">${b.name} (${b.region})</text>`);
      for (const sgm of b.segments) {
        const x0 = x(t(sgm.from));
        const x1 = sgm.to ? x(t(sgm.to)) : W - right;
        parts.push(html`<rect class="${`band st-${sgm.stance}${sgm.implied ? ' implied' : ''}`}" x="${r1(x0)}" y="${r1(yy + 1)}" width="${r1(Math.max(1.5, x1 - x0))}" height="${bandH - 2}"><title>${b.name} (${b.region}): ${sgm.stance} from ${sgm.from}${sgm.implied ? ' (implied date)' : ''}${sgm.to ? ' to ' + sgm.to : ''}</title></rect>${sgm.stance.endsWith('_part') ? html`<rect class="tile-hatch" x="${r1(x0)}" y="${r1(yy + 1)}" width="${r1(Math.max(1.5, x1 - x0))}" height="${bandH - 2}"/>` : ''}`);
      }
    });
  }
  lanes.forEach((ty, i) => {
    const yy = lanesTop + i * laneH + laneH / 2;
    parts.push(html`<line class="lane" x1="${left}" y1="${r1(yy)}" x2="${W - right}" y2="${r1(yy)}"/><text class="lane-label" x="${left - 8}" y="${r1(yy + 4)}" text-anchor="end">${ty}</text>`);
  });
  // Dense positions (hundreds of steps): one mark per step and type, linking to its first event.
  const dense = tl.steps.reduce((n, s) => n + s.events.length, 0) > 400;
  for (const s of tl.steps) {
    const seenTypes = new Set<string>();
    for (const e of s.events) {
      if (dense) { if (seenTypes.has(e.type)) continue; seenTypes.add(e.type); }
      const yy = lanesTop + laneOf(e) * laneH + laneH / 2;
      const x0 = x(t(s.date));
      const label = `${e.type} ${s.date}${e.implied ? ' (implied: publication date)' : ''}: ${e.quote} (${e.outlets} outlet${e.outlets === 1 ? '' : 's'})`;
      parts.push(html`<a href="${`/events/${seg(e.id)}`}" class="${`event-mark${e.implied ? ' implied' : ''}`}" data-event="${e.id}">${mark(e.type, x0, yy)}<title>${label}</title></a>`);
    }
  }
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${`${tl.actor} ${tl.issue} position over time`}">${join(parts)}</svg>`;
}

/** The schematic tile map, each region coloured by the shown actor's stance as of the map's date (partial stances hatched). */
export function mapChart(m: MapModel): SafeHtml {
  const S = 84;
  const G = 4;
  const cols = Math.max(...m.regions.map((r) => r.col)) + 1;
  const rows = Math.max(...m.regions.map((r) => r.row)) + 1;
  const W = cols * (S + G) + G;
  const H = rows * (S + G) + G;
  const SHORT: Record<string, string> = { claims: 'claims', claims_part: 'claims part', holds_line: 'holds line', concedes_part: 'concedes part', concedes: 'concedes' };
  const defs = html`<defs><pattern id="hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect class="hatch-bg" width="8" height="8"/><line class="hatch-line" x1="0" y1="0" x2="0" y2="8"/></pattern></defs>`;
  const tiles = m.regions.map((r) => {
    const x = G + r.col * (S + G);
    const y = G + r.row * (S + G);
    const st = r.stances[0];
    const who = st ? `${st.actor} ${st.stance} since ${st.since}; events: ${st.events.map((e) => `${e.id} (${e.outlets} outlet${e.outlets === 1 ? '' : 's'}) “${e.quote}”`).join('; ')}` : 'no stance';
    const line = st ? html`<text class="tile-who" x="${x + 6}" y="${y + 44}">${SHORT[st.stance]}</text>` : '';
    return html`<a href="${`/search?region=${seg(r.code)}`}" class="tile-link" data-region="${r.code}"><rect class="${`tile st-${r.status}${r.foreign ? ' foreign' : ''}`}" x="${x}" y="${y}" width="${S}" height="${S}" rx="6"/>${r.partial ? html`<rect class="tile-hatch" x="${x}" y="${y}" width="${S}" height="${S}" rx="6"/>` : ''}<text class="tile-label" x="${x + 6}" y="${y + 16}">${r.label}</text><text class="tile-code" x="${x + 6}" y="${y + 28}">${r.code}</text>${line}<title>${r.name} (${r.code}${r.km2 ? ', ' + km2(r.km2) : ''}) as of ${m.date}: ${who}</title></a>`;
  });
  return html`<svg class="map" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${`Schematic map of ${m.actor ?? 'no'} stances as of ${m.date}`}">${defs}${tiles}</svg>`;
}
