// parley events: statements merged across reports, with their evidence and independent outlets.
import type { CommandIO } from '../io.js';
import { UsageError } from '../io.js';
import { checkFilterOptions, dateText, formatOption, openForQuery, parseCommand, table } from '../command-helpers.js';
import { regionNames } from '../../lexicon/regions.js';

export const usage = `usage: parley events [options]

Events: claims from different articles that report the same statement (same actor, compatible
type, issue, regions and dates), with every report kept as evidence and the number of independent
outlets (a report crediting another outlet counts as that outlet; near-duplicate copies count once).

options:
  --db FILE              database file (default ./parley.db)
  --actor CODE           only this actor (RUS, UKR, …; any case, or a name: Russia)
  --issue ISSUE          only this issue
  --type TYPE            only this claim type (DEMAND, OFFER, …)
  --region REGION        only events about this region: a code (UA-14) or a name (Donetsk)
  --outlet NAME          only events reported or credited by this outlet (substring)
  --from DATE, --to DATE only events whose date overlaps this window
  --format table|json    output format (default table)`;

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    db: { type: 'string' }, actor: { type: 'string' }, issue: { type: 'string' }, type: { type: 'string' },
    region: { type: 'string' }, outlet: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
    format: { type: 'string' },
  }, usage, true);
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'\n${usage}`);
  const format = formatOption(values.format, ['table', 'json'], 'table');
  const names = regionNames();
  const store = await openForQuery(values.db, io);
  try {
    const filters = await checkFilterOptions({ actor: values.actor, issue: values.issue, type: values.type, region: values.region, from: values.from, to: values.to }, store);
    const events = await store.listEvents({ ...filters, outlet: values.outlet });
    if (format === 'json') {
      const claims = new Map((await store.listClaims()).map((c) => [c.key, c]));
      const out = events.map((e) => ({
        id: e.id, actor: e.actor, type: e.type, types: e.types, issue: e.issue, target: e.target, regions: e.regions,
        region_names: e.regions.map((r) => ({ code: r, name: names.name(r) })),
        partial: e.partial ?? [], implied: !!e.implied, conditions: e.conditions ?? [],
        date: e.date, date_start: e.dateStart, date_end: e.dateEnd, outlets: e.outlets, outlet_names: e.outletNames,
        front_line: e.frontLine, quote: e.quote,
        reports: e.claimKeys.map((k) => claims.get(k)).filter((c) => !!c).map((c) => ({
          claim: c!.ref, id: c!.claim.id, doc: c!.claim.doc, type: c!.claim.type, regions: c!.claim.regions, date: c!.claim.date.value,
          outlet: c!.claim.source.outlet, credited: c!.claim.source.credited, count: c!.claim.source.count ?? null,
          publisher: c!.publisher, published: c!.published, url: c!.url, story: c!.storyId, quote: c!.claim.quote, span: c!.claim.span,
        })),
      }));
      io.out(JSON.stringify({ events: out }, null, 2) + '\n');
      return 0;
    }
    if (events.length === 0) { io.out('no events match\n'); return 0; }
    io.out(table(['id', 'date', 'actor', 'type', 'issue', 'regions', 'outlets', 'reports', 'quote'], events.map((e) => [
      e.id, dateText(e.dateStart, e.dateEnd), e.actor, e.type, e.issue, e.regions.map((r) => names.label(r)).join(', ') || '—', String(e.outlets),
      String(e.claimKeys.length), e.quote,
    ])));
    io.out(`${events.length} event${events.length === 1 ? '' : 's'}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
