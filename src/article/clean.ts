// Boilerplate removal with an exact map back to the raw body.
// Works line by line in one pass (plus one backwards pass for the trailing block): linear time.
import type { OffsetSegment } from './types.js';
import { BOILERPLATE, MAX_BOILERPLATE_LINE, type BoilerplatePattern } from './boilerplate.js';

export interface Removal {
  /** Raw-body range [start, end) that was removed. */
  raw: [number, number];
  reason: string;
}

export interface CleanResult {
  body: string;
  offsets: OffsetSegment[];
  /** What was removed and why (whole lines and prefixes; not collapsed blank lines). */
  removed: Removal[];
}

interface Line {
  start: number; // first char of the line
  end: number; // end of the line content, before "\r\n" / "\n"
  nl: number; // index of the terminating "\n", or -1 for the last line
  from: number; // first kept char (after a removed prefix)
  cs: number; // content start (after leading whitespace), relative to `from`
  ce: number; // content end (before trailing whitespace)
  blank: boolean;
  drop: boolean;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x200b ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f;
}

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = raw.length;
  while (start <= n) {
    let nl = raw.indexOf('\n', start);
    const last = nl < 0;
    if (last) nl = n;
    let end = nl;
    if (end > start && raw.charCodeAt(end - 1) === 13) end--;
    let cs = start;
    while (cs < end && isSpace(raw.charCodeAt(cs))) cs++;
    let ce = end;
    while (ce > cs && isSpace(raw.charCodeAt(ce - 1))) ce--;
    lines.push({ start, end, nl: last ? -1 : nl, from: start, cs, ce, blank: cs === ce, drop: false });
    if (last) break;
    start = nl + 1;
  }
  return lines;
}

function content(raw: string, l: Line): string {
  return raw.slice(l.cs, l.ce);
}

function byScope(patterns: BoilerplatePattern[], scope: string): BoilerplatePattern[] {
  return patterns.filter((p) => (p.scope ?? 'line') === scope);
}

/** Remove a matched prefix; returns the reason if something was removed. */
function stripPrefix(raw: string, l: Line, pats: BoilerplatePattern[], removed: Removal[]): boolean {
  const head = raw.slice(l.cs, Math.min(l.ce, l.cs + MAX_BOILERPLATE_LINE));
  for (const p of pats) {
    p.pattern.lastIndex = 0;
    const m = p.pattern.exec(head);
    if (m && m.index === 0 && m[0].length > 0) {
      const cut = l.cs + m[0].length;
      removed.push({ raw: [l.from, cut], reason: p.reason });
      l.from = cut;
      let cs = cut;
      while (cs < l.ce && isSpace(raw.charCodeAt(cs))) cs++;
      l.cs = cs;
      if (cs >= l.ce) {
        l.drop = true;
        l.blank = true;
      }
      return true;
    }
  }
  return false;
}

function matchLine(raw: string, l: Line, pats: BoilerplatePattern[]): BoilerplatePattern | null {
  if (l.ce - l.cs > MAX_BOILERPLATE_LINE) return null;
  const text = content(raw, l);
  for (const p of pats) {
    p.pattern.lastIndex = 0;
    if (p.pattern.test(text)) return p;
  }
  return null;
}

/**
 * Remove boilerplate lines/prefixes from `rawBody`, collapse the blank lines left behind (at most one
 * blank line between paragraphs, none at the start or end), drop "\r" of CRLF line ends, and return
 * the cleaned body with segments mapping every kept character to the raw body.
 */
export function cleanBody(rawBody: string, patterns: BoilerplatePattern[] = BOILERPLATE): CleanResult {
  const removed: Removal[] = [];
  const lines = splitLines(rawBody);
  const linePats = byScope(patterns, 'line');
  const prefixPats = byScope(patterns, 'prefix');
  const startPats = byScope(patterns, 'start');
  const tailPats = [...byScope(patterns, 'tail'), ...linePats];

  let seenContent = false;
  for (const l of lines) {
    if (l.blank) continue;
    if (!seenContent && startPats.length > 0) stripPrefix(rawBody, l, startPats, removed);
    seenContent = true;
    if (l.drop) continue;
    const hit = matchLine(rawBody, l, linePats);
    if (hit) {
      l.drop = true;
      removed.push({ raw: [l.start, l.end], reason: hit.reason });
      continue;
    }
    // Prefix patterns may apply repeatedly ("0:00 / 1× 2×"); one pass is enough in practice.
    stripPrefix(rawBody, l, prefixPats, removed);
  }

  // Trailing block: drop menu-like lines at the end, but never the only remaining content line.
  let firstContent = -1;
  for (let i = 0; i < lines.length; i++) if (!lines[i].blank && !lines[i].drop) { firstContent = i; break; }
  for (let i = lines.length - 1; i > firstContent; i--) {
    const l = lines[i];
    if (l.blank || l.drop) continue;
    const hit = matchLine(rawBody, l, tailPats);
    if (!hit) break;
    l.drop = true;
    removed.push({ raw: [l.from, l.end], reason: hit.reason });
  }

  // Emit.
  const pieces: string[] = [];
  const offsets: OffsetSegment[] = [];
  let clean = 0;
  const emit = (rawStart: number, rawEnd: number): void => {
    const len = rawEnd - rawStart;
    if (len <= 0) return;
    pieces.push(rawBody.slice(rawStart, rawEnd));
    const last = offsets[offsets.length - 1];
    if (last && last.raw + last.length === rawStart && last.clean + last.length === clean) last.length += len;
    else offsets.push({ clean, raw: rawStart, length: len });
    clean += len;
  };

  let prevNl = -1; // "\n" of the last emitted content line
  let blankNl = -1; // "\n" of the first blank line since then
  let emittedAny = false;
  for (const l of lines) {
    if (l.drop) continue;
    if (l.blank) {
      if (emittedAny && blankNl < 0) blankNl = l.nl;
      continue;
    }
    if (emittedAny) {
      emit(prevNl, prevNl + 1);
      if (blankNl >= 0) emit(blankNl, blankNl + 1);
    }
    // The line is kept verbatim minus a removed prefix and its leading/trailing whitespace.
    emit(l.cs, l.ce);
    emittedAny = true;
    prevNl = l.nl;
    blankNl = -1;
  }
  return { body: pieces.join(''), offsets, removed };
}

function findSegment(offsets: OffsetSegment[], cleanOffset: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid].clean <= cleanOffset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * Map an offset in the cleaned body to the raw body. Offsets at the end of a segment (e.g.
 * body.length, or the exclusive end of a span) map to the end of that segment.
 */
export function toRawOffset(offsets: OffsetSegment[], cleanOffset: number): number {
  if (offsets.length === 0) return cleanOffset;
  const i = findSegment(offsets, cleanOffset);
  if (i < 0) return offsets[0].raw;
  const s = offsets[i];
  if (cleanOffset < s.clean + s.length) return s.raw + (cleanOffset - s.clean);
  return s.raw + s.length;
}

/** Map a [start, end) span of the cleaned body to the raw body (end is exclusive). */
export function toRawSpan(offsets: OffsetSegment[], span: readonly [number, number]): [number, number] {
  const [s, e] = span;
  const rs = toRawOffset(offsets, s);
  if (e <= s) return [rs, rs];
  return [rs, toRawOffset(offsets, e - 1) + 1];
}
