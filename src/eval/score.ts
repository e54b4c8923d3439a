// Scoring of predicted claims against gold claims (spec §5): a faithful port of the
// reference scorer ../shared/tools/score.mjs. Same matching, same numbers, same report
// shape as `score.mjs --json`, same text lines as its default and --verbose output.
// Keep it that way: test/eval/score.test.ts compares the two on fixtures.
import { readFileSync } from 'node:fs';

export const SCORED_TYPES = ['DEMAND', 'OFFER', 'PROPOSE', 'ACCEPT', 'REJECT', 'THREATEN'] as const;

/** Lenient scoring groups OFFER, PROPOSE and ACCEPT. */
const LENIENT: Record<string, string> = { DEMAND: 'D', OFFER: 'O', PROPOSE: 'O', ACCEPT: 'O', REJECT: 'R', THREATEN: 'T' };

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface AttributeScores {
  /** Share of strict matches whose region sets are equal (null when there are no matches). */
  regions_exact: number | null;
  regions_jaccard: number | null;
  /** Share of strict matches with a gold date whose predicted range overlaps it. */
  date: number | null;
  outlet: number | null;
  source_count: number | null;
}

export interface ScoreReport {
  docs: number;
  gold: number;
  optional: number;
  predictions: number;
  strict: PRF;
  lenient: PRF;
  party_issue: PRF;
  attributes: AttributeScores;
  by_type: Record<string, PRF>;
  by_issue: Record<string, PRF>;
}

/** Everything computed on the way to the report; formatReport needs the matches for --verbose. */
export interface ScoreDetails {
  report: ScoreReport;
  /** Lines the reference scorer writes to stderr (unknown prediction types). */
  warnings: string[];
  gold: NormClaim[];
  preds: NormClaim[];
  issues: string[];
  strict: MatchResult;
}

/** A gold or predicted record with the scorer's normalised fields added. */
export type NormClaim = Record<string, any> & {
  _i: number;
  actor: string;
  issue: string;
  _regions: string[];
};

export interface MatchResult {
  tp: number;
  fp: number;
  fn: number;
  matches: Array<[NormClaim, NormClaim]>;
  usedG: Set<number>;
  usedP: Set<number>;
}

type DayRange = [string, string];

/**
 * Reads a JSON Lines file: blank lines are skipped; a bad line throws
 * "<path>:<line>: bad JSON: <reason>" (the reference scorer's wording).
 */
