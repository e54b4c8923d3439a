#!/usr/bin/env node
// Drop audit: how often does each dropping rule kill a true claim? Runs the extractor with a trace sink over the
// TUNING sets only (dev, every own set not held out, every blind set not held out; never the held-out sets) and, for every `drop`
// event that is final (no later rule of the sentence still claims the candidate), asks whether the dropped candidate's span lies inside the gold quote of a claim that no prediction
// matched (a: a true claim killed) or inside no gold quote at all (b: a right drop). Drops inside the quote of a
// gold claim that was matched anyway are counted apart (m). Precision of a rule's drops = b / (a + b).
//   node scripts/drop-audit.mjs                  table per rule
//   node scripts/drop-audit.mjs --cases RULE     also print the (a) and (b) cases of one rule
//   node scripts/drop-audit.mjs --json FILE      also write the table as JSON (for before/after)
// Needs `npm run build` first. Sentence-level co-occurrence (missdiag.py) over-counts; this is span-exact.
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { root, readInputs, extract, toEvalRecord, readJsonl, scoreDetails } from './dist.mjs';
import { heldOutDocs as heldOutDocsOf, tuningSets } from './held-out.mjs';

const args = process.argv.slice(2);
const caseRule = args.includes('--cases') ? args[args.indexOf('--cases') + 1] : null;
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;

// Documents of held-out sets are never run or shown, even if a tuning set's gold named one.
const heldOutDocs = heldOutDocsOf(root, readJsonl);

const sets = tuningSets(root);

const norm = (s) => s.replace(/[“”"]/g, '"').replace(/[‘’']/g, "'").replace(/[—–]/g, '-');
/** Span of a gold quote in the body: exact, else with quotes/dashes normalised, else whitespace-insensitive. */
function locate(body, quote) {
  if (!quote) return null;
  let i = body.indexOf(quote);
  if (i >= 0) return [i, i + quote.length];
  const nb = norm(body), nq = norm(quote).replace(/…$/, '');
  i = nb.indexOf(nq);
  if (i >= 0) return [i, i + nq.length];
  const words = nq.split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return null;
  const m = new RegExp(words.join('\\s+')).exec(nb);
  return m ? [m.index, m.index + m[0].length] : null;
}

