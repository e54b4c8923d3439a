// Sets of days as sorted, disjoint intervals of day numbers (see dayNumber): where incremental
// linking reads reports and which clusters it recomputes.
export type Span = [number, number];

/** Sorted, disjoint spans covering the same days (touching spans are joined). */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.map(([a, b]): Span => (a <= b ? [a, b] : [b, a])).sort((x, y) => x[0] - y[0]);
  const out: Span[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Each span widened by `days` on both sides. */
export function widen(spans: Span[], days: number): Span[] {
  return mergeSpans(spans.map(([a, b]): Span => [a - days, b + days]));
}

/** Whether a day lies in merged spans. */
export function inSpans(spans: Span[], day: number): boolean {
  return spanIndex(spans, day) >= 0;
}

/** The index of the merged span holding a day, or -1. */
export function spanIndex(spans: Span[], day: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (day < spans[mid][0]) hi = mid - 1;
    else if (day > spans[mid][1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const DAY_MS = 86_400_000;

/** A day number as YYYY-MM-DD. */
export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
