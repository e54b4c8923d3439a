// The position timeline as inline SVG, legible at any number of steps and at two widths (desktop and
// phone; the stylesheet shows one). Hundreds of steps stay readable because nothing is drawn per step
// that cannot fit: change labels are grouped by the finest period (step, week, month, quarter, year)
// at which every label fits, events closer than a mark's width become one cluster mark that zooms in,
// bands are drawn per pixel column, and a brush strip over the whole span selects the period shown
// (links without script; drag to select with /static/app.js). Implied dates (no date in the text,
// placed at the publication date) are drawn as such: hollow marks, faded bands.
// Geometry goes in presentation attributes, colours in the stylesheet (the CSP forbids style attributes).
import type { Position, PositionStep } from '../track/index.js';
import { esc, href, html, join, raw, seg, type SafeHtml } from './html.js';
import type { EventBrief } from './data.js';
import { positionBands } from './models.js';

export type ChartLayout = 'wide' | 'narrow';

export interface ChartInput {
  actor: string;
  issue: string;
  territorial: boolean;
  /** Every step of the position (the brush shows them all). */
  position: Position;
  /** The period shown, or null for the whole span. */
  window: { from: string; to: string } | null;
  /** Steps in the window: [start, end) indexes into position.steps. */
  start: number;
  end: number;
  /** Every event of the position in brief. */
  events: Map<string, EventBrief>;
  /** The page's path, for zoom links. */
  base: string;
}

const DAY = 86_400_000;
const TYPE_ORDER = ['DEMAND', 'PROPOSE', 'OFFER', 'ACCEPT', 'REJECT', 'THREATEN'];
export const CHANGES = ['tougher', 'softer', 'reframed', 'unchanged'] as const;
export const CHANGE_ARROW: Record<string, string> = { tougher: '▲', softer: '▼', reframed: '◆', unchanged: '=' };
const ARROW_CHANGE: Record<string, string> = Object.fromEntries(Object.entries(CHANGE_ARROW).map(([c, a]) => [a, c]));

/** Day → epoch ms, remembered (the same few thousand days are parsed on every request). */
const parsed = new Map<string, number>();
const ms = (d: string): number => {
  let t = parsed.get(d);
  if (t === undefined) {
    if (parsed.size > 100_000) parsed.clear();
    t = Date.parse(d + 'T00:00:00Z');
    parsed.set(d, t);
  }
  return t;
};
/** Epoch ms → day, remembered (period starts and ends recur on every request). */
const days = new Map<number, string>();
const iso = (t: number): string => {
  let d = days.get(t);
  if (d === undefined) {
    if (days.size > 100_000) days.clear();
    d = new Date(t).toISOString().slice(0, 10);
    days.set(t, d);
  }
  return d;
};
const ISO_DAY = /^\d{4}-\d\d-\d\d$/;
/**
 * A zoom link's href for a double-quoted attribute (what esc(href(base, { from, to })) gives, without
 * URLSearchParams, and with '=' as itself: a chart holds hundreds of these links, and the values are days or
 * percent-encoded, which holds no quote).
 */
function zoomHref(baseEsc: string, from: string, to: string): string {
  return `${baseEsc}?from=${ISO_DAY.test(from) ? from : esc(encodeURIComponent(from))}&amp;to=${ISO_DAY.test(to) ? to : esc(encodeURIComponent(to))}`;
}
const r1 = (n: number) => Math.round(n * 10) / 10;
/**
 * A coordinate in tenths of a pixel as text, exactly String(r1(n)) but from integers: V8 turns a double
 * into text several times slower than an integer, and a long position's chart writes thousands of them.
 */
export const f1 = (n: number): string => {
  const t = Math.round(n * 10);
  const q = (t / 10) | 0;
  const r = t - q * 10;
  return r === 0 ? String(q) : t < 0 ? `${q === 0 ? '-0' : q}.${-r}` : `${q}.${r}`;
};

/**
 * A generous estimate of a label's width in px (system sans-serif): labels are placed apart by these
 * widths, so an estimate on the large side keeps them from touching (the browser test measures them).
 */
