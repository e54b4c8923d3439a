#!/usr/bin/env node
// Claim audit: how often is a claim that a rule helped make right? The drop audit (drop-audit.mjs) asks which drops
// kill true claims; this asks the converse: for every final prediction on the TUNING sets (dev, every own set not held
// out, the blind sets not held out; never a held-out set), was it matched to a non-optional gold claim (tp), to an
// optional one (opt), or to none (fp)? Each prediction is charged to every rule that acted on it: its candidate rule and
// cue class (Claim.rule), its cue words, and every rule whose trace event (found, holder, change, keep, claim) lies
// inside the claim's span in its sentence.
//
// Why: adding a claim that is right with probability p raises F1 only when p > F1 / 2. At the held-out F1 of about
// 0.6, a rule whose claims are right less than about 30 % of the time costs more than it brings, however general its
// construction looks; such rules want a narrower trigger. The audit pools every tuning set, so a rule's figure rests
// on dozens of writers and hundreds of articles rather than on the set it was written against.
//   node scripts/claim-audit.mjs                    table per rule (rules with at least 5 claims), worst first
//   node scripts/claim-audit.mjs --by cue|rule|type-issue|all   what to group by (default rule)
//   node scripts/claim-audit.mjs --min N            only rows with at least N claims (default 5)
//   node scripts/claim-audit.mjs --cases NAME       also print the fp and tp claims charged to one row
//   node scripts/claim-audit.mjs --json FILE        also write the table as JSON (for before/after)
// Needs `npm run build` first.
import { existsSync, writeFileSync } from 'node:fs';
import { root, readInputs, extract, toEvalRecord, readJsonl, scoreDetails } from './dist.mjs';
import { heldOutDocs as heldOutDocsOf, tuningSets } from './held-out.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
const by = opt('--by') ?? 'rule';
const min = Number(opt('--min') ?? 5);
const caseRow = opt('--cases');
const jsonOut = opt('--json');
if (!['cue', 'rule', 'type-issue', 'all'].includes(by)) { console.error(`claim-audit: --by must be cue, rule, type-issue or all, not '${by}'`); process.exit(2); }

// Documents of held-out sets are never run or shown, even if a tuning set's gold named one.
const heldOutDocs = heldOutDocsOf(root, readJsonl);

const sets = tuningSets(root);

const CHARGED = new Set(['found', 'holder', 'change', 'keep', 'claim']);
const stats = new Map(); // row -> {tp, fp, opt, sets: {set: {tp, fp}}}
const cases = [];
let total = { tp: 0, fp: 0, opt: 0 };
for (const [name, goldPath, pathsOf] of sets) {
  if (!existsSync(goldPath)) continue;
  const gold = readJsonl(goldPath).filter((g) => !heldOutDocs.has(g.doc));
  const docs = [...new Set(gold.map((g) => g.doc))];
  const preds = [], charged = [];
  for (const d of docs) {
    const paths = pathsOf(d).filter((p) => existsSync(p));
    if (!paths.length) continue;
    for await (const r of readInputs([paths[0]])) {
      if (!r.article) continue;
      const events = [];
      const trace = (e) => { if (CHARGED.has(e.decision) && e.span) events.push(e); };
      for (const c of extract(r.article, { trace })) {
        const rows = new Set();
        if (by === 'rule' || by === 'all') {
          rows.add(c.rule.replace(/^cue:/, 'cue-class:'));
          for (const e of events) if (e.span[0] >= c.sentence[0] && e.span[1] <= c.sentence[1] && e.span[0] >= c.span[0] && e.span[1] <= c.span[1]) rows.add(e.rule);
        }
        if (by === 'cue' || by === 'all') for (const m of c.mentions) if (m.kind === 'cue') rows.add(`word:${m.text.toLowerCase()}`);
        if (by === 'type-issue' || by === 'all') rows.add(`${c.type} ${c.issue}`);
        charged.push([...rows]);
        preds.push({ ...toEvalRecord(c), doc: d, _k: preds.length, _quote: c.quote });
      }
    }
  }
  const det = scoreDetails(gold, preds);
  const status = new Map(); // _k -> tp | opt | fp (predictions on issue 'other' are out of scope and absent here)
  for (const p of det.preds) status.set(p._k, 'fp');
  for (const [g, p] of det.strict.matches) status.set(p._k, g.optional ? 'opt' : 'tp');
  // An fp with an unmatched gold claim of the same doc, actor and issue but another type is a type error (ty): the
  // claim was there, the rule named it wrongly. The rest found no claim the gold has (no).
  const openGold = det.gold.filter((g) => !det.strict.usedG.has(g._i));
  const typeError = (p) => openGold.find((g) => g.doc === p.doc && g.actor === p.actor && g.issue === p.issue);
  for (const [k, kind] of status) {
    total[kind]++;
    const ty = kind === 'fp' ? typeError(det.preds.find((p) => p._k === k)) : null;
    for (const row of charged[k]) {
      const st = stats.get(row) ?? { tp: 0, fp: 0, ty: 0, opt: 0, sets: {} };
      st[kind]++;
      if (ty) st.ty++;
      st.sets[name] ??= { tp: 0, fp: 0 };
      if (kind !== 'opt') st.sets[name][kind]++;
      stats.set(row, st);
      if (caseRow === row && kind !== 'opt') {
        const p = preds[k];
        const gt = ty ? ` (gold ${[].concat(ty.type).join('|')})` : '';
        cases.push(`${kind} ${name} ${p.doc.slice(0, 16)} ${p.actor} ${p.type}${gt} ${p.issue} “${p._quote.slice(0, 150)}”`);
      }
    }
  }
}

const rows = [...stats.entries()].map(([row, s]) => ({ row, ...s, n: s.tp + s.fp, precision: s.tp + s.fp ? s.tp / (s.tp + s.fp) : null }))
  .filter((r) => r.n >= min).sort((x, y) => x.precision - y.precision || y.n - x.n);
const overall = total.tp / (total.tp + total.fp);
console.log(`${'row'.padEnd(44)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'ty'.padStart(4)} ${'opt'.padStart(4)}  prec  sets with fp > tp   (ty: of the fp, wrong type only)`);
for (const r of rows) {
  const worse = Object.entries(r.sets).filter(([, v]) => v.fp > v.tp).length;
  console.log(`${r.row.slice(0, 44).padEnd(44)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(5)} ${String(r.ty).padStart(4)} ${String(r.opt).padStart(4)}  ${r.precision.toFixed(2)}  ${worse}/${Object.keys(r.sets).length}`);
}
console.log(`all predictions on scored issues: tp ${total.tp} fp ${total.fp} opt ${total.opt}; precision ${overall.toFixed(2)} (a row below about half the F1 costs F1; rows with fewer than ${min} claims not shown)`);
if (caseRow) { console.log(`\ncases of ${caseRow}:`); for (const c of cases.sort()) console.log(c); }
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
