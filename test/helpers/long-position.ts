// A generated long position: hundreds of statements by one actor on territory across four years
// (claims stored directly, no extraction), to check that the timeline stays legible at any size.
// Deterministic for a seed. Regions, stances, partial regions, implied dates (no date in the text:
// a default window ending at publication), freezes of "the front" and conditioned pairs all occur.
import { createHash } from 'node:crypto';
import type { Article } from '../../src/article/types.js';
import type { Claim, ClaimType, DateValue } from '../../src/extract/types.js';
import { relink } from '../../src/link/index.js';
import type { Store } from '../../src/store/types.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t ^= t + Math.imul(t ^ (t >>> 7), 61 | t); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const REGIONS = ['UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-63', 'UA-43', 'UA-59', 'UA-12'];
const NAMES: Record<string, string> = { 'UA-14': 'Donetsk', 'UA-09': 'Luhansk', 'UA-23': 'Zaporizhzhia', 'UA-65': 'Kherson', 'UA-63': 'Kharkiv', 'UA-43': 'Crimea', 'UA-59': 'Sumy', 'UA-12': 'Dnipropetrovsk' };
const TYPES: Array<[ClaimType, number]> = [['DEMAND', 0.42], ['OFFER', 0.2], ['REJECT', 0.14], ['PROPOSE', 0.1], ['THREATEN', 0.07], ['ACCEPT', 0.07]];
const VERB: Record<ClaimType, string> = {
  DEMAND: 'demanded that Ukraine withdraw from', OFFER: 'offered to give back', REJECT: 'refused to give up', PROPOSE: 'proposed keeping',
  THREATEN: 'threatened to seize', ACCEPT: 'agreed to hand over',
};
const OUTLETS = ['Harbour Post', 'Morning Ledger', 'Capital Wire', 'Evening Courier', 'Northern Gazette'];

const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 86_400_000;

export interface LongPositionOptions { articles?: number; seed?: number; actor?: string; from?: string; to?: string }

/** The articles and claims of a long position (one claim or two per article, on distinct days). */
export function longPosition(options: LongPositionOptions = {}): Array<{ article: Article; claims: Claim[] }> {
  const n = options.articles ?? 420;
  const r = rng(options.seed ?? 11);
  const actor = options.actor ?? 'RUS';
  const t0 = Date.parse((options.from ?? '2022-03-01') + 'T00:00:00Z');
  const t1 = Date.parse((options.to ?? '2025-12-20') + 'T00:00:00Z');
  // Distinct publication days, spread over the span (a few weeks are crowded, most are not).
  const days = new Set<string>();
  while (days.size < n) {
    const crowded = r() < 0.25;
    const t = crowded ? t0 + Math.floor(((t1 - t0) / DAY) * (0.45 + r() * 0.04)) * DAY + Math.floor(r() * 40) * DAY : t0 + Math.floor(r() * ((t1 - t0) / DAY)) * DAY;
    days.add(day(Math.min(t, t1)));
  }
  const pickType = (): ClaimType => { let x = r(); for (const [t, p] of TYPES) { if ((x -= p) < 0) return t; } return 'DEMAND'; };
  const out: Array<{ article: Article; claims: Claim[] }> = [];
  [...days].sort().forEach((published, i) => {
    const doc = `long${String(i).padStart(4, '0')}`;
    const claims: Claim[] = [];
    const sentences: string[] = [];
    const add = (type: ClaimType, issue: string, regions: string[], partial: string[], implied: boolean, sentence: string, quote: string) => {
      const start = sentences.join(' ').length + (sentences.length ? 1 : 0) + sentence.indexOf(quote);
      sentences.push(sentence);
      const date: DateValue = implied ? { from: day(Date.parse(published) - 14 * DAY), to: published } : day(Date.parse(published) - Math.floor(r() * 3) * DAY);
      const c: Claim = {
        id: `${doc}#${claims.length + 1}`, doc, actor, type, issue, regions, date: { value: date, basis: implied ? 'default' : 'text' },
        source: { outlet: OUTLETS[i % OUTLETS.length], credited: false, attribution: 'named' }, conditions: [], modality: 'asserted', negated: false,
        quote, span: [start, start + quote.length], rawSpan: [start, start + quote.length], sentence: [start, start + quote.length], rule: 'generated',
        evidence: [], mentions: [],
      };
      if (partial.length) c.partial = partial;
      claims.push(c);
      return c;
    };
    const implied = r() < 0.22;
    const k = 1 + Math.floor(r() * 3);
    const regions = [...new Set(Array.from({ length: k }, () => REGIONS[Math.floor(r() * REGIONS.length)]))].sort();
    const partial = r() < 0.2 ? [regions[0]] : [];
    const type = pickType();
    const names = regions.map((c) => `${partial.includes(c) ? 'parts of ' : ''}${NAMES[c]}`).join(' and ');
    const quote = `${VERB[type]} ${names}`;
    const main = add(type, 'territory', regions, partial, implied, `Officials said Moscow ${quote}${implied ? '' : ` on day ${i}`}.`, quote);
    if (r() < 0.08) {
      // "Donetsk in exchange for parts of Zaporizhzhia": one statement, two claims, one step.
      const q2 = `in exchange for giving back parts of ${NAMES['UA-23']}`;
      const offer = add('OFFER', 'territory', ['UA-23'], ['UA-23'], implied, `It would do so ${q2}.`, q2);
      offer.conditions = [main.id];
    } else if (r() < 0.1) {
      const q3 = 'would freeze the front line where it stands';
      add('OFFER', 'ceasefire', [], [], implied, `The Kremlin said it ${q3}.`, q3);
    }
    const body = sentences.join(' ');
    const meta = { url: `https://generated.example/${doc}`, outlet: OUTLETS[i % OUTLETS.length], published, title: `Generated statement ${i}` };
    const article: Article = {
      id: doc, source: `/generated/${doc}.txt`, format: 'text', meta, rawBody: body, body, offsets: [{ clean: 0, raw: 0, length: body.length }],
      hash: createHash('sha256').update(`${doc}\n${body}`).digest('hex'), warnings: [],
    };
    out.push({ article, claims });
  });
  return out;
}

/** Stores a long position and links it. */
export async function putLongPosition(store: Store, options: LongPositionOptions = {}): Promise<void> {
  for (const { article, claims } of longPosition(options)) await store.putArticle({ article, claims, extractorVersion: 'generated' });
  await relink(store);
}
