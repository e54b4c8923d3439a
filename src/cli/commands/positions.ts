// parley positions: each party's position on each issue over time, with its changes named.
import type { CommandIO } from '../io.js';
import { UsageError } from '../io.js';
import { dateOption, formatOption, openForQuery, parseCommand, table } from '../command-helpers.js';
import { buildPositions, comparePositions, loadRegionTable, type PositionStep } from '../../track/index.js';

export const usage = `usage: parley positions [options]

Positions over time per actor and issue: events ordered by date (the start of a range), grouped
into steps. For territory, each step has the regions demanded and offered (territory claims plus
ceasefire claims about the line of contact: freezing the front demands and offers nothing beyond
it), their area in km², and the change from the previous step: tougher, softer, reframed or
unchanged. A step that names no region carries the previous regions over.

options:
  --db FILE                 database file (default ./parley.db)
  --actor CODE              one actor (RUS, UKR, USA, …)
  --issue ISSUE             one issue (territory, ceasefire, …)
  --from DATE --to DATE     compare the positions as of two dates (needs --actor; issue
                            defaults to territory): {"from": step, "to": step, "change": label}
  --format table|json       output format (default table)
  --lexicon DIR             extra lexicon directory (region areas)`;

function publicStep(s: PositionStep | null) {
  if (!s) return null;
  return {
    date: s.date, types: s.types, demanded: s.demanded, offered: s.offered, demanded_km2: s.demanded_km2,
    offered_km2: s.offered_km2, change: s.change, events: s.events, outlets: s.outlets,
  };
}

const km2 = (n: number) => n.toLocaleString('en-US');
const regions = (rs: string[], n: number) => (rs.length ? `${rs.join(' ')} (${km2(n)} km²)` : '—');

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    db: { type: 'string' }, actor: { type: 'string' }, issue: { type: 'string' }, from: { type: 'string' },
    to: { type: 'string' }, format: { type: 'string' }, lexicon: { type: 'string', multiple: true },
  }, usage, true);
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'\n${usage}`);
  const format = formatOption(values.format, ['table', 'json'], 'table');
  const from = dateOption(values.from, true, '--from');
  const to = dateOption(values.to, true, '--to');
  if ((from === undefined) !== (to === undefined)) throw new UsageError('--from and --to go together');
  if (from && !values.actor) throw new UsageError('--from/--to compare one position: give --actor (and --issue, default territory)');
  const actor = values.actor?.toUpperCase();
  const issue = values.issue ?? (from ? 'territory' : undefined);

  const store = await openForQuery(values.db);
  try {
    const [events, regionsTable] = await Promise.all([store.listEvents({ actor }), loadRegionTable(values.lexicon ?? [])]);
    const positions = buildPositions(events, { actor, issue, regions: regionsTable });
    if (from && to) {
      const position = positions[0] ?? { actor: actor!, issue: issue!, steps: [] };
      const cmp = comparePositions(position, from, to);
      if (format === 'json') {
        io.out(JSON.stringify({ actor: position.actor, issue: position.issue, from: publicStep(cmp.from), to: publicStep(cmp.to), change: cmp.change }, null, 2) + '\n');
      } else {
        const row = (label: string, date: string, s: PositionStep | null) => [label, date, s?.date ?? '—', s ? regions(s.demanded, s.demanded_km2) : '—', s ? regions(s.offered, s.offered_km2) : '—'];
        io.out(`${position.actor} ${position.issue}\n`);
        io.out(table(['', 'as of', 'step', 'demanded', 'offered'], [row('from', from, cmp.from), row('to', to, cmp.to)], 80));
        io.out(`change: ${cmp.change ?? 'n/a (no position on one of the dates)'}\n`);
      }
      return 0;
    }
    if (format === 'json') {
      io.out(JSON.stringify({ positions: positions.map((p) => ({ actor: p.actor, issue: p.issue, steps: p.steps.map(publicStep) })) }, null, 2) + '\n');
      return 0;
    }
    if (positions.length === 0) { io.out('no positions (no dated events match)\n'); return 0; }
    for (const p of positions) {
      io.out(`${p.actor} ${p.issue}\n`);
      io.out(table(['date', 'change', 'types', 'demanded', 'offered', 'outlets', 'events'], p.steps.map((s) => [
        s.date, s.change ?? '', s.types.join(','), regions(s.demanded, s.demanded_km2), regions(s.offered, s.offered_km2),
        String(s.outlets), s.events.join(','),
      ]), 70).replace(/^/gm, '  '));
      io.out('\n');
    }
    return 0;
  } finally {
    await store.close();
  }
}
