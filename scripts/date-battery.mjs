#!/usr/bin/env node
// The date battery (test/fixtures/dates/battery.jsonl): short articles, each with a header and the date the spec (§2
// `date`, §3.11) gives each claim, in families of the ways news dates a stance (weekdays, months across a year
// boundary, datelines, pluperfect reports, anchored days, occasions, dated documents, background years …), written on
// other disputes. It scores dates only, not recall: an expectation is "found" when a claim of its actor and issue is
// made (or, failing that, one of its actor and type on another issue); of those found, "overlap" is the scorer's date test (the ranges overlap) and "exact" the stricter one (the
// claim's range lies inside the gold's; null for null).
//   node scripts/date-battery.mjs            family lines
//   node scripts/date-battery.mjs --list     also each expectation whose date is not exact
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, dist } from './dist.mjs';

const { articleFor } = await import(dist('eval/cases.js'));
const { extract } = await import(dist('extract/index.js'));
const { dateBounds, compactDate } = await import(dist('util/dates.js'));

const list = process.argv.includes('--list');
const cases = readFileSync(join(root, 'test/fixtures/dates/battery.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const types = (e) => (Array.isArray(e.type) ? e.type : [e.type]);
const by = new Map();
const total = { n: 0, found: 0, overlap: 0, exact: 0 };
const shown = [];
for (const k of cases) {
  const claims = extract(articleFor(k));
  const used = new Set();
  for (const e of k.expect) {
    // Issue first; else a claim of the actor and type on another issue (the battery measures dates, not issues).
    const pool = claims.filter((c) => !used.has(c) && c.actor === e.actor && c.issue === e.issue);
    const c = pool.find((x) => types(e).includes(x.type)) ?? pool[0] ?? claims.find((x) => !used.has(x) && x.actor === e.actor && types(e).includes(x.type));
    let f = by.get(k.family);
    if (!f) by.set(k.family, (f = { n: 0, found: 0, overlap: 0, exact: 0 }));
    for (const x of [f, total]) x.n++;
    if (!c) { if (list) shown.push(`${k.id}  NOT FOUND ${e.actor} ${e.issue}  (${claims.map((x) => `${x.actor} ${x.type} ${x.issue}`).join('; ')})`); continue; }
    used.add(c);
    const g = dateBounds(e.date), p = dateBounds(c.date.value);
    const overlap = g === null ? p === null : p !== null && p[0] <= g[1] && g[0] <= p[1];
    const exact = g === null ? p === null : p !== null && g[0] <= p[0] && p[1] <= g[1];
    for (const x of [f, total]) { x.found++; x.overlap += Number(overlap); x.exact += Number(exact); }
    if (list && !exact) shown.push(`${k.id}  want ${JSON.stringify(e.date)} got ${JSON.stringify(compactDate(c.date.value))}${overlap ? ' (overlaps)' : ''}  ${c.actor} ${c.type} ${c.issue} «${c.quote}» ${c.rule}`);
  }
}
const line = (name, f) => `${name.padEnd(16)} found ${f.found}/${f.n}  overlap ${f.overlap}/${f.found}  exact ${f.exact}/${f.found}`;
console.log(line('date battery', total));
for (const [name, f] of [...by].sort((a, b) => a[0].localeCompare(b[0]))) console.log('  ' + line(name, f));
for (const s of shown) console.log(s);
