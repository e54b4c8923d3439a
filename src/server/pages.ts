// Server-rendered pages. Every dynamic value goes through html`…` (escaped); no inline script or style.
import type { DataSource } from './data.js';
import { href, html, join, raw, seg, type SafeHtml } from './html.js';
import { SEARCH_WINDOW, type ArticlePage, type EventPage, type MapModel, type Overview, type PageOf, type SearchItem, type Timeline, type TimelineStep } from './models.js';
import { ISSUES, TYPES, type Query } from './params.js';
import { mapChart } from './svg.js';
import { CHANGE_ARROW, CHANGES } from './timeline-chart.js';

const ISSUE_LABEL: Record<string, string> = {
  territory: 'Territory', ceasefire: 'Ceasefire', recognition: 'Recognition', alliance: 'Alliance', security_guarantees: 'Security guarantees',
  military_limits: 'Military limits', sanctions: 'Sanctions', governance: 'Governance', rights: 'Rights', humanitarian: 'Humanitarian',
  talks: 'Talks', other: 'Other',
};
export const issueLabel = (i: string) => ISSUE_LABEL[i] ?? i;

export function layout(title: string, body: SafeHtml, nav = ''): string {
  const item = (path: string, label: string) => html`<a href="${path}"${nav === path ? raw(' aria-current="page"') : ''}>${label}</a>`;
  return '<!doctype html>\n' + html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Parley</title><link rel="icon" href="/static/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/static/style.css"><script src="/static/app.js" defer></script></head>
<body><header class="top"><a class="brand" href="/">Parley</a><nav>${item('/', 'Overview')}${item('/map', 'Map')}${item('/search', 'Search')}<a href="/api/openapi.json">API</a></nav></header>
<main>${body}</main>
<footer>Parley — negotiating positions extracted from news reports. Every figure links to its sources.</footer></body></html>`.value;
}

const typeBadge = (t: string) => html`<span class="${`badge t-${t.toLowerCase()}`}">${t}</span>`;
const changeBadge = (c: string | null) => c ? html`<span class="${`change c-${c}`}" title="${`change from the previous step: ${c}`}">${CHANGE_ARROW[c] ?? ''} ${c}</span>` : '';
/** The explanation without its label ("softer: Kherson …" → "Kherson …"; a bare "unchanged" → ''): the badge shows the label. */
const changeDetail = (text: string) => text.replace(/^[a-z]+(?: \(reversal\))?(?:: |; |$)/, '');
const dateRange = (s: string | null, e: string | null) => (!s ? '—' : !e || e === s ? s : `${s} – ${e}`);
const regionNames = (rs: Array<{ code: string; name: string }>) => rs.length ? join(rs.map((r) => html`<span class="region">${r.name} <span class="code">(${r.code})</span></span>`), ', ') : html`—`;
const STANCE_LABEL: Record<string, string> = { claims: 'claims', claims_part: 'claims part', holds_line: 'holds the line', concedes_part: 'concedes part', concedes: 'concedes', none: 'no stance' };
const stanceList = (list: Array<{ region: string; name: string; stance: string }>) => list.length
  ? join(list.map((s) => html`<span class="${`stance st-${s.stance}`}">${s.name} <span class="code">(${s.region})</span> ${STANCE_LABEL[s.stance] ?? s.stance}</span>`), ' ')
  : html`—`;
const stanceLegend = (list: string[], withRejects = false) => html`<span class="legend-title">Stances:</span> ${join(list.map((st) => html`<span class="${`key st-${st}`}">${STANCE_LABEL[st]}</span>`), ' ')}${withRejects ? html` <span class="key-note">(“rejects ceding” = claims: a refusal to give up a region keeps it)</span>` : ''}`;

// ---------------------------------------------------------------- overview

export function overviewPage(m: Overview): string {
  const byKey = new Map(m.cells.map((c) => [`${c.actor}|${c.issue}`, c]));
  const rows = m.actors.map((a) => html`<tr><th scope="row"><a href="${a.href}" title="${a.name}">${a.code}</a><span class="actor-name">${a.name}</span></th>${m.issues.map((i) => {
    const c = byKey.get(`${a.code}|${i}`);
    if (!c) return html`<td class="empty"></td>`;
    return html`<td class="cell"><a class="cell-link" href="${c.href}"><span class="summary">${c.summary}</span><span class="date">${c.date}${c.implied ? ' (implied)' : ''}</span>${changeBadge(c.change)}${c.change_text && c.change !== 'unchanged' ? html`<span class="change-text">${c.change_text.replace(/^[a-z]+: /, '')}</span>` : ''}<span class="outlets" title="independent outlets behind the latest step">${c.outlets} outlet${c.outlets === 1 ? '' : 's'}</span></a></td>`;
  })}</tr>`);
  const body = html`<h1>Positions overview</h1>
<p class="lead">${m.stats.articles} articles · ${m.stats.claims} claims · ${m.stats.events} events · latest statement ${m.last_date ?? '—'}. Each cell is the latest stance of a party on an issue in a few words (the regions by stance for territory, else the claim types), its date, the change from the step before (▲ tougher, ▼ softer, ◆ reframed, = unchanged) and the number of independent outlets. Click a cell for the timeline.</p>
${m.actors.length === 0 ? html`<p class="empty-note">No positions yet: ingest some articles (parley ingest PATH --db FILE).</p>` : html`<div class="grid-wrap"><table class="grid"><thead><tr><th></th>${m.issues.map((i) => html`<th scope="col">${issueLabel(i)}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div>`}`;
  return layout('Overview', body, '/');
}

// ---------------------------------------------------------------- timeline

const DAY = 86_400_000;
const dayAdd = (d: string, n: number) => new Date(Date.parse(d + 'T00:00:00Z') + n * DAY).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / DAY);

