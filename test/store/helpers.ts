// Hand-made articles and claims for the memory tests (no extractor needed).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/article/types.js';
import type { Claim, ClaimType, DateValue } from '../../src/extract/types.js';

export function makeArticle(id: string, body: string, meta: Partial<Article['meta']> = {}): Article {
  return {
    id,
    source: `/fixtures/${id}.txt`,
    format: 'text',
    meta: { url: meta.url ?? `https://example.org/${id}`, outlet: meta.outlet ?? 'Example News', published: meta.published ?? '2025-08-17', title: meta.title ?? `Title of ${id}` },
    rawBody: body,
    body,
    offsets: [{ clean: 0, raw: 0, length: body.length }],
    hash: createHash('sha256').update(`${id}\n${JSON.stringify(meta)}\n${body}`).digest('hex'),
    warnings: [],
  };
}

export interface ClaimSpec {
  actor?: string;
  type?: ClaimType;
  issue?: string;
  regions?: string[];
  date?: DateValue;
  outlet?: string | null;
  credited?: boolean;
  count?: number;
  quote?: string;
  target?: string;
}

export function makeClaim(doc: string, n: number, spec: ClaimSpec = {}): Claim {
  const quote = spec.quote ?? 'Putin demanded that Ukraine pull out of Donetsk';
  return {
    id: `${doc}#${n}`,
    doc,
    actor: spec.actor ?? 'RUS',
    type: spec.type ?? 'DEMAND',
    issue: spec.issue ?? 'territory',
    ...(spec.target ? { target: spec.target } : {}),
    regions: spec.regions ?? ['UA-14'],
    date: { value: spec.date === undefined ? '2025-08-15' : spec.date, basis: spec.date === null ? 'none' : 'text' },
    source: { outlet: spec.outlet === undefined ? 'Example News' : spec.outlet, credited: spec.credited ?? false, attribution: 'anonymous', ...(spec.count ? { count: spec.count } : {}) },
    conditions: [],
    modality: 'asserted',
    negated: false,
    quote,
    span: [0, quote.length],
    rawSpan: [0, quote.length],
    sentence: [0, quote.length],
    rule: 'test',
    evidence: [],
    mentions: [{ kind: 'actor', text: 'Putin', span: [0, 5], value: spec.actor ?? 'RUS' }],
  };
}

export function tempDir(prefix = 'parley-mem-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const SENTENCES = [
  'Negotiators met again on {d} to discuss a possible settlement of the war in {p}.',
  'Officials said the talks focused on the front line, prisoner exchanges and energy infrastructure.',
  'A spokesman for the delegation described the atmosphere as businesslike but tense.',
  'Diplomats from several European capitals were briefed on the outcome later that evening.',
  'Analysts cautioned that any agreement would need approval from parliaments and voters.',
  'The previous round of talks ended without a joint statement after seven hours.',
  'Markets reacted calmly, and the currency held steady against the dollar on {d}.',
  'Humanitarian groups urged both sides to open corridors for civilians near {p}.',
];
const PLACES = ['Donetsk', 'Luhansk', 'Kherson', 'Zaporizhzhia', 'Kharkiv', 'Sumy', 'Odesa', 'Mykolaiv', 'Crimea', 'Dnipro'];
const WORDS = 'river bridge council winter harvest railway pipeline grain port convoy treaty summit envoy ledger harbour factory mine village district border'.split(' ');

/** A deterministic pseudo-random article body of ~n sentences, distinct per seed. */
export function generatedBody(seed: number, n = 12): string {
  let s = seed * 2654435761 >>> 0;
  const rnd = () => { s = (Math.imul(s ^ (s >>> 15), 2246822519) + 0x9e3779b9) >>> 0; return s / 4294967296; };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = SENTENCES[Math.floor(rnd() * SENTENCES.length)];
    const extra = Array.from({ length: 6 }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
    out.push(t.replace('{d}', `day ${Math.floor(rnd() * 28) + 1}`).replace('{p}', PLACES[Math.floor(rnd() * PLACES.length)]) + ` Report ${seed}-${i} mentions ${extra}.`);
  }
  return out.join(' ');
}
