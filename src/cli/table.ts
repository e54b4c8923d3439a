// A plain-text table of claims for the terminal: one line per claim, the quote last.
import type { Claim } from '../extract/types.js';
import { compactDate } from '../util/dates.js';
import { oneLine } from '../util/terminal.js';

function dateText(c: Claim): string {
  const v = compactDate(c.date.value);
  const s = v == null ? '—' : typeof v === 'string' ? v : `${v.from}…${v.to}`;
  return c.date.basis === 'default' ? `${s}*` : s;
}

export function formatTable(claims: Claim[], debug = false): string {
  if (!claims.length) return '(no claims)';
  // Every cell from the data with its control characters escaped: an article or outlet name must not
  // drive the terminal (util/terminal.ts).
  const rows = claims.map((c) => [
    c.doc.length > 24 ? c.doc.slice(0, 23) + '…' : c.doc,
    c.actor, c.type, c.issue, c.regions.join(',') || '—', dateText(c),
    `${c.source.outlet ?? '—'}${c.source.count ? ` ×${c.source.count}` : ''}`,
  ].map(oneLine));
  const head = ['doc', 'actor', 'type', 'issue', 'regions', 'date', 'source'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((x, i) => x.padEnd(widths[i])).join('  ');
  const out = [line(head) + '  quote', widths.map((w) => '-'.repeat(w)).join('  ') + '  -----'];
  claims.forEach((c, k) => {
    const q = oneLine(c.quote.replace(/\s+/g, ' '));
    out.push(`${line(rows[k])}  “${q.length > 90 ? q.slice(0, 89) + '…' : q}”`);
    if (debug) out.push(`${' '.repeat(4)}rule ${oneLine(c.rule)}  span ${c.span.join('-')}  modality ${c.modality}${c.conditions.length ? `  conditions ${c.conditions.join(',')}` : ''}`);
  });
  // The footnote explains '*'; it is printed only when some row has one.
  const starred = claims.some((c) => c.date.basis === 'default');
  out.push('', `${claims.length} claims${starred ? ' (* date is the default publication window)' : ''}`);
  return out.join('\n');
}