/** Zoom and pan links for the period shown: earlier, later, zoom out, the whole span. */
function zoomNav(tl: Timeline, base: string): SafeHtml {
  const links: SafeHtml[] = [];
  const whole = tl.first_date && tl.last_date ? href(base, { from: tl.first_date, to: tl.last_date }) : base;
  if (tl.window) {
    const { from, to } = tl.window;
    const span = daysBetween(from, to) + 1;
    const first = tl.first_date ?? from;
    const last = tl.last_date ?? to;
    if (from > first) links.push(html`<a rel="prev" class="pan" href="${href(base, { from: dayAdd(from, -span), to: dayAdd(from, -1) })}">← earlier</a>`);
    links.push(html`<a class="zoom-out" href="${href(base, { from: dayAdd(from, -Math.ceil(span / 2)), to: dayAdd(to, Math.ceil(span / 2)) })}">zoom out</a>`);
    if (to < last) links.push(html`<a rel="next" class="pan" href="${href(base, { from: dayAdd(to, 1), to: dayAdd(to, span) })}">later →</a>`);
    links.push(html`<a class="latest" href="${base}">latest steps</a>`);
  }
  // The whole span on one chart, on demand (the page as first opened shows its latest steps).
  if (!tl.window || tl.window.from > (tl.first_date ?? tl.window.from) || tl.window.to < (tl.last_date ?? tl.window.to)) links.push(html`<a class="whole" href="${whole}">whole span</a>`);
  const shown = tl.steps.length ? `${tl.steps[0].date} to ${tl.steps[tl.steps.length - 1].date}` : '';
  const now = tl.window
    ? html`Showing <strong>${tl.window.from}</strong> to <strong>${tl.window.to}</strong>: ${tl.steps_total} of ${tl.position_steps} steps.`
    : tl.steps.length === tl.position_steps
      ? html`Showing all ${tl.position_steps} steps.`
      : html`Showing steps ${tl.offset + 1}–${tl.offset + tl.steps.length} of ${tl.position_steps}${shown ? html` (<strong>${shown}</strong>)` : ''}.`;
  return html`<form class="filters zoom" method="get" action="${base}"><span class="zoom-now">${now} Zoom: click a period or drag across the strip at the top of the chart, or choose dates.</span>
<label>From <input type="date" name="from" value="${tl.window?.from ?? ''}" min="${tl.first_date ?? ''}" max="${tl.last_date ?? ''}"></label><label>To <input type="date" name="to" value="${tl.window?.to ?? ''}" min="${tl.first_date ?? ''}" max="${tl.last_date ?? ''}"></label><button type="submit">Show</button>
${links.length ? html`<nav class="zoom-links">${join(links, ' ')}</nav>` : ''}</form>`;
}