export function textWidth(s: string, size = 11): number {
  let w = 0;
  for (const ch of s) {
    if ('▲▼◆'.includes(ch)) w += 11;
    else if (ch === ' ') w += 3.4;
    else if (/[A-Z0-9²]/.test(ch)) w += 7.6;
    else if (/[mw]/.test(ch)) w += 9.4;
    else if (/[il.,:;'()|-]/.test(ch)) w += 3.8;
    else w += 6.6;
  }
  return (w * size) / 11 + 2;
}

/** Shortens a label to a width, keeping its end (the region code) when `keepEnd` is given. */
function fitText(s: string, width: number, size: number, keepEnd = ''): string {
  if (textWidth(s + keepEnd, size) <= width) return s + keepEnd;
  let t = s;
  while (t.length > 1 && textWidth(t + '…' + keepEnd, size) > width) t = t.slice(0, -1);
  return t + '…' + keepEnd;
}

interface Geometry {
  W: number;
  left: number;
  right: number;
  /** Row labels above their rows (phone) instead of in the left margin (desktop). */
  above: boolean;
  /** Smallest distance between two event marks before they merge into one cluster. */
  markGap: number;
  kmH: number;
  bandH: number;
  laneH: number;
}

const GEOMETRY: Record<ChartLayout, Geometry> = {
  wide: { W: 920, left: 156, right: 22, above: false, markGap: 16, kmH: 90, bandH: 16, laneH: 22 },
  narrow: { W: 360, left: 8, right: 8, above: true, markGap: 13, kmH: 64, bandH: 12, laneH: 18 },
};

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The start of the period holding t. */
function periodStart(t: number, unit: Unit): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'day': return Date.UTC(y, m, d.getUTCDate());
    case 'week': { const day = Date.UTC(y, m, d.getUTCDate()); return day - ((d.getUTCDay() + 6) % 7) * DAY; }
    case 'month': return Date.UTC(y, m, 1);
    case 'quarter': return Date.UTC(y, m - (m % 3), 1);
    case 'year': return Date.UTC(y, 0, 1);
  }
}

function nextPeriod(t: number, unit: Unit): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'day': return t + DAY;
    case 'week': return t + 7 * DAY;
    case 'month': return Date.UTC(y, m + 1, 1);
    case 'quarter': return Date.UTC(y, m + 3, 1);
    case 'year': return Date.UTC(y + 1, 0, 1);
  }
}

function periodLabel(t: number, unit: Unit): string {
  const d = iso(t);
  switch (unit) {
    case 'day': case 'week': return d;
    case 'month': return d.slice(0, 7);
    case 'quarter': return `${d.slice(0, 4)} Q${Math.floor(Number(d.slice(5, 7)) / 3) + 1}`;
    case 'year': return d.slice(0, 4);
  }
}

/** The first day and the last day of the period starting at t (for zoom links). */
const periodRange = (t: number, unit: Unit) => ({ from: iso(t), to: iso(nextPeriod(t, unit) - DAY) });

interface Placed { x: number; w: number }

/** Places labels left to right: a label that would come closer than `gap` to the previous one is not placed. */
function placeLabels<T extends Placed>(items: T[], min: number, max: number, gap: number): { placed: T[]; dropped: T[] } {
  const placed: T[] = [];
  const dropped: T[] = [];
  let end = -Infinity;
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    const x = Math.min(Math.max(it.x, min + it.w / 2), max - it.w / 2);
    if (x - it.w / 2 >= end + gap) { placed.push({ ...it, x }); end = x + it.w / 2; } else dropped.push(it);
  }
  return { placed, dropped };
}

/** The time domain of the chart: the window, else the steps' span with a margin. */
function domain(steps: PositionStep[], window: ChartInput['window']): [number, number] {
  if (window) return [ms(window.from), ms(window.to) + DAY];
  if (!steps.length) { const now = Date.now(); return [now - 30 * DAY, now]; }
  const a = ms(steps[0].date);
  const b = ms(steps[steps.length - 1].date);
  const pad = Math.max(7 * DAY, (b - a) * 0.03);
  return [a - pad, b + pad];
}

/**
 * Axis ticks: the finest unit (day, week, month, quarter, year) whose labels fit with room to spare;
 * when the next coarser unit would leave fewer than two ticks, every n-th tick of the finer one.
 */
function axisTicks(t0: number, t1: number, x: (t: number) => number, size: number): Array<{ t: number; label: string }> {
  let prev: { ticks: Array<{ t: number; label: string }>; every: number } | null = null;
  const LENGTH: Record<Unit, number> = { day: DAY, week: 7 * DAY, month: 30.4 * DAY, quarter: 91 * DAY, year: 365 * DAY };
  const room = x(t1) - x(t0);
  for (const unit of ['day', 'week', 'month', 'quarter', 'year'] as Unit[]) {
    // Far more periods than labels could fit (a label is at least 30 px): not worth listing.
    if (unit !== 'year' && (t1 - t0) / LENGTH[unit] > room / 30 * 2) continue;
    const ticks: Array<{ t: number; label: string }> = [];
    for (let t = nextPeriod(periodStart(t0, unit), unit); t <= t1 && ticks.length < 400; t = nextPeriod(t, unit)) ticks.push({ t, label: periodLabel(t, unit) });
    if (ticks.length >= 400) continue;
    if (ticks.length < 2 && prev) return prev.ticks.filter((_, i) => i % prev!.every === 0);
    const w = Math.max(0, ...ticks.map((k) => textWidth(k.label, size))) + 10;
    const spacing = ticks.length > 1 ? Math.min(...ticks.slice(1).map((k, i) => x(k.t) - x(ticks[i].t))) : Infinity;
    if (spacing >= w) return ticks;
    prev = { ticks, every: Math.ceil(w / Math.max(1, spacing)) };
  }
  return prev ? prev.ticks.filter((_, i) => i % prev!.every === 0) : [];
}

