// The schematic region map as inline SVG, at two widths (desktop and phone; the stylesheet shows one).
// Geometry goes in presentation attributes, colours in the stylesheet (classes), never in style
// attributes (the CSP forbids them). The timeline chart is timeline-chart.ts.
import { html, join, seg, type SafeHtml } from './html.js';
import type { MapModel } from './models.js';
import { km2 } from './timeline-chart.js';

/** The schematic tile map, each region coloured by the shown actor's stance as of the map's date (partial stances hatched). */
export function mapChart(m: MapModel, layout: 'wide' | 'narrow' = 'wide'): SafeHtml {
  const narrow = layout === 'narrow';
  // Phone: tiles small enough for ten columns in a phone's width, labelled with three letters.
  const S = narrow ? 32 : 84;
  const G = narrow ? 2 : 4;
  const cols = Math.max(...m.regions.map((r) => r.col)) + 1;
  const rows = Math.max(...m.regions.map((r) => r.row)) + 1;
  const W = cols * (S + G) + G;
  const H = rows * (S + G) + G;
  const SHORT: Record<string, string> = { claims: 'claims', claims_part: 'claims part', holds_line: 'holds line', concedes_part: 'concedes part', concedes: 'concedes' };
  const hatch = `hatch-map-${layout}`;
  const defs = html`<defs><pattern id="${hatch}" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect class="hatch-bg" width="8" height="8"/><line class="hatch-line" x1="0" y1="0" x2="0" y2="8"/></pattern></defs>`;
  const tiles = m.regions.map((r) => {
    const x = G + r.col * (S + G);
    const y = G + r.row * (S + G);
    const st = r.stances[0];
    const who = st ? `${st.actor} ${st.stance} since ${st.since}; events: ${st.events.map((e) => `${e.id} (${e.outlets} outlet${e.outlets === 1 ? '' : 's'}) “${e.quote}”`).join('; ')}` : 'no stance';
    const labels = narrow
      ? html`<text class="tile-abbr" x="${x + S / 2}" y="${y + S / 2 + 3.5}" text-anchor="middle">${r.abbr}</text>`
      : html`<text class="tile-label" x="${x + 6}" y="${y + 16}">${r.label}</text><text class="tile-code" x="${x + 6}" y="${y + 28}">${r.code}</text>${st ? html`<text class="tile-who" x="${x + 6}" y="${y + 44}">${SHORT[st.stance]}</text>` : ''}`;
    return html`<a href="${`/search?region=${seg(r.code)}`}" class="tile-link" data-region="${r.code}"><rect class="${`tile st-${r.status}${r.foreign ? ' foreign' : ''}`}" x="${x}" y="${y}" width="${S}" height="${S}" rx="${narrow ? 3 : 6}"/>${r.partial ? html`<rect class="tile-hatch" x="${x}" y="${y}" width="${S}" height="${S}" rx="${narrow ? 3 : 6}"/>` : ''}${labels}<title>${r.name} (${r.code}${r.km2 ? ', ' + km2(r.km2) : ''}) as of ${m.date}: ${who}</title></a>`;
  });
  return html`<svg class="${`map map-${layout}`}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${`Schematic map of ${m.actor ?? 'no'} stances as of ${m.date}`}">${defs}${join(tiles)}</svg>`;
}
