// parley positions: each party's position on each issue over time, with its changes explained.
import type { CommandIO } from '../io.js';
import { UsageError } from '../io.js';
import { checkFilterOptions, dateOption, formatOption, openForQuery, parseCommand, table } from '../command-helpers.js';
import { buildPositions, comparePositions, loadFronts, loadRegionTable, narrative, type Change, type PositionStep, type RegionStance } from '../../track/index.js';
import { regionNames } from '../../lexicon/regions.js';

export const usage = `usage: parley positions [options]

Positions over time per actor and issue (spec §6). One step per statement (an event, or claims of
one article linked as conditions); a step with no date in the text is placed at the publication
date and marked implied (*). For territory, each region has a stance (claims, claims_part,
holds_line, concedes_part, concedes), carried forward until restated, and each change is tougher,
softer, reframed or unchanged by region, explained with its evidence events. For other issues, a
step lists the types held; ACCEPT ↔ REJECT is a reversal.

options:
  --db FILE                 database file (default ./parley.db)
  --actor CODE              one actor (RUS, UKR, USA, …)
  --issue ISSUE             one issue (territory, ceasefire, …)
  --from DATE --to DATE     compare the positions as of two dates (needs --actor; issue
                            defaults to territory): {"from": step, "to": step, "change": {…}}
  --explain                 print the story of each position as a numbered narrative
  --format table|json       output format (default table)
  --lexicon DIR             extra lexicon directory (region names, areas, fronts)`;

export function publicStances(list: RegionStance[]) {
  return list.map((s) => ({ region: s.region, name: s.name, stance: s.stance, basis: s.basis, since: s.since, events: s.events }));
}

export function publicChange(c: Change | null) {
  if (!c) return null;
  return {
    label: c.label, text: c.text, up: c.up, down: c.down, stated: c.stated, unstated: c.unstated,
    up_km2: c.up_km2, down_km2: c.down_km2, up_partial: c.up_partial, down_partial: c.down_partial, reversal: c.reversal, evidence: c.evidence,
  };
}

function publicStep(s: PositionStep | null, territorial: boolean) {
  if (!s) return null;
  return {
    date: s.date, implied: s.implied, types: s.types, regions: s.regions, events: s.events, outlets: s.outlets, evidence: s.evidence,
    ...(territorial ? { stated: publicStances(s.stated), stances: publicStances(s.stances), claims_km2: s.claims_km2, concedes_km2: s.concedes_km2 } : {}),
    change: publicChange(s.change),
  };
}

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    db: { type: 'string' }, actor: { type: 'string' }, issue: { type: 'string' }, from: { type: 'string' },
    to: { type: 'string' }, format: { type: 'string' }, lexicon: { type: 'string', multiple: true }, explain: { type: 'boolean' },
  }, usage, true);
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'\n${usage}`);
  const format = formatOption(values.format, ['table', 'json'], 'table');
  const from = dateOption(values.from, true, '--from');
  const to = dateOption(values.to, true, '--to');
  if ((from === undefined) !== (to === undefined)) throw new UsageError('--from and --to go together');
  if (from && !values.actor) throw new UsageError('--from/--to compare one position: give --actor (and --issue, default territory)');
  const lexicon = values.lexicon ?? [];
  const names = regionNames(lexicon);

  const store = await openForQuery(values.db, io);
  try {
    const filters = await checkFilterOptions({ actor: values.actor, issue: values.issue }, store, lexicon);
    const actor = filters.actor;
    const issue = filters.issue ?? (from ? 'territory' : undefined);
    const [events, regionsTable, fronts] = await Promise.all([store.listEvents({ actor }), loadRegionTable(lexicon), loadFronts(lexicon)]);
    const positions = buildPositions(events, { actor, issue, regions: regionsTable, fronts, names: names.name });
    const label = (code: string) => names.label(code);
    const stanceText = (list: RegionStance[]) => (list.length ? list.map((s) => `${label(s.region)} ${s.stance}`).join(', ') : '—');
    if (from && to) {
      const position = positions[0] ?? { actor: actor!, issue: issue!, steps: [] };
      const cmp = comparePositions(position, from, to, { regions: regionsTable, names: names.name });
      const territorial = position.issue === 'territory';
      if (format === 'json') {
        io.out(JSON.stringify({ actor: position.actor, issue: position.issue, from: publicStep(cmp.from, territorial), to: publicStep(cmp.to, territorial), change: publicChange(cmp.change) }, null, 2) + '\n');
      } else {
        const what = (s: PositionStep | null) => (s ? (territorial ? stanceText(s.stances) : s.types.join(', ')) : '—');
        const row = (name: string, date: string, s: PositionStep | null) => [name, date, s ? `${s.date}${s.implied ? '*' : ''}` : '—', what(s)];
        io.out(`${position.actor} ${position.issue}\n`);
        io.out(table(['', 'as of', 'step', 'position'], [row('from', from, cmp.from), row('to', to, cmp.to)], 90));
        io.out(`change: ${cmp.change?.text ?? 'n/a (no position on one of the dates)'}\n`);
        if (cmp.change?.evidence.length) io.out(`evidence: ${cmp.change.evidence.map((e) => `${e.id} (${e.outlets} outlet${e.outlets === 1 ? '' : 's'})`).join(', ')}\n`);
      }
      return 0;
    }
    if (format === 'json') {
      io.out(JSON.stringify({ positions: positions.map((p) => ({ actor: p.actor, issue: p.issue, steps: p.steps.map((s) => publicStep(s, p.issue === 'territory')), ...(values.explain ? { narrative: narrative(p) } : {}) })) }, null, 2) + '\n');
      return 0;
    }
    if (positions.length === 0) { io.out('no positions (no dated events match)\n'); return 0; }
    for (const p of positions) {
      io.out(`${p.actor} ${p.issue}\n`);
      if (values.explain) {
        io.out(narrative(p).map((l) => `  ${l}`).join('\n') + '\n\n');
        continue;
      }
      const territorial = p.issue === 'territory';
      io.out(table(['date', 'change', 'types', territorial ? 'stated (position carried forward)' : 'regions', 'outlets', 'events'], p.steps.map((s) => [
        `${s.date}${s.implied ? '*' : ''}`, s.change?.label ?? '', s.types.join(','),
        territorial ? stanceText(s.stated) : s.regions.map(label).join(', ') || '—',
        String(s.outlets), s.events.join(','),
      ]), 70).replace(/^/gm, '  '));
      io.out('\n');
    }
    if (positions.some((p) => p.steps.some((s) => s.implied))) io.out('(*: no date in the text; placed at the publication date)\n');
    return 0;
  } finally {
    await store.close();
  }
}