/** The chart legend: stances, lines, types, implied dates, clusters. */
function chartLegend(tl: Timeline): SafeHtml {
  return html`<figcaption class="legend">${tl.territorial ? html`<div>${stanceLegend(['claims', 'claims_part', 'holds_line', 'concedes_part', 'concedes'], true)}</div><div><span class="legend-title">Lines:</span> <span class="key line-dem">claimed km² (solid)</span> <span class="key line-off">conceded km² (dashed)</span> <span class="key-note">(regions claimed or conceded whole)</span></div>` : ''}
<div><span class="legend-title">Events:</span> ${join(TYPES.map((t) => html`<span class="${`key t-${t.toLowerCase()}`}">${t}</span>`), ' ')}</div>
<div><span class="key-implied" aria-hidden="true"></span> <span class="key-note">hollow mark, faded band: implied date (no date in the text; placed at the publication date)</span> · <span class="key-cluster" aria-hidden="true"></span> <span class="key-note">ring: several events close together (click to zoom in)</span></div>
<div class="change-legend"><span class="legend-title">Changes:</span> ${join(CHANGES.map((c) => html`<span class="${`key c-${c}`}">${CHANGE_ARROW[c]} ${c}</span>`), ' ')} <span class="key-note">(labels count them per period when steps are close; the strip at the top: every step by period, bar height = number of steps, colour = the most frequent change; click or drag it to zoom)</span></div></figcaption>`;
}

/** Events listed per step in a table of several steps; the step's own page (its day) lists every one. */
export const ROW_EVENTS = 5;

/** A step's events, each a link with its quote: every one when `all`, else the first ROW_EVENTS and a link to the step's day for the rest. */
function stepEvents(s: TimelineStep, all: boolean, base: string): SafeHtml {
  const shown = all ? s.events : s.events.slice(0, ROW_EVENTS);
  const more = s.events.length - shown.length;
  const list = shown.map((e) => html`<a class="event-link" href="${e.href}">${e.id}</a> <q>${e.quote}</q>`);
  if (more) list.push(html`<a class="more-events" href="${href(base, { from: s.date, to: s.date })}">${more} more event${more === 1 ? '' : 's'} of this step</a>`);
  return join(list, html`<br>`);
}

export function timelinePage(tl: Timeline, charts: { wide: SafeHtml; narrow: SafeHtml }): string {
  const base = `/timeline/${seg(tl.actor)}/${seg(tl.issue)}`;
  const wq = tl.window ? { from: tl.window.from, to: tl.window.to } : {};
  const steps = tl.steps.map((s) => html`<tr><td class="nowrap" data-label="date">${s.date}${s.implied ? html` <span class="implied" title="no date in the text: placed at the publication date">implied</span>` : ''}</td><td data-label="change">${s.change ? changeBadge(s.change) : html`<span class="sub">first statement</span>`}${s.change_text && s.change && changeDetail(s.change_text) ? html`<div class="sub">${changeDetail(s.change_text)}</div>` : ''}</td><td data-label="types">${join(s.types.map(typeBadge), ' ')}</td>
${tl.territorial ? html`<td data-label="stated">${stanceList(s.stated)}</td>` : html`<td data-label="regions">${regionNames(s.regions)}</td>`}
<td data-label="outlets">${s.outlets}</td><td data-label="events">${stepEvents(s, tl.steps.length === 1, base)}</td></tr>`);
  const body = html`<p class="crumbs"><a href="/">Overview</a> › ${tl.actor_name}</p>
<h1>${tl.actor_name === tl.actor ? tl.actor : `${tl.actor_name} (${tl.actor})`} · ${issueLabel(tl.issue)}</h1>
<p class="lead">${tl.actor_name}'s position on ${issueLabel(tl.issue).toLowerCase()}, ${tl.position_steps} step${tl.position_steps === 1 ? '' : 's'} from ${tl.first_date ?? '—'} to ${tl.last_date ?? '—'}.${tl.territorial ? ' The chart: km² claimed (red) and conceded (blue) as whole regions; one band per region coloured by its stance (hatched: part of the region); events by type.' : ' The chart: events by type.'} Change labels are grouped by week, month, quarter or year when steps are too close to label one by one.</p>
${zoomNav(tl, base)}
<figure class="chart-wrap">${charts.wide}${charts.narrow}${chartLegend(tl)}</figure>
<h2>The story</h2>
<ol class="narrative">${join(tl.narrative.map((l) => { const m = /^(\d+)\. /.exec(l); return html`<li value="${m ? Number(m[1]) : ''}">${l.replace(/^\d+\. /, '')}</li>`; }))}</ol>
<h2>Steps${tl.steps_total > tl.steps.length ? html` ${tl.offset + 1}–${tl.offset + tl.steps.length} of ${tl.steps_total}` : ''}${tl.window ? html` <span class="sub">(${tl.window.from} to ${tl.window.to})</span>` : ''}</h2>
<div class="table-wrap"><table class="list steps"><thead><tr><th>date</th><th>change</th><th>types</th>${tl.territorial ? html`<th>stated (carried forward until restated)</th>` : html`<th>regions</th>`}<th>outlets</th><th>events</th></tr></thead><tbody>${steps}</tbody></table></div>
<nav class="pager">${tl.offset > 0 ? html`<a rel="prev" href="${href(base, { ...wq, limit: tl.limit, offset: Math.max(0, tl.offset - tl.limit) })}">← earlier steps</a>` : ''} ${tl.next ? html`<a rel="next" href="${tl.next}">later steps →</a>` : ''}</nav>
${tl.other_issues.length ? html`<p>Other issues of ${tl.actor}: ${join(tl.other_issues.map((i) => html`<a href="${`/timeline/${seg(tl.actor)}/${seg(i)}`}">${issueLabel(i)}</a>`), ' · ')}</p>` : ''}`;
  return layout(`${tl.actor} ${tl.issue}`, body);
}