const stats = new Map(); // rule -> {a, m, b, sets: {set: {a, b}}}
const cases = [];
let unlocated = 0, overridden = 0;
for (const [name, goldPath, pathsOf] of sets) {
  if (!existsSync(goldPath)) continue;
  const gold = readJsonl(goldPath).filter((g) => !heldOutDocs.has(g.doc));
  const docs = [...new Set(gold.map((g) => g.doc))];
  const preds = [], drops = [], bodies = new Map();
  for (const d of docs) {
    const paths = pathsOf(d).filter((p) => existsSync(p));
    if (!paths.length) continue;
    for await (const r of readInputs([paths[0]])) {
      if (!r.article) continue;
      const doc = r.article.id ?? d;
      bodies.set(d, r.article.body);
      // A drop is final unless a later rule of the same sentence still makes a claim whose span holds the
      // candidate's (content/needs-issue drops, then content/harm-issue changes and claim/make claims).
      let open = [];
      const found = new Map(); // candidate span -> its type, for drops whose detail does not name it (holder rules)
      const trace = (e) => {
        if (e.rule === 'sentence') { open = []; found.clear(); return; }
        const type = /^[A-Z]{5,}\b/.exec(e.detail)?.[0];
        if (type) found.set(`${e.span}`, type);
        if (e.decision === 'drop') { const x = { doc: d, e, type: type ?? found.get(`${e.span}`), final: true }; drops.push(x); open.push(x); }
        if (e.decision === 'claim') for (const x of open) if (e.span[0] <= x.e.span[0] && x.e.span[1] <= e.span[1]) x.final = false;
      };
      for (const c of extract(r.article, { trace })) preds.push({ ...toEvalRecord(c), doc: d });
      void doc;
    }
  }
  const det = scoreDetails(gold, preds);
  const quotes = new Map(); // doc -> [{span, missed, g}]
  for (const g of det.gold) {
    const span = locate(bodies.get(g.doc) ?? '', g.quote);
    if (!span) { unlocated++; continue; }
    if (!quotes.has(g.doc)) quotes.set(g.doc, []);
    quotes.get(g.doc).push({ span, missed: !g.optional && !det.strict.usedG.has(g._i), optional: !!g.optional, g });
  }
  for (const { doc, e, type, final } of drops) {
    if (!final) { overridden++; continue; }
    const inside = (quotes.get(doc) ?? []).filter((q) => e.span[0] >= q.span[0] && e.span[1] <= q.span[1]);
    const kind = inside.some((q) => q.missed) ? 'a' : inside.some((q) => !q.optional) ? 'm' : inside.length ? 'o' : 'b';
    const st = stats.get(e.rule) ?? { a: 0, at: 0, ah: 0, m: 0, o: 0, b: 0, sets: {} };
    st[kind]++;
    // (at: of the kills, those whose candidate had a type the missed gold claim allows; from the trace.)
    if (kind === 'a' && inside.some((q) => q.missed && [].concat(q.g.type).includes(type))) st.at++;
    // (ah: of those, the ones whose candidate opens the gold quote (within its first 30 characters), as a cue
    // carrying the claim does; a candidate deep inside a long quote is mostly a word the claim only contains.)
    if (kind === 'a' && inside.some((q) => q.missed && [].concat(q.g.type).includes(type) && e.span[0] - q.span[0] <= 30)) st.ah++;
    st.sets[name] ??= { a: 0, b: 0 };
    if (kind === 'a' || kind === 'b') st.sets[name][kind]++;
    stats.set(e.rule, st);
    if (caseRule && e.rule === caseRule && (kind === 'a' || kind === 'b')) {
      const body = bodies.get(doc);
      const lo = Math.max(body.lastIndexOf('\n', e.span[0]), body.lastIndexOf('. ', e.span[0] - 2) + 1, e.span[0] - 220);
      const ctx = body.slice(lo, Math.min(body.length, e.span[1] + 160)).replace(/\s+/g, ' ');
      const gs = inside.filter((q) => q.missed).map((q) => `${q.g.actor} ${[].concat(q.g.type).join('|')} ${q.g.issue}`).join('; ');
      cases.push(`${kind} ${name} ${doc.slice(0, 14)} “${e.text}” ${e.detail}${gs ? `  GOLD ${gs}` : ''}\n     …${ctx}…`);
    }
  }
}

const rows = [...stats.entries()].map(([rule, s]) => ({ rule, ...s, precision: s.a + s.b ? s.b / (s.a + s.b) : null }))
  .sort((x, y) => y.a - x.a || y.b - x.b);
console.log(`${'rule'.padEnd(40)} ${'a(kill)'.padStart(7)} ${'a-type'.padStart(6)} ${'a-head'.padStart(6)} ${'b(right)'.padStart(8)} ${'m'.padStart(4)} ${'o'.padStart(3)}  prec`);
for (const r of rows) console.log(`${r.rule.padEnd(40)} ${String(r.a).padStart(7)} ${String(r.at).padStart(6)} ${String(r.ah).padStart(6)} ${String(r.b).padStart(8)} ${String(r.m).padStart(4)} ${String(r.o).padStart(3)}  ${r.precision == null ? ' n/a' : r.precision.toFixed(2)}`);
const tot = rows.reduce((t, r) => ({ a: t.a + r.a, b: t.b + r.b }), { a: 0, b: 0 });
console.log(`total drops: a ${tot.a}  b ${tot.b}  (m = inside a matched gold quote, o = inside an optional one; ${unlocated} gold quotes not located; ${overridden} drops not final, a later rule still claimed the candidate)`);
if (caseRule) { console.log(`\ncases of ${caseRule}:`); for (const c of cases.sort()) console.log(c); }
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
