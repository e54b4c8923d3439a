#!/usr/bin/env node
// Date misses of the tuning sets: for each strict match (the scorer's own matching, as quality.mjs) whose predicted
// date does not overlap the gold date, prints doc, actor, issue, gold date, predicted date and the quote. Runs only
// the named documents of each tuning set's gold: never a held-out set (scripts/held-out.mjs), never a whole folder.
//   node scripts/date-misses.mjs --outlet [SET ...]   outlet misses instead (gold outlet vs predicted, as the scorer compares them)
//   node scripts/date-misses.mjs [SET ...]    (sets: dev, own-a … own-af, blind-early, -late, -third, -fifth, -sixth; all tuning sets by default)
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, dist, readInputs, extract, toEvalRecord, readJsonl, scoreDetails } from './dist.mjs';
import { HELD_OUT_GOLD, heldOutDocs as heldOutDocsOf } from './held-out.mjs';

const { dayRange } = await import(dist('eval/score.js'));
const shared = join(root, '..', 'shared');
const own = join(root, 'test/fixtures/own-corpus');
const held = heldOutDocsOf(root, readJsonl);
const sets = {
  dev: [join(shared, 'corpus/dev/gold.jsonl'), [join(shared, 'corpus/dev/articles')]],
  // Every own set and every blind raw set there is (a held-out one only if asked for by name, and then refused).
  ...Object.fromEntries(readdirSync(own).filter((f) => /^gold-[a-z]+\.jsonl$/.test(f)).sort().map((f) => [`own-${f.slice(5, -6)}`, [join(own, f), [join(own, 'articles')]]])),
  ...Object.fromEntries(['early', 'late', 'third', 'fourth', 'fifth', 'sixth'].filter((x) => existsSync(join(root, `test/fixtures/blind-raw/gold-${x}.jsonl`))).map((x) => [`blind-${x}`, [join(root, `test/fixtures/blind-raw/gold-${x}.jsonl`), ['early', 'late'].map((f) => join(shared, 'corpus/raw', f))]])),
};
const outletMode = process.argv.includes('--outlet');
const argSets = process.argv.slice(2).filter((a) => a !== '--outlet');
const normOutlet = (x) => String(x ?? '').trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
const want = argSets.length ? argSets : Object.keys(sets).filter((k) => !HELD_OUT_GOLD.some((h) => sets[k][0].endsWith(h)));
for (const name of want) {
  if (!sets[name]) throw new Error(`${name}: no such set`);
  const [goldPath, dirs] = sets[name];
  if (HELD_OUT_GOLD.some((h) => goldPath.endsWith(h))) throw new Error(`${name} is held out`);
  const gold = readJsonl(goldPath).filter((g) => !held.has(g.doc));
  const docs = new Set(gold.map((g) => g.doc));
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => docs.has(f.replace(/\.[^.]+$/, ''))).map((f) => join(d, f)));
  const pred = [];
  for await (const r of readInputs(files)) if (r.article) for (const c of extract(r.article)) pred.push(toEvalRecord(c));
  const d = scoreDetails(gold, pred);
  let n = 0, bad = 0;
  for (const [g, p] of d.strict.matches) {
    if (outletMode) {
      if (g.optional || !g.source?.outlet) continue;
      n++;
      if (normOutlet(g.source.outlet) === normOutlet(p.source?.outlet)) continue;
      bad++;
      console.log(`${name}\t${g.doc}\t${g.actor} ${p.type} ${g.issue}\tgold ${JSON.stringify(g.source.outlet)}\tpred ${JSON.stringify(p.source?.outlet ?? null)}\t${String(p.quote).replace(/\s+/g, ' ').slice(0, 120)}`);
      continue;
    }
    if (g.optional || !dayRange(g.date)) continue;
    n++;
    const a = dayRange(g.date), b = dayRange(p.date);
    if (b && a[0] <= b[1] && b[0] <= a[1]) continue;
    bad++;
    console.log(`${name}\t${g.doc}\t${g.actor} ${p.type} ${g.issue}\tgold ${JSON.stringify(g.date)}\tpred ${JSON.stringify(p.date)}\t${String(p.quote).replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  console.error(`${name}: ${n - bad}/${n} ${outletMode ? 'outlets' : 'dates'} right`);
}