// ---------------------------------------------------------------- map

export function mapPage(m: MapModel): string {
  const stated = m.regions.filter((r) => r.stances.length);
  const rows = stated.map((r) => html`<tr><td data-label="region">${r.name} <span class="code">(${r.code})</span></td><td data-label="stance"><span class="${`stance st-${r.status}`}">${STANCE_LABEL[r.status]}</span></td><td data-label="since">${r.stances[0].since}</td><td data-label="events">${join(r.stances[0].events.map((e) => html`<a class="event-link" href="${e.href}">${e.id}</a> <span class="sub">${e.outlets} outlet${e.outlets === 1 ? '' : 's'}</span> <q>${e.quote}</q>`), html`<br>`)}</td></tr>`);
  const body = html`<h1>${m.actor ? html`${m.actor_name} (${m.actor})` : 'Regions'}: territorial stances as of ${m.date}</h1>
<form class="filters" method="get" action="/map"><label>Date <input type="date" name="date" value="${m.date}" min="${m.first_date ?? ''}" max="${m.last_date ?? ''}"></label>
<label>Actor <select name="actor">${m.actors.map((a) => html`<option value="${a}"${a === m.actor ? raw(' selected') : ''}>${a}</option>`)}</select></label><button type="submit">Show</button></form>
<p class="lead">One party at a time: each square is a region (schematic, not to scale), coloured by ${m.actor ?? 'the party'}'s stance on it as of ${m.date}${m.step ? html` (the step of ${m.step.date}${m.step.implied ? ', implied date' : ''}; <a href="${m.step.href}">timeline</a>)` : ''}. Hatched: part of the region. Russian border regions are dashed. Hover a region for the events behind it.</p>
<p class="legend map-legend">${stanceLegend(['claims', 'claims_part', 'holds_line', 'concedes_part', 'concedes', 'none'], true)}</p>
<figure class="map-wrap">${mapChart(m, 'wide')}${mapChart(m, 'narrow')}</figure>
<h2>${m.actor ?? ''} stances on ${m.date}</h2>
${stated.length ? html`<div class="table-wrap"><table class="list"><thead><tr><th>region</th><th>stance</th><th>since</th><th>events</th></tr></thead><tbody>${rows}</tbody></table></div>` : html`<p class="empty-note">No territorial stance on or before this date.</p>`}`;
  return layout(`Map ${m.date}`, body, '/map');
}

// ---------------------------------------------------------------- event

