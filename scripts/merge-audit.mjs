#!/usr/bin/env node
// Merge audit: how many missed gold claims were found and then merged away (document/merge, spec §3 rule 1)? For
// every non-optional gold claim of the TUNING sets (dev, every own set not held out, the blind sets not held out;
// never a held-out set) that the reference scorer leaves unmatched (issue `other` set aside), it asks whether a final
// prediction of the same document, actor, issue and a gold type carries the gold line's sentence in its quote or its
// evidence (the merged places). Those are statements the extractor read but reported inside another claim.
//
// Why it matters for what to change: the scorer (spec §5) matches on doc, actor, issue, type, regions and date only,
// never on the quote, so reporting the absorbed place as evidence cannot make it match; only a second output line can.
// Sixty-ninth session (merge69), on l69: 2685 missed, 505 with a same-key prediction, 268 whose quote or evidence holds
// the gold sentence, 195 of them through a merge. Turning merging off found 263 more true claims and 2541 more false
// ones; keeping named speakers apart, 25 and 93. Usage: node scripts/merge-audit.mjs [--list] (needs `npm run build`).
import { existsSync } from 'node:fs';
import { root, readInputs, extract, toEvalRecord, readJsonl, scoreDetails } from './dist.mjs';
import { tuningSets } from './held-out.mjs';

const list = process.argv.includes('--list');
const norm = (s) => String(s ?? '').toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
// Two quotes name the same place when one holds the other or they share five words in a row.
function sameplace(a, b) {
  a = norm(a); b = norm(b);
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const wa = a.split(' '), bs = ` ${b} `;
  for (let i = 0; i + 5 <= wa.length; i++) if (bs.includes(` ${wa.slice(i, i + 5).join(' ')} `)) return true;
  return false;
}

let missed = 0, sameKey = 0, held = 0, merged = 0;
for (const [name, goldPath, pathsOf] of tuningSets(root)) {
  if (!existsSync(goldPath)) continue;
  const gold = readJsonl(goldPath);
  const paths = [...new Set(gold.map((g) => g.doc))].flatMap(pathsOf).filter((p) => existsSync(p));
  const claims = [];
  for await (const r of readInputs(paths)) if (r.article) for (const c of extract(r.article)) claims.push(c);
  const d = scoreDetails(gold, claims.map(toEvalRecord));
  for (const g of d.gold) {
    if (g.optional || g.issue === 'other' || d.strict.usedG.has(g._i)) continue;
    missed++;
    const same = claims.filter((c) => c.doc === g.doc && c.actor === g.actor && c.issue === g.issue && g._types.includes(c.type));
    if (!same.length) continue;
    sameKey++;
    const hit = same.find((c) => [{ quote: c.quote }, ...c.evidence].some((e) => sameplace(e.quote, g.quote)));
    if (!hit) continue;
    held++;
    if (hit.evidence.length) merged++;
    if (list) console.log(`${name} ${g.doc} ${g.actor} ${g._types.join('|')} ${g.issue} gold “${String(g.quote).slice(0, 70)}” in ${hit.id} “${hit.quote.slice(0, 50)}” (+${hit.evidence.length} places)`);
  }
}
console.log(`missed ${missed}; with a same doc/actor/type/issue prediction ${sameKey}; its quote or evidence holds the gold sentence ${held}; through a merge ${merged}`);
