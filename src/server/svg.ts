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

/** The position over time: km² demanded/offered as step lines (territory), events as marks in type lanes, change labels. */
export function timelineChart(tl: Timeline): SafeHtml {
  const W = 920;
  const left = 92;
  const right = 24;
  const top = 34;
  const areaH = tl.territorial ? 150 : 0;
  const gap = tl.territorial ? 26 : 0;
  const laneH = 26;
  const lanes = TYPE_ORDER.filter((ty) => tl.steps.some((s) => s.events.some((e) => e.type === ty || e.types.includes(ty))));
  const laneOf = (e: { type: string }) => Math.max(0, lanes.indexOf(e.type));
  const lanesTop = top + areaH + gap;
  const H = lanesTop + lanes.length * laneH + 34;
  const dates = tl.steps.map((s) => t(s.date));
  for (const s of tl.steps) for (const e of s.events) if (e.date_end) dates.push(t(e.date_end));
  let min = Math.min(...dates);
  let max = Math.max(...dates);
  if (!Number.isFinite(min)) { min = Date.now() - 30 * DAY; max = Date.now(); }
  const pad = Math.max(7 * DAY, (max - min) * 0.04);
  min -= pad; max += pad;
  const x = (ms: number) => left + ((ms - min) / (max - min)) * (W - left - right);
  const parts: SafeHtml[] = [];
  // axis and month grid
  for (const tick of monthTicks(min, max)) {
    const xx = r1(x(tick));
    parts.push(html`<line class="grid" x1="${xx}" y1="${top - 6}" x2="${xx}" y2="${H - 26}"/><text class="tick" x="${xx}" y="${H - 10}" text-anchor="middle">${iso(tick).slice(0, 7)}</text>`);
  }
  if (tl.territorial) {
    const maxKm = Math.max(1, ...tl.steps.map((s) => Math.max(s.demanded_km2, s.offered_km2)));
    const y = (v: number) => top + areaH - (v / maxKm) * areaH;
    parts.push(html`<text class="axis-label" x="${left - 8}" y="${r1(top + 4)}" text-anchor="end">${km2(maxKm)}</text><text class="axis-label" x="${left - 8}" y="${r1(top + areaH)}" text-anchor="end">0</text>`);
    parts.push(html`<line class="axis" x1="${left}" y1="${r1(top + areaH)}" x2="${W - right}" y2="${r1(top + areaH)}"/>`);
    for (const [key, cls] of [['demanded_km2', 'line-dem'], ['offered_km2', 'line-off']] as const) {
      let d = '';
      tl.steps.forEach((s, i) => {
        const x0 = x(t(s.date));
        const x1 = i + 1 < tl.steps.length ? x(t(tl.steps[i + 1].date)) : W - right;
        const yy = y(s[key]);
        d += `${i === 0 ? 'M' : 'L'}${r1(x0)} ${r1(yy)}H${r1(x1)}`;
      });
      if (d) parts.push(html`<path class="${cls}" d="${d}"/>`);
    }
    tl.steps.forEach((s) => {
      const xx = x(t(s.date));
      parts.push(html`<circle class="dot-dem" cx="${r1(xx)}" cy="${r1(y(s.demanded_km2))}" r="3"><title>${s.date}: demands ${km2(s.demanded_km2)}</title></circle>`);
      parts.push(html`<circle class="dot-off" cx="${r1(xx)}" cy="${r1(y(s.offered_km2))}" r="3"><title>${s.date}: offers ${km2(s.offered_km2)}</title></circle>`);
    });
  }
  // change labels between steps
  tl.steps.forEach((s, i) => {
    if (!s.change) return;
    const xx = x(t(s.date));
    const yy = i % 2 === 0 ? top - 16 : top - 4;
    parts.push(html`<text class="change c-${s.change}" x="${r1(xx)}" y="${yy}" text-anchor="middle">${CHANGE_ARROW[s.change] ?? ''} ${s.change}</text>`);
  });
  // lanes
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
      const x0 = x(t(e.date_start ?? s.date));
      const range = !dense && e.date_end && e.date_start && e.date_end !== e.date_start
        ? html`<line class="range t-${e.type.toLowerCase()}" x1="${r1(x0)}" y1="${r1(yy)}" x2="${r1(x(t(e.date_end)))}" y2="${r1(yy)}"/>` : '';
      const label = `${e.type} ${e.date_start ?? ''}${e.date_end && e.date_end !== e.date_start ? '…' + e.date_end : ''}: ${e.quote} (${e.outlets} outlet${e.outlets === 1 ? '' : 's'})`;
      parts.push(html`<a href="${`/events/${seg(e.id)}`}" class="event-mark" data-event="${e.id}">${range}${mark(e.type, x0, yy)}<title>${label}</title></a>`);
    }
  }
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${`${tl.actor} ${tl.issue} position over time`}">${join(parts)}</svg>`;
}

/** The schematic tile map, each region coloured by its status as of the map's date. */
export function mapChart(m: MapModel): SafeHtml {
  const S = 84;
  const G = 4;
  const cols = Math.max(...m.regions.map((r) => r.col)) + 1;
  const rows = Math.max(...m.regions.map((r) => r.row)) + 1;
  const W = cols * (S + G) + G;
  const H = rows * (S + G) + G;
  const tiles = m.regions.map((r) => {
    const x = G + r.col * (S + G);
    const y = G + r.row * (S + G);
    const who = r.stances.map((s) => `${s.actor} ${s.stance} (since ${s.since})`).join('; ') || 'no position';
    const lines = r.stances.slice(0, 3).map((s, i) => html`<text class="tile-who" x="${x + 6}" y="${y + 40 + i * 13}">${s.actor} ${s.stance === 'demands' ? 'dem.' : 'off.'}</text>`);
    return html`<a href="${`/search?region=${seg(r.code)}`}" class="tile-link" data-region="${r.code}"><rect class="${`tile s-${r.status}${r.foreign ? ' foreign' : ''}`}" x="${x}" y="${y}" width="${S}" height="${S}" rx="6"/><text class="tile-label" x="${x + 6}" y="${y + 16}">${r.label}</text><text class="tile-code" x="${x + 6}" y="${y + 28}">${r.code}</text>${lines}<title>${r.name} (${r.code}${r.km2 ? ', ' + km2(r.km2) : ''}): ${who}</title></a>`;
  });
  return html`<svg class="map" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${`Schematic map of regions as of ${m.date}`}">${tiles}</svg>`;
}