export function readJsonl(path: string): any[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${path}: cannot read: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message}`);
  }
  return parseJsonl(text, path);
}

/** Parses JSON Lines text; `name` is used in error messages. */
export function parseJsonl(text: string, name: string): any[] {
  return text.split('\n').map((l, i): [string, number] => [l.trim(), i + 1]).filter(([l]) => l)
    .map(([l, n]) => {
      try {
        return JSON.parse(l);
      } catch (e) {
        throw new Error(`${name}:${n}: bad JSON: ${(e as Error).message}`);
      }
    });
}

const up = (s: unknown): string => String(s ?? '').trim().toUpperCase();
const lower = (s: unknown): string => String(s ?? '').trim().toLowerCase();
const asList = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).map(up).filter(Boolean);
const normRegion = (r: unknown): string => { const c = up(r); return c === 'UA-40' ? 'UA-43' : c; };
const regionSet = (c: Record<string, any>): string[] => [...new Set(((c.regions ?? []) as unknown[]).map(normRegion))].sort();
/** "The Financial Times" and "financial  times" are the same outlet. */
export const normOutlet = (s: unknown): string => String(s ?? '').trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');

/** A date value as an inclusive day range ['YYYY-MM-DD', 'YYYY-MM-DD'], or null when unknowable. */
export function dayRange(d: unknown): DayRange | null {
  if (d == null || d === '' || d === 'unknown') return null;
  if (typeof d === 'object') {
    const o = d as { from?: unknown; to?: unknown };
    const a = dayRange(o.from), b = dayRange(o.to);
    return a && b ? [a[0], b[1]] : (a || b);
  }
  const s = String(d);
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return [s.slice(0, 10), s.slice(0, 10)];
  if (/^\d{4}-\d{2}$/.test(s)) {
    const [y, m] = s.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [`${s}-01`, `${s}-${String(last).padStart(2, '0')}`];
  }
  if (/^\d{4}$/.test(s)) return [`${s}-01-01`, `${s}-12-31`];
  return null;
}

const overlaps = (a: DayRange | null, b: DayRange | null): boolean => !!(a && b && a[0] <= b[1] && b[0] <= a[1]);

function jaccard(a: string[], b: string[]): number {
  if (!a.length && !b.length) return 1;
  const s = new Set(a);
  const inter = b.filter((x) => s.has(x)).length;
  return inter / (a.length + b.length - inter);
}

const predDate = (p: Record<string, any>): unknown => p.date ?? p.when ?? null;

const prf = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): PRF => {
  const P = tp + fp ? tp / (tp + fp) : 0, R = tp + fn ? tp / (tp + fn) : 0;
  return { precision: P, recall: R, f1: P + R ? 2 * P * R / (P + R) : 0, tp, fp, fn };
};

const rate = (xs: boolean[]): number | null => (xs.length ? xs.filter(Boolean).length / xs.length : null);

/** Scores predictions against gold; only documents that appear in the gold are scored. */
export function score(gold: object[], pred: object[]): ScoreReport {
  return scoreDetails(gold, pred).report;
}

export function scoreDetails(goldIn: object[], predIn: object[]): ScoreDetails {
  const gold: NormClaim[] = goldIn.map((g: any, i) => ({
    ...g, _i: i, _types: asList(g?.type), actor: up(g?.actor), issue: lower(g?.issue), _regions: regionSet(g ?? {}),
  }));
  const docs = new Set(gold.map((g) => g.doc));
  // Claims on issues outside the scored list ('other') are out of scope here.
  const preds: NormClaim[] = predIn
    .filter((p: any) => docs.has(p?.doc) && lower(p?.issue) !== 'other')
    .map((p: any, i) => ({ ...p, _i: i, type: up(p.type), actor: up(p.actor), issue: lower(p.issue), _regions: regionSet(p) }));

  const warnings: string[] = [];
  for (const p of preds) {
    if (!(SCORED_TYPES as readonly string[]).includes(p.type)) warnings.push(`warning: prediction with unknown type ${p.type} (doc ${p.doc})`);
  }

  // Match gold and predictions within (doc, actor, issue), one to one, greedily by similarity.
  function match(typeOk: (g: NormClaim, p: NormClaim) => boolean): MatchResult {
    const pairs: Array<[number, NormClaim, NormClaim]> = [];
    for (const g of gold) {
      for (const p of preds) {
        if (g.doc !== p.doc || g.actor !== p.actor || g.issue !== p.issue || !typeOk(g, p)) continue;
        const dg = dayRange(g.date), dp = dayRange(predDate(p));
        const sim = 1 + jaccard(g._regions, p._regions) + (dg && overlaps(dg, dp) ? 0.5 : 0) - (g.optional ? 10 : 0);
        pairs.push([sim, g, p]);
      }
    }
    pairs.sort((a, b) => b[0] - a[0]); // stable: ties keep gold-then-prediction order
    const usedG = new Set<number>(), usedP = new Set<number>(), matches: Array<[NormClaim, NormClaim]> = [];
    for (const [, g, p] of pairs) {
      if (usedG.has(g._i) || usedP.has(p._i)) continue;
      usedG.add(g._i);
      usedP.add(p._i);
      matches.push([g, p]);
    }
    const tp = matches.filter(([g]) => !g.optional).length;
    const fp = preds.length - matches.length; // predictions matched to optional gold are neither TP nor FP
    const fn = gold.filter((g) => !g.optional && !usedG.has(g._i)).length;
    return { tp, fp, fn, matches, usedG, usedP };
  }

  const strict = match((g, p) => g._types.includes(p.type));
  const lenient = match((g, p) => g._types.some((t: string) => LENIENT[t] === LENIENT[p.type]));
  const partyIssue = match(() => true);

  const real = strict.matches.filter(([g]) => !g.optional);
  const attributes: AttributeScores = {
    regions_exact: rate(real.map(([g, p]) => jaccard(g._regions, p._regions) === 1)),
    regions_jaccard: real.length ? real.reduce((s, [g, p]) => s + jaccard(g._regions, p._regions), 0) / real.length : null,
    date: rate(real.filter(([g]) => dayRange(g.date)).map(([g, p]) => overlaps(dayRange(g.date), dayRange(predDate(p))))),
    outlet: rate(real.filter(([g]) => g.source?.outlet).map(([g, p]) => normOutlet(g.source.outlet) === normOutlet(p.source?.outlet))),
    source_count: rate(real.filter(([g]) => g.source?.count != null).map(([g, p]) => Number(p.source?.count) === Number(g.source.count))),
  };

  const goldHas = (key: 'type' | 'issue', g: NormClaim, v: string): boolean => (key === 'type' ? g._types.includes(v) : g[key] === v);
  const by = (key: 'type' | 'issue', values: readonly string[]): Record<string, PRF> => Object.fromEntries(values.map((v) => {
    const gs = gold.filter((g) => !g.optional && goldHas(key, g, v));
    const ps = preds.filter((p) => p[key] === v);
    const tp = real.filter(([, p]) => p[key] === v).length;
    return [v, prf({
      tp,
      fp: ps.length - strict.matches.filter(([, p]) => p[key] === v).length,
      fn: gs.length - real.filter(([g]) => goldHas(key, g, v)).length,
    })];
  }));

  const issues = [...new Set([...gold.map((g) => g.issue), ...preds.map((p) => p.issue)])].sort();
  const report: ScoreReport = {
    docs: docs.size,
    gold: gold.filter((g) => !g.optional).length,
    optional: gold.filter((g) => g.optional).length,
    predictions: preds.length,
    strict: prf(strict),
    lenient: prf(lenient),
    party_issue: prf(partyIssue),
    attributes,
    by_type: by('type', SCORED_TYPES),
    by_issue: by('issue', issues),
  };
  return { report, warnings, gold, preds, issues, strict };
}

export interface FormatOptions {
  /** Also list missed gold and extra predictions (needs gold and pred). */
  verbose?: boolean;
  gold?: object[];
  pred?: object[];
}

const f = (x: number | null | undefined): string => (x == null ? 'n/a' : x.toFixed(2));

const clip = (q: unknown): string => {
  const v = q ?? '';
  return String(typeof v === 'string' || Array.isArray(v) ? v.slice(0, 90) : String(v).slice(0, 90));
};

/** The report as score.mjs prints it without --json: one string, lines ending in '\n'. */
export function formatReport(report: ScoreReport, options: FormatOptions = {}): string {
  const lines: string[] = [];
  const issues = Object.keys(report.by_issue).sort();
  lines.push(`docs ${report.docs}  gold ${report.gold} (+${report.optional} optional)  predictions ${report.predictions}`);
  for (const k of ['strict', 'lenient', 'party_issue'] as const) {
    const r = report[k];
    lines.push(`${k.padEnd(12)} P ${f(r.precision)}  R ${f(r.recall)}  F1 ${f(r.f1)}  (tp ${r.tp} fp ${r.fp} fn ${r.fn})`);
  }
  lines.push('by type:  ' + SCORED_TYPES.map((t) => `${t} ${f(report.by_type[t]?.f1)}`).join('  '));
  lines.push('by issue: ' + issues.map((t) => `${t} ${f(report.by_issue[t]?.f1)}`).join('  '));
  if (options.verbose) {
    const d = scoreDetails(options.gold ?? [], options.pred ?? []);
    for (const g of d.gold) {
      if (!g.optional && !d.strict.usedG.has(g._i)) lines.push(`  missed  ${g.doc} ${g.actor} ${g._types.join('|')} ${g.issue} [${g._regions}] “${clip(g.quote)}”`);
    }
    for (const p of d.preds) {
      if (!d.strict.usedP.has(p._i)) lines.push(`  extra   ${p.doc} ${p.actor} ${p.type} ${p.issue} [${p._regions}] “${clip(p.quote)}”`);
    }
  }
  const a = report.attributes;
  lines.push(`F1 ${f(report.strict.f1)} (P ${f(report.strict.precision)} R ${f(report.strict.recall)})  lenient ${f(report.lenient.f1)}  regions ${f(a.regions_exact)}  date ${f(a.date)}  outlet ${f(a.outlet)}  count ${f(a.source_count)}`);
  return lines.map((l) => l + '\n').join('');
}

/** The report as score.mjs prints it with --json. */
export function formatReportJson(report: ScoreReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
