// parley export: every stored claim as JSON Lines, CSV or PLOVER event records.
import type { CommandIO } from '../io.js';
import { UsageError } from '../io.js';
import { checkFilterOptions, formatOption, openForQuery, parseCommand } from '../command-helpers.js';
import { toPlover } from '../../export/plover.js';
import type { StoredClaim } from '../../store/types.js';
import { isoDate } from '../../util/dates.js';

export const usage = `usage: parley export --format jsonl|csv|plover [options]

Writes every stored claim to standard output:
  jsonl    one JSON object per claim: the claim as extracted, its article and its event
  csv      one row per claim (RFC 4180, header row)
  plover   PLOVER event records (JSON Lines): id, date, actor, recipient, event, mode, context,
           event_text, text, text_info offsets, cite_info {url, publication}, coder {name, version}

options:
  --format F          jsonl (default), csv or plover
  --db FILE           database file (default ./parley.db)
  --actor CODE        only this actor
  --issue ISSUE       only this issue
  --type TYPE         only this claim type`;

const CSV_COLUMNS = ['claim', 'id', 'doc', 'actor', 'type', 'issue', 'target', 'regions', 'date', 'date_start', 'date_end', 'date_basis',
  'outlet', 'credited', 'count', 'attribution', 'modality', 'negated', 'quote', 'span_start', 'span_end', 'conditions', 'rule',
  'event', 'publisher', 'published', 'url', 'title'];

export function csvCell(value: unknown): string {
  if (value == null) return '';
  const s = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** ISO 8601: a day, a month, or an interval 'from/to'. */
const dateString = (v: StoredClaim['claim']['date']['value']): string => isoDate(v);

export async function run(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    format: { type: 'string' }, db: { type: 'string' }, actor: { type: 'string' }, issue: { type: 'string' }, type: { type: 'string' },
  }, usage, true);
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'\n${usage}`);
  const format = formatOption(values.format, ['jsonl', 'csv', 'plover'], 'jsonl');
  const store = await openForQuery(values.db, io);
  try {
    const filters = await checkFilterOptions({ actor: values.actor, issue: values.issue, type: values.type }, store);
    const claims = await store.listClaims({ actor: filters.actor, issue: filters.issue, type: filters.type });
    const eventOf = new Map<number, string>();
    for (const e of await store.listEvents()) for (const k of e.claimKeys) eventOf.set(k, e.id);
    const articles = new Map((await store.listArticles()).map((a) => [a.id, a]));
    if (format === 'csv') {
      io.out(CSV_COLUMNS.join(',') + '\r\n');
      for (const c of claims) {
        const k = c.claim;
        const row = [c.ref, k.id, k.doc, k.actor, k.type, k.issue, k.target ?? '', k.regions.join(';'), dateString(k.date.value), c.dateStart,
          c.dateEnd, k.date.basis, k.source.outlet, k.source.credited, k.source.count ?? '', k.source.attribution, k.modality, k.negated,
          k.quote, k.span[0], k.span[1], k.conditions.join(';'), k.rule, eventOf.get(c.key) ?? '', c.publisher, c.published, c.url, c.title];
        io.out(row.map(csvCell).join(',') + '\r\n');
      }
      return 0;
    }
    let textOf: { id: number; text: string | null } = { id: -1, text: null };
    for (const c of claims) {
      if (format === 'jsonl') {
        const a = articles.get(c.articleId);
        io.out(JSON.stringify({
          ...c.claim, claim: c.ref, event: eventOf.get(c.key) ?? null,
          article: { doc: a?.doc, source: a?.source, url: c.url, outlet: c.publisher, published: c.published, title: c.title, hash: a?.hash, story: c.storyId },
        }) + '\n');
      } else {
        if (textOf.id !== c.articleId) textOf = { id: c.articleId, text: (await store.getArticle(c.articleId))?.text ?? null };
        io.out(JSON.stringify(toPlover(c, textOf.text, articles.get(c.articleId)?.extractorVersion ?? 'unknown')) + '\n');
      }
    }
    return 0;
  } finally {
    await store.close();
  }
}