/** A mark whose shape says the claim type (colour comes from the class); plain markup, nothing to escape. */
function mark(type: string, x: number, y: number, s = 6): string {
  const cls = `mark t-${type.toLowerCase()}`;
  const [a, b] = [f1(x), f1(y)];
  switch (type) {
    case 'DEMAND': return `<circle class="${cls}" cx="${a}" cy="${b}" r="${s}"/>`;
    case 'OFFER': return `<rect class="${cls}" x="${f1(x - s)}" y="${f1(y - s)}" width="${2 * s}" height="${2 * s}"/>`;
    case 'PROPOSE': return `<path class="${cls}" d="M${a} ${f1(y - s - 1)}L${f1(x + s + 1)} ${b}L${a} ${f1(y + s + 1)}L${f1(x - s - 1)} ${b}Z"/>`;
    case 'ACCEPT': return `<path class="${cls}" d="M${a} ${f1(y - s)}L${f1(x + s)} ${f1(y + s)}L${f1(x - s)} ${f1(y + s)}Z"/>`;
    case 'REJECT': return `<path class="${cls} cross" d="M${f1(x - s)} ${f1(y - s)}L${f1(x + s)} ${f1(y + s)}M${f1(x + s)} ${f1(y - s)}L${f1(x - s)} ${f1(y + s)}"/>`;
    default: return `<path class="${cls}" d="M${f1(x - s)} ${f1(y - s)}L${f1(x + s)} ${f1(y - s)}L${a} ${f1(y + s)}Z"/>`;
  }
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
const clipQuote = (q: string) => (q.length > 140 ? q.slice(0, 139) + '…' : q);

export function km2(n: number | null | undefined): string {
  return n == null ? '—' : `${thousands(Math.round(n))} km²`;
}

/** 12345 → "12,345" (as toLocaleString('en-US') writes it, without ICU's two-byte strings; see html.ts narrow). */
export function thousands(n: number): string {
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return n < 0 ? '-' + out : out;
}

/**
 * What every chart of a position needs, whatever the period shown: step times, events by type in time
 * order with their titles escaped once. Computed once per position (positions are rebuilt when the data
 * changes), like an index; the drawing itself is made for each request.
 */
interface IndexedEvent { t: number; date: string; id: string; implied: boolean; title: string; href: string }
interface IndexedBand {
  region: string;
  /** "Name (code)", escaped. */
  who: string;
  name: string;
  segs: Array<{ a: number; b: number | null; stance: string; implied: boolean; from: string; to: string | null }>;
}
interface Bin { k: number; n: number; counts: Record<string, number>; implied: number }
interface PositionIndex {
  times: number[];
  events: Map<string, IndexedEvent[]>;
  bands: IndexedBand[];
  /** Per unit, the start of the period of each step. */
  periods: Map<Unit, number[]>;
  /** Per unit, the steps counted by period (the brush). */
  bins: Map<Unit, Bin[]>;
  /** The brush's bars and year links per layout and page: the same whatever period is shown. */
  brushes: Map<string, { bars: string; years: string }>;
  /**
   * Charts drawn, by layout, page path, period and steps shown: a chart depends on the position and these
   * alone, so the page of the latest steps (the timeline as first opened) and a period looked at again are
   * drawn once per position; the few most recent are kept (CHARTS_KEPT).
   */
  charts: Map<string, SafeHtml>;
}
/** Charts kept per position (the least recently used is dropped). */
const CHARTS_KEPT = 8;
const indexes = new WeakMap<Position, PositionIndex>();

function indexOf(p: Position, eventById: Map<string, EventBrief>): PositionIndex {
  let ix = indexes.get(p);
  if (ix) return ix;
  const events = new Map<string, IndexedEvent[]>();
  const times = p.steps.map((s) => ms(s.date));
  p.steps.forEach((s, i) => {
    for (const id of s.events) {
      const e = eventById.get(id);
      if (!e || !TYPE_ORDER.includes(e.type)) continue;
      const title = `${e.type} ${esc(s.date)}${e.implied ? ' (implied: no date in the text, placed at the publication date)' : ''}: ${esc(clipQuote(e.quote))} (${plural(e.outlets, 'outlet')})`;
      const list = events.get(e.type) ?? [];
      list.push({ t: times[i], date: s.date, id: e.id, implied: !!e.implied, title, href: `/events/${esc(seg(e.id))}` });
      events.set(e.type, list);
    }
  });
  for (const list of events.values()) list.sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bands = p.issue === 'territory' ? positionBands(p).map((b) => ({
    region: b.region, name: b.name, who: `${esc(b.name)} (${esc(b.region)})`,
    segs: b.segments.map((sg) => ({ a: ms(sg.from), b: sg.to ? ms(sg.to) : null, stance: sg.stance, implied: sg.implied, from: esc(sg.from), to: sg.to ? esc(sg.to) : null })),
  })) : [];
  ix = { times, events, bands, periods: new Map(), bins: new Map(), brushes: new Map(), charts: new Map() };
  indexes.set(p, ix);
  return ix;
}

function periodsOf(ix: PositionIndex, unit: Unit): number[] {
  let list = ix.periods.get(unit);
  if (!list) { list = ix.times.map((t) => periodStart(t, unit)); ix.periods.set(unit, list); }
  return list;
}

function binsOf(ix: PositionIndex, p: Position, unit: Unit): Bin[] {
  let bins = ix.bins.get(unit);
  if (bins) return bins;
  const by = new Map<number, Bin>();
  periodsOf(ix, unit).forEach((k, i) => {
    let b = by.get(k);
    if (!b) { b = { k, n: 0, counts: {}, implied: 0 }; by.set(k, b); }
    const s = p.steps[i];
    b.n++;
    if (s.implied) b.implied++;
    if (s.change) b.counts[s.change.label] = (b.counts[s.change.label] ?? 0) + 1;
  });
  bins = [...by.values()];
  ix.bins.set(unit, bins);
  return bins;
}

/** A band with more runs than this is drawn as one path per stance. */
const MAX_BAND_RECTS = 60;

/** Hatched fills of the partial stances (ids per drawing: two drawings share a page). */
function hatchPatterns(layout: ChartLayout): string {
  return `<defs>${['claims_part', 'concedes_part'].map((st) => `<pattern id="hatch-${st}-${layout}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect class="hatch-base st-${st}" width="6" height="6"/><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"/></pattern>`).join('')}</defs>`;
}

/** First index of a sorted list whose time is at least t. */
function lowerBound<T extends { t: number }>(list: T[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].t < t) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * The brush's bars (steps per month, quarter or year, coloured by their main change, each a zoom link)
 * and the years under it: they depend on the position, the layout and the page only, not on the period
 * shown, so they are drawn once per position (rebuilt with it when the data changes).
 */
function brushOf(ix: PositionIndex, input: ChartInput, layout: ChartLayout, y: number, brushH: number): { bars: string; years: string; unit: Unit } {
  const { W, left, right } = GEOMETRY[layout];
  const full = domain(input.position.steps, null);
  const monthsSpan = (full[1] - full[0]) / (30.4 * DAY);
  const unit: Unit = monthsSpan <= (W - left - right) / 6 ? 'month' : monthsSpan / 3 <= (W - left - right) / 6 ? 'quarter' : 'year';
  const key = `${layout} ${y} ${input.base}`;
  const done = ix.brushes.get(key);
  if (done) return { ...done, unit };
  const bx = (t: number) => left + ((t - full[0]) / (full[1] - full[0])) * (W - left - right);
  const baseEsc = esc(input.base);
  const bins = binsOf(ix, input.position, unit);
  const maxN = Math.max(1, ...bins.map((b) => b.n));
  const bars: string[] = [`<rect class="brush-bg" x="${left}" y="${y}" width="${W - left - right}" height="${brushH}"/>`];
  for (const b of bins) {
    const xa = bx(Math.max(b.k, full[0]));
    const xb = bx(Math.min(nextPeriod(b.k, unit), full[1]));
    const h = 3 + (brushH - 4) * Math.sqrt(b.n / maxN);
    const main = (['tougher', 'softer', 'reframed'] as const).filter((c) => b.counts[c]).sort((c1, c2) => b.counts[c2] - b.counts[c1])[0] ?? 'unchanged';
    const { from, to } = periodRange(b.k, unit);
    const detail = CHANGES.filter((c) => b.counts[c]).map((c) => `${b.counts[c]} ${c}`).join(', ');
    bars.push(`<a href="${zoomHref(baseEsc, from, to)}" class="brush-link"><rect class="brush-bar c-${main}" x="${f1(xa + 0.5)}" y="${f1(y + brushH - h)}" width="${f1(Math.max(1, xb - xa - 1))}" height="${f1(h)}"/><title>${periodLabel(b.k, unit)}: ${plural(b.n, 'step')}${detail ? ` (${detail})` : ''}${b.implied ? `, ${b.implied} with an implied date` : ''}: zoom in</title></a>`);
  }
  // years under the brush, each a link to that year
  const years: string[] = [];
  const yy = y + brushH;
  const yearTicks: Array<Placed & { t: number; label: string }> = [];
  for (let t = periodStart(full[0], 'year'); t < full[1]; t = nextPeriod(t, 'year')) {
    const a = Math.max(t, full[0]);
    const b = Math.min(nextPeriod(t, 'year'), full[1]);
    const label = periodLabel(t, 'year');
    yearTicks.push({ t, label, x: (bx(a) + bx(b)) / 2, w: textWidth(label, 10) });
  }
  for (const yt of placeLabels(yearTicks, left, W - right, 6).placed) {
    const { from, to } = periodRange(yt.t, 'year');
    years.push(`<a href="${zoomHref(baseEsc, from, to)}" class="year-link"><text class="brush-year" x="${f1(yt.x)}" y="${yy + 12}" text-anchor="middle">${yt.label}</text><title>zoom to ${yt.label}</title></a>`);
  }
  for (let t = nextPeriod(periodStart(full[0], 'year'), 'year'); t < full[1]; t = nextPeriod(t, 'year')) {
    years.push(`<line class="brush-sep" x1="${f1(bx(t))}" y1="${yy - brushH}" x2="${f1(bx(t))}" y2="${yy + 3}"/>`);
  }
  const drawn = { bars: bars.join(''), years: years.join('') };
  ix.brushes.set(key, drawn);
  return { ...drawn, unit };
}

/** The chart of one position at one layout. */
export function timelineChart(input: ChartInput, layout: ChartLayout): SafeHtml {
  // Drawn once per position and view, like the brush (see PositionIndex.charts).
  const ix = indexOf(input.position, input.events);
  const key = `${layout}\u0000${input.base}\u0000${input.window?.from ?? ''}\u0000${input.window?.to ?? ''}\u0000${input.start}\u0000${input.end}`;
  let chart = ix.charts.get(key);
  if (chart) {
    ix.charts.delete(key);
  } else {
    chart = drawChart(input, layout);
    while (ix.charts.size >= CHARTS_KEPT) ix.charts.delete(ix.charts.keys().next().value as string);
  }
  ix.charts.set(key, chart);
  return chart;
}

function drawChart(input: ChartInput, layout: ChartLayout): SafeHtml {
  const g = GEOMETRY[layout];
  const { W, left, right } = g;
  const all = input.position.steps;
  const steps = all.slice(input.start, input.end);
  const carried = input.start > 0 ? all[input.start - 1] : null;
  const [t0, t1] = domain(steps.length ? steps : all, input.window);
  const x = (t: number) => left + ((t - t0) / (t1 - t0)) * (W - left - right);
  const tOf = (px: number) => t0 + ((px - left) / (W - left - right)) * (t1 - t0);
  const baseEsc = esc(input.base);
  const parts: SafeHtml[] = [];
  const rowLabel = (text: string, y: number, h: number, cls = 'row-label', keepEnd = '') => g.above
    ? html`<text class="${cls}" x="${left}" y="${f1(y - 3)}">${fitText(text, W - left - right, 10, keepEnd)}</text>`
    : html`<text class="${cls}" x="${left - 8}" y="${f1(y + h / 2 + 4)}" text-anchor="end">${fitText(text, left - 12, 10.5, keepEnd)}</text>`;
  const gridParts: SafeHtml[] = [];
  const labelRoom = g.above ? 13 : 0;
  let y = 6;

  // ---- the brush: every step of the position, by month (or quarter, or year), the period shown outlined
  const full = domain(all, null);
  const bx = (t: number) => left + ((t - full[0]) / (full[1] - full[0])) * (W - left - right);
  const brushH = 22;
  y += labelRoom;
  const ix = indexOf(input.position, input.events);
  const { bars, years, unit: binUnit } = brushOf(ix, input, layout, y, brushH);
  // The period shown outlined on the brush: the window asked for, or the span of a page of steps.
  const part = !input.window && (input.start > 0 || input.end < all.length) && steps.length ? { from: steps[0].date, to: steps[steps.length - 1].date } : null;
  const outline = input.window ?? part;
  const [oa, ob] = input.window ? [ms(input.window.from), ms(input.window.to) + DAY] : [t0, t1];
  const windowRect = outline
    ? html`<rect class="brush-window" x="${f1(bx(Math.max(full[0], oa)))}" y="${y - 2}" width="${f1(Math.max(2, bx(Math.min(full[1], ob)) - bx(Math.max(full[0], oa))))}" height="${brushH + 4}"><title>shown: ${outline.from} to ${outline.to}</title></rect>`
    : '';
  parts.push(html`<g class="brush" data-t0="${full[0]}" data-t1="${full[1]}" data-x0="${left}" data-x1="${W - right}" data-base="${input.base}">${raw(bars)}${windowRect}<rect class="brush-sel" x="0" y="${y - 2}" width="0" height="${brushH + 4}"/></g>`);
  parts.push(rowLabel(`all ${plural(all.length, 'step')}${g.above ? ', by ' + binUnit + ': click or drag to zoom' : ''}`, y, brushH));
  y += brushH;
  parts.push(raw(years));
  y += 26;

  // ---- change labels: grouped by the finest period at which every label fits
  const changedIdx: number[] = [];
  for (let i = input.start; i < input.end; i++) if (all[i].change) changedIdx.push(i);
  const changed = changedIdx.map((i) => all[i]);
  type Bucket = Placed & { counts: Record<string, number>; steps: number; label: string; title: string; cls: string; from: string; to: string };
  // Label forms, most informative first: every change with its count; without the unchanged; the main change alone.
  const labelOf = (counts: Record<string, number>, steps: number, form: number) => {
    const order = CHANGES.filter((c) => counts[c]);
    if (steps === 1) return `${CHANGE_ARROW[order[0]]} ${order[0]}`;
    const shown = form === 0 ? order : form === 1 ? order.filter((c) => c !== 'unchanged') : [order.filter((c) => c !== 'unchanged').sort((a, b) => counts[b] - counts[a])[0]];
    const list = shown.filter(Boolean).length ? shown.filter(Boolean) : order;
    return list.map((c) => `${CHANGE_ARROW[c]}${counts[c]}`).join(' ');
  };
  type Agg = { t: number; counts: Record<string, number>; steps: number; from: string; to: string };
  const aggregated = new Map<string, Agg[]>();
  const aggregate = (unit: Unit | 'step'): Agg[] => {
    let list = aggregated.get(unit);
    if (list) return list;
    const by = new Map<number, Agg>();
    const keys = unit === 'step' ? ix.times : periodsOf(ix, unit);
    for (const i of changedIdx) {
      const s = all[i];
      const k = keys[i];
      let b = by.get(k);
      if (!b) { b = { t: k, counts: {}, steps: 0, ...(unit === 'step' ? { from: s.date, to: s.date } : periodRange(k, unit)) }; by.set(k, b); }
      b.counts[s.change!.label] = (b.counts[s.change!.label] ?? 0) + 1;
      b.steps++;
    }
    list = [...by.values()];
    aggregated.set(unit, list);
    return list;
  };
  const bucketsFor = (unit: Unit | 'step', form: number): Bucket[] => {
    return aggregate(unit).map((b) => {
      const order = CHANGES.filter((c) => b.counts[c]);
      const label = labelOf(b.counts, b.steps, form);
      const mid = unit === 'step' ? b.t : (Math.max(b.t, t0) + Math.min(nextPeriod(b.t, unit), t1)) / 2;
      const period = unit === 'step' ? b.from : periodLabel(b.t, unit);
      return {
        x: x(mid), w: textWidth(label), counts: b.counts, steps: b.steps, label, from: b.from, to: b.to,
        title: `${period}: ${order.map((c) => `${b.counts[c]} ${c}`).join(', ')}`, cls: order.find((c) => c !== 'unchanged') ?? 'unchanged',
      };
    });
  };
  let unit: Unit | 'step' = 'step';
  let placed: Bucket[] = [];
  let dropped: Bucket[] = [];
  const plotW = W - left - right;
  search: for (const u of ['step', 'week', 'month', 'quarter', 'year'] as const) {
    // More groups than the narrowest label could fit: no need to lay them out.
    let groups = changedIdx.length;
    if (u !== 'step') { const keys = periodsOf(ix, u); groups = 0; let prev = NaN; for (const i of changedIdx) if (keys[i] !== prev) { groups++; prev = keys[i]; } }
    if (u !== 'year' && groups * (textWidth('▲1') + 8) > plotW) continue;
    for (const form of u === 'year' ? [0, 1, 2] : [0, 1]) {
      unit = u;
      ({ placed, dropped } = placeLabels(bucketsFor(u, form), left, W - right, 8));
      if (!dropped.length) break search;
    }
  }
  const changeY = y + labelRoom;
  parts.push(rowLabel(changed.length ? `changes${unit === 'step' ? '' : ` per ${unit}`}` : 'no change', changeY - 10, 14));
  for (const b of placed) {
    const link = unit === 'step' ? null : raw(zoomHref(baseEsc, b.from, b.to));
    // A grouped label ("▲3 ▼2 =1") colours each count by its change (written from the arrow and the
    // number, not from slices of the label: those stay two-byte strings, see html.ts narrow).
    const spans = b.steps === 1 ? b.label : join(b.label.split(' ').map((t) => {
      const c = ARROW_CHANGE[t[0]] ?? 'unchanged';
      return html`<tspan class="${`c-${c}`}">${CHANGE_ARROW[c]}${Number(t.slice(1))}</tspan>`;
    }), ' ');
    const text = html`<text class="${`change c-${b.cls}`}" x="${f1(b.x)}" y="${changeY}" text-anchor="middle">${spans}<title>${b.title}</title></text>`;
    parts.push(link ? html`<a href="${link}" class="change-link">${text}</a>` : text);
  }
  for (const b of dropped) parts.push(html`<line class="${`change-tick c-${b.cls}`}" x1="${f1(b.x)}" y1="${changeY - 9}" x2="${f1(b.x)}" y2="${changeY + 1}"><title>${b.title}</title></line>`);
  y = changeY + 10;
  const gridTop = y;

  // ---- territory: km² claimed and conceded as whole regions, then one band per region
  if (input.territorial) {
    y += labelRoom + 4;
    const seen = carried ? [carried, ...steps] : steps;
    const maxKm = Math.max(1, ...seen.map((s) => Math.max(s.claims_km2, s.concedes_km2)));
    const ky = (v: number) => y + g.kmH - (v / maxKm) * g.kmH;
    if (g.above) parts.push(html`<text class="row-label" x="${left}" y="${y - 3}">${fitText(`km² as whole regions, up to ${km2(maxKm)}`, W - left - right, 10)}</text>`);
    else parts.push(html`<text class="axis-label" x="${left - 8}" y="${f1(y + 8)}" text-anchor="end">${km2(maxKm)}</text><text class="axis-label" x="${left - 8}" y="${f1(y + g.kmH)}" text-anchor="end">0 km²</text>`);
    parts.push(html`<line class="axis" x1="${left}" y1="${f1(y + g.kmH)}" x2="${W - right}" y2="${f1(y + g.kmH)}"/>`);
    for (const [key, cls] of [['claims_km2', 'line-dem'], ['concedes_km2', 'line-off']] as const) {
      const d: string[] = [];
      let cur = carried ? carried[key] : null;
      if (cur !== null) d.push(`M${left} ${f1(ky(cur))}`);
      for (let i = input.start; i < input.end; i++) {
        const v = all[i][key];
        const xs = f1(x(ix.times[i]));
        d.push(cur === null ? `M${xs} ${f1(ky(v))}` : `H${xs}V${f1(ky(v))}`);
        cur = v;
      }
      if (cur !== null) d.push(`H${W - right}`);
      if (d.length) parts.push(raw(`<path class="${cls}" d="${d.join('')}"/>`));
    }
    y += g.kmH + 12;
    // bands, one column of 3 px at a time, so a band costs at most (plot width / 3) rectangles
    const col = 3;
    const cols = Math.ceil((W - left - right) / col);
    for (const b of ix.bands) {
      // Segments in force somewhere in the domain (a region first stated after it has none).
      let si = 0;
      while (si < b.segs.length && b.segs[si].b !== null && b.segs[si].b! <= t0) si++;
      if (si >= b.segs.length || b.segs[si].a > t1) continue;
      y += labelRoom;
      parts.push(rowLabel(b.name, y, g.bandH, 'band-label', ` (${b.region})`));
      // Built as plain strings: hundreds of rectangles per band on long positions (text escaped once, in the index).
      const [top, h] = [f1(y + 1), g.bandH - 2];
      // Runs of one stance across columns; drawn one rectangle each (with its dates) when a band has few,
      // else one path per stance (a long position changes stance hundreds of times: the rows stay small).
      const runs: Array<{ xa: number; w: number; seg: IndexedBand['segs'][number]; changes: number }> = [];
      let run: { c0: number; seg: IndexedBand['segs'][number]; changes: number } | null = null;
      const flush = (c1: number) => {
        if (!run) return;
        const xa = r1(left + run.c0 * col);
        runs.push({ xa, w: r1(Math.max(1, Math.min(W - right, left + c1 * col) - (left + run.c0 * col))), seg: run.seg, changes: run.changes });
        run = null;
      };
      const segs = b.segs;
      for (let c = 0; c < cols; c++) {
        // The stance in force at the column's end (the last segment starting before it).
        const tEnd = tOf(left + (c + 1) * col);
        const tStart = tOf(left + c * col);
        let changes = 0;
        while (si + 1 < segs.length && segs[si + 1].a <= tEnd) { si++; changes++; }
        const sg = segs[si];
        const inForce = sg.a <= tEnd && (sg.b ?? Infinity) > tStart;
        if (!inForce) { flush(c); continue; }
        if (run && run.seg.stance === sg.stance && run.seg.implied === sg.implied) { run.changes += changes; continue; }
        flush(c);
        run = { c0: c, seg: sg, changes: 1 };
      }
      flush(cols);
      const out: string[] = [];
      const edge = (xa: number) => `<line class="implied-edge" x1="${f1(xa + 0.5)}" y1="${top}" x2="${f1(xa + 0.5)}" y2="${f1(y + g.bandH - 1)}"/>`;
      if (runs.length <= MAX_BAND_RECTS) {
        for (const r of runs) {
          const sg = r.seg;
          // Partial stances: the stance's colour hatched (a pattern fill, see the stylesheet).
          out.push(`<rect class="band st-${sg.stance}${sg.implied ? ' implied' : ''}" x="${f1(r.xa)}" y="${top}" width="${f1(r.w)}" height="${h}"><title>${b.who}: ${sg.stance.replace('_', ' ')} from ${sg.from}${sg.implied ? ' (implied date)' : ''}${r.changes > 1 ? ` (${r.changes} changes in this stretch; zoom in)` : sg.to ? ` to ${sg.to}` : ''}</title></rect>`);
          if (sg.implied && r.w >= 3) out.push(edge(r.xa));
        }
      } else {
        const byClass = new Map<string, { d: string[]; n: number; stance: string; implied: boolean }>();
        for (const r of runs) {
          const key = `${r.seg.stance}${r.seg.implied ? ' implied' : ''}`;
          let e = byClass.get(key);
          if (!e) { e = { d: [], n: 0, stance: r.seg.stance, implied: r.seg.implied }; byClass.set(key, e); }
          e.d.push(`M${f1(r.xa)} ${top}h${f1(r.w)}v${h}h${f1(-r.w)}z`);
          e.n++;
        }
        for (const [key, e] of byClass) {
          out.push(`<path class="band st-${key}" d="${e.d.join('')}"><title>${b.who}: ${e.stance.replace('_', ' ')}${e.implied ? ' (implied dates)' : ''}, ${e.n} stretch${e.n === 1 ? '' : 'es'} in this period: zoom in for the dates</title></path>`);
        }
      }
      parts.push(raw(out.join('')));
      y += g.bandH;
    }
    y += 6;
  }

  // ---- events by type, one lane each; marks closer than a mark's width become one cluster that zooms in
  const tFrom = steps.length ? ms(steps[0].date) : t1;
  const tTo = steps.length ? ms(steps[steps.length - 1].date) : t0;
  const lanes: Array<[string, IndexedEvent[]]> = [];
  for (const ty of TYPE_ORDER) {
    const list = ix.events.get(ty) ?? [];
    const a = lowerBound(list, tFrom);
    const b = lowerBound(list, tTo + 1);
    if (b > a) lanes.push([ty, list.slice(a, b)]);
  }
  y += 8;
  for (const [ty, list] of lanes) {
    y += labelRoom;
    const yy = y + g.laneH / 2;
    parts.push(html`<line class="lane" x1="${left}" y1="${f1(yy)}" x2="${W - right}" y2="${f1(yy)}"/>`);
    parts.push(rowLabel(ty, y, g.laneH, 'lane-label'));
    const out: string[] = [];
    let prevX = -Infinity;
    const lower = ty.toLowerCase();
    for (let i = 0; i < list.length;) {
      // A group: the events within a mark's width of the first one.
      const x0 = x(list[i].t);
      let j = i + 1;
      let sum = x0;
      while (j < list.length && x(list[j].t) - x0 < g.markGap) { sum += x(list[j].t); j++; }
      const n = j - i;
      // At the group's mean date, moved right just enough to keep a mark's width from the previous one.
      const gx = Math.min(W - right, Math.max(sum / n, prevX + g.markGap));
      prevX = gx;
      if (n === 1) {
        const e = list[i];
        out.push(`<a href="${e.href}" class="event-mark${e.implied ? ' implied' : ''}" data-event="${esc(e.id)}">${mark(ty, gx, yy, layout === 'wide' ? 6 : 5)}<title>${e.title}</title></a>`);
      } else {
        let implied = 0;
        for (let k = i; k < j; k++) if (list[k].implied) implied++;
        const from = list[i].date;
        const to = list[j - 1].date;
        // At most half the gap between groups, so two clusters never touch.
        const r = Math.min(g.markGap / 2 - 0.5, 4 + Math.log2(n));
        out.push(`<a href="${zoomHref(baseEsc, from, to)}" class="event-cluster${implied === n ? ' implied' : ''}" data-count="${n}"><circle class="cluster t-${lower}" cx="${f1(gx)}" cy="${f1(yy)}" r="${f1(r)}"/><title>${n} ${ty} events, ${from === to ? esc(from) : `${esc(from)} to ${esc(to)}`}${implied ? ` (${implied} implied)` : ''}: zoom in</title></a>`);
      }
      i = j;
    }
    parts.push(raw(out.join('')));
    y += g.laneH;
  }

  // ---- time axis
  y += 6;
  const gridBottom = y;
  for (const tk of axisTicks(t0, t1, x, 11)) {
    const xr = r1(x(tk.t));
    const xx = f1(xr);
    const half = textWidth(tk.label) / 2;
    if (xr - half < (g.above ? 0 : left - 30) || xr + half > W) continue; // a label cut by the edge is left out
    gridParts.push(html`<line class="grid" x1="${xx}" y1="${gridTop}" x2="${xx}" y2="${gridBottom}"/>`);
    parts.push(html`<text class="tick" x="${xx}" y="${gridBottom + 14}" text-anchor="middle">${tk.label}</text>`);
  }
  const H = gridBottom + 22;
  const defs = raw(hatchPatterns(layout));
  const aria = `${input.actor} ${input.issue} position over time${input.window ? `, ${input.window.from} to ${input.window.to}` : part ? `, steps ${input.start + 1}–${input.end} (${part.from} to ${part.to})` : ''}`;
  return html`<svg class="${`chart chart-${layout}`}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${aria}" data-layout="${layout}">${defs}${join(gridParts)}${join(parts)}</svg>`;
}