export function eventPageHtml(e: EventPage): string {
  const reports = e.reports_list.map((r) => html`<li class="report"><div class="report-meta"><strong>${r.outlet ?? r.publisher ?? 'unknown outlet'}</strong>${r.credited ? html` <span class="sub">(credited by ${r.publisher ?? 'the publisher'})</span>` : ''}
· ${r.published ?? 'undated'}${r.count ? html` · ${r.count} source${r.count === 1 ? '' : 's'}` : ''} · ${r.attribution} · ${typeBadge(r.type)}
· <a href="${r.article.href}">${r.article.title ?? r.article.doc}</a></div>
<blockquote class="context">${r.context.before}<mark>${r.context.quote}</mark>${r.context.after}</blockquote></li>`);
  const body = html`<p class="crumbs"><a href="/">Overview</a> › <a href="${e.timeline}">${e.actor} · ${issueLabel(e.issue)}</a></p>
<h1>${e.actor} ${join(e.types.map(typeBadge), ' ')} ${issueLabel(e.issue)}</h1>
<dl class="facts"><dt>Actor</dt><dd>${e.actor_name}</dd>${e.target ? html`<dt>Target</dt><dd>${e.target}</dd>` : ''}<dt>Date</dt><dd>${dateRange(e.date_start, e.date_end)}</dd>
<dt>Regions</dt><dd>${e.regions.join(' ') || '—'}</dd><dt>Independent outlets</dt><dd>${e.outlets}: ${e.outlet_names.join(', ')}</dd><dt>Reports</dt><dd>${e.reports}</dd></dl>
<p class="quote"><q>${e.quote}</q></p>
<h2>Every report of this statement${e.reports > e.reports_list.length ? html` <span class="sub">(${e.offset + 1}–${e.offset + e.reports_list.length} of ${e.reports})</span>` : ''}</h2><ol class="reports" start="${e.offset + 1}">${reports}</ol>
<nav class="pager">${e.offset > 0 ? html`<a rel="prev" href="${href(`/events/${seg(e.id)}`, { limit: e.limit, offset: Math.max(0, e.offset - e.limit) })}">← earlier reports</a>` : ''} ${e.next ? html`<a rel="next" href="${e.next.replace(/^\/api\/events\//, '/events/')}">later reports →</a>` : ''}</nav>`;
  return layout(`Event ${e.id}`, body);
}

// ---------------------------------------------------------------- article

/** The text with every claim span highlighted, each linking to its event (the innermost span wins). */
export function highlighted(text: string, claims: ArticlePage['claim_list']): SafeHtml {
  const valid = claims.filter((c) => c.span[0] >= 0 && c.span[1] <= text.length && c.span[0] < c.span[1]);
  const cuts = new Set<number>([0, text.length]);
  for (const c of valid) { cuts.add(c.span[0]); cuts.add(c.span[1]); }
  const points = [...cuts].sort((a, b) => a - b);
  const firstAt = new Set<string>();
  const parts: SafeHtml[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const piece = text.slice(s, e);
    const cover = valid.filter((c) => c.span[0] <= s && c.span[1] >= e).sort((a, b) => (a.span[1] - a.span[0]) - (b.span[1] - b.span[0]));
    if (!cover.length) { parts.push(html`${piece}`); continue; }
    const c = cover[0];
    const id = firstAt.has(c.ref) ? '' : `c-${c.ref}`;
    firstAt.add(c.ref);
    const title = `${c.actor} ${c.type} ${c.issue}${c.regions.length ? ' ' + c.regions.join(' ') : ''}`;
    const target = c.event ? `/events/${seg(c.event)}` : `#claims`;
    parts.push(html`<a class="${`span t-${c.type.toLowerCase()}`}"${id ? html` id="${id}"` : ''} href="${target}" title="${title}" data-claim="${c.ref}">${piece}</a>`);
  }
  return join(parts);
}

export function articlePageHtml(a: ArticlePage): string {
  const paragraphs = highlighted(a.text, a.claim_list);
  const claims = a.claim_list.map((c) => html`<tr><td>${c.actor}</td><td>${typeBadge(c.type)}</td><td>${issueLabel(c.issue)}</td><td>${c.regions.join(' ') || '—'}</td><td class="nowrap">${dateRange(c.date_start, c.date_end)}</td><td>${c.outlet ?? '—'}${c.count ? ` (${c.count})` : ''}</td><td><q>${c.quote}</q></td><td>${c.event ? html`<a href="${`/events/${seg(c.event)}`}">${c.event}</a>` : '—'}</td></tr>`);
  const body = html`<p class="crumbs"><a href="/">Overview</a> › <a href="${href('/search', { outlet: a.outlet ?? undefined })}">${a.outlet ?? 'unknown outlet'}</a></p>
<h1 class="article-title">${a.title ?? a.doc}</h1>
<p class="byline">${a.outlet ?? 'unknown outlet'} · ${a.published ?? 'undated'} · ${a.claims} claim${a.claims === 1 ? '' : 's'}${a.link ? html` · <a class="original" href="${a.link}" rel="noopener noreferrer nofollow" target="_blank">original</a>` : a.url ? html` · <span class="sub">original: ${a.url}</span>` : ''}</p>
<article class="article-text">${paragraphs}</article>
<h2 id="claims">Claims</h2>
${a.claim_list.length ? html`<div class="table-wrap"><table class="list"><thead><tr><th>actor</th><th>type</th><th>issue</th><th>regions</th><th>date</th><th>outlet</th><th>quote</th><th>event</th></tr></thead><tbody>${claims}</tbody></table></div>` : html`<p class="empty-note">No claims found in this article.</p>`}`;
  return layout(a.title ?? a.doc, body);
}

