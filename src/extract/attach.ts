// When a stance was taken and on whose word: dates from the stance's clause, its sentence or its
// paragraph (else the publication window, marked as a default); the outlet the text credits (in the
// sentence, the paragraph, the article's lead, a dateline) else the publisher; the number of sources.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ArticleMeta } from '../article/types.js';
import { defaultWindow } from '../annotate/dates.js';
import type { ClaimDate, ClaimSource } from './types.js';
import type { Trigger } from './triggers.js';

const CLAUSE_EDGE = new Set([';', 'but', 'when', 'which', 'while', 'after', 'before']);

export function dateFor(doc: Doc, s: Sentence, t: Trigger): ClaimDate {
  if (t.modality === 'reported-past') return { value: null, basis: 'none' };
  const pick = (k: number, near: number) => {
    const ds = doc.dates(k).filter((d) => !d.future && d.value != null);
    if (!ds.length) return null;
    const pos = doc.tokens[near]?.start ?? 0;
    ds.sort((a, b) => Math.abs(a.start - pos) - Math.abs(b.start - pos));
    return ds[0];
  };
  let d = pick(s.index, t.start);
  if (d) {
    // "… tougher since April, when he told Witkoff that Russia could freeze …": the when-clause is in April;
    // the main clause holds from April until publication.
    const dTok = doc.tokens.findIndex((x) => x.start >= d!.start);
    const cueAfterDate = t.start > dTok;
    let crossesEdge = false;
    for (let j = Math.min(dTok, t.start); j < Math.max(dTok, t.start); j++) if (CLAUSE_EDGE.has(doc.tokens[j].lower)) crossesEdge = true;
    if (d.since && !cueAfterDate && doc.published) return { value: { from: typeof d.value === 'string' ? rangeStart(d.value) : (d.value as { from: string }).from, to: doc.published }, basis: 'text', text: d.text, span: [d.start, d.end] };
    if (!crossesEdge || !d.since || cueAfterDate) return { value: d.value, basis: 'text', text: d.text, span: [d.start, d.end] };
  }
  // The next or previous sentence of the paragraph often carries the occasion ("… made this request … on Friday").
  for (const k of [s.index + 1, s.index - 1]) {
    const o = doc.sentences[k];
    if (!o || o.paragraph !== s.paragraph) continue;
    d = pick(k, o.tStart);
    if (d && !d.since) return { value: d.value, basis: 'text', text: d.text, span: [d.start, d.end] };
  }
  const value = defaultWindow(doc.published);
  return { value, basis: value ? 'default' : 'none' };
}

function rangeStart(v: string): string {
  if (v.length === 10) return v;
  if (v.length === 7) return `${v}-01`;
  return `${v}-01-01`;
}

export interface SourceContext {
  /** First outlet credited in the article's lead (first three paragraphs) or by a dateline. */
  leadOutlet?: string;
  lastCount?: number;
}

export function buildSourceContext(doc: Doc): SourceContext {
  const ctx: SourceContext = {};
  for (const s of doc.sentences) {
    if (s.paragraph > 3) break;
    const src = doc.source(s.index);
    if (src.outlet) { ctx.leadOutlet = src.outlet; break; }
  }
  return ctx;
}

export function sourceFor(doc: Doc, s: Sentence, meta: ArticleMeta, ctx: SourceContext, named: boolean): ClaimSource {
  const own = doc.source(s.index);
  let outlet = own.outlet;
  let count = own.count;
  let credited = !!outlet;
  let text = own.text;
  if (!outlet || count === undefined) {
    // Attribution elsewhere in the paragraph: "Putin demanded … The Russian leader made this request …, according to four people …, reports Financial Times."
    for (const k of [s.index + 1, s.index - 1, s.index + 2]) {
      const o = doc.sentences[k];
      if (!o || o.paragraph !== s.paragraph) continue;
      const src = doc.source(k);
      if (!outlet && src.outlet) { outlet = src.outlet; credited = true; }
      if (count === undefined && src.count !== undefined && k === s.index + 1 && !own.anaphoric) { count = src.count; text = src.text; }
    }
  }
  if (count === undefined && own.anaphoric && ctx.lastCount !== undefined) count = ctx.lastCount;
  if (!outlet && ctx.leadOutlet) { outlet = ctx.leadOutlet; credited = true; }
  if (!outlet) outlet = meta.outlet ?? undefined;
  const attribution = own.count !== undefined || own.anonymous ? 'anonymous' : named ? 'named' : 'unstated';
  const out: ClaimSource = { outlet: outlet ?? null, credited, attribution };
  if (count !== undefined) out.count = count;
  if (text) out.text = text;
  return out;
}

/** Remember explicit counts in reading order, for "the officials said". */
export function noteCounts(doc: Doc, s: Sentence, ctx: SourceContext): void {
  const src = doc.source(s.index);
  if (src.count !== undefined) ctx.lastCount = src.count;
}