// ---------------------------------------------------------------- search

function snippetHtml(s: string): SafeHtml {
  // Full-text snippets mark matches with [ and ]; escape everything, then turn the markers into <mark>.
  return join(s.split(/(\[[^\[\]]*\])/).map((p) => (/^\[[^\[\]]*\]$/.test(p) ? html`<mark>${p.slice(1, -1)}</mark>` : html`${p}`)));
}

export function searchPage(ds: DataSource, q: Query, page: PageOf<SearchItem> & { truncated: boolean }, actors: string[]): string {
  const sel = (name: string, values: readonly string[], current: string | undefined) =>
    html`<select name="${name}"><option value="">any</option>${values.map((v) => html`<option value="${v}"${v === current ? raw(' selected') : ''}>${v}</option>`)}</select>`;
  const rows = page.items.map((it) => html`<li class="hit"><span class="${`kind k-${it.kind}`}">${it.kind}</span>
${it.claim ? html`${typeBadge(it.claim.type)} <strong>${it.claim.actor}</strong> ${issueLabel(it.claim.issue)} ${it.claim.regions.join(' ')} ` : ''}
<a href="${it.claim ? `${it.article.href}#c-${seg(it.claim.ref)}` : it.article.href}">${it.article.title ?? it.article.doc}</a>
<span class="sub">${it.article.outlet ?? ''} · ${it.date ?? 'undated'}</span>${it.claim?.event ? html` · <a href="${`/events/${seg(it.claim.event)}`}">event</a>` : ''}
<div class="snippet">${snippetHtml(it.snippet)}</div></li>`);
  const prev = q.offset > 0 ? href('/search', { ...filtersOf(q), limit: q.limit, offset: Math.max(0, q.offset - q.limit) }) : null;
  const next = page.next ? page.next.replace(/^\/api\/search/, '/search') : null;
  const body = html`<h1>Search</h1>
<form class="filters" method="get" action="/search">
<label class="wide">Text <input type="search" name="q" value="${q.q ?? ''}" maxlength="200" placeholder="words in articles and quotes"></label>
<label>Actor ${sel('actor', actors, q.actor)}</label><label>Issue ${sel('issue', ISSUES, q.issue)}</label><label>Type ${sel('type', TYPES, q.type)}</label>
<label>Region <input name="region" value="${q.region ?? ''}" size="7" placeholder="UA-14"></label><label>Outlet <input name="outlet" value="${q.outlet ?? ''}" size="12"></label>
<label>From <input type="date" name="from" value="${q.from ?? ''}"></label><label>To <input type="date" name="to" value="${q.to ?? ''}"></label>
<label>Kind ${sel('kind', ['article', 'claim'], q.kind)}</label><button type="submit">Search</button></form>
<p class="lead">${page.total}${page.truncated ? '+' : ''} result${page.total === 1 ? '' : 's'}${page.truncated ? ` (the latest ${SEARCH_WINDOW} text matches of each kind; narrow the search, or give dates, to reach older ones)` : ''}${q.region ? ` in ${ds.region(q.region)}` : ''}${page.total ? `, showing ${page.offset + 1}–${page.offset + page.items.length}` : ''}.</p>
<ol class="hits">${rows}</ol>
<nav class="pager">${prev ? html`<a href="${prev}" rel="prev">← previous</a>` : ''} ${next ? html`<a href="${next}" rel="next">next →</a>` : ''}</nav>`;
  return layout('Search', body, '/search');
}

function filtersOf(q: Query): Record<string, string | undefined> {
  return { q: q.q, actor: q.actor, issue: q.issue, type: q.type, region: q.region, outlet: q.outlet, from: q.from, to: q.to, kind: q.kind };
}

// ---------------------------------------------------------------- errors

export function errorPage(status: number, code: string, message: string): string {
  return layout(`Error ${status}`, html`<h1>${status} · ${code.replace(/_/g, ' ')}</h1><p class="error-message">${message}</p><p><a href="/">Back to the overview</a></p>`);
}
