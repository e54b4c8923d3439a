// The timeline page's table of steps (pages.ts): a row lists its step's first events and links to the
// step's own day for the rest; a page of one step (that day) lists every event.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventSummary, Timeline, TimelineStep } from '../../src/server/models.js';
import { raw } from '../../src/server/html.js';
import { ROW_EVENTS, timelinePage } from '../../src/server/pages.js';

const event = (i: number): EventSummary => ({
  id: `E${String(i).padStart(10, '0')}`, actor: 'MDA', type: 'DEMAND', types: ['DEMAND'], issue: 'talks', target: null, regions: [], partial: [],
  implied: false, date: '2031-04-02', date_start: '2031-04-02', date_end: '2031-04-02', outlets: 1, outlet_names: ['Harbour Post'], reports: 1,
  quote: `asked for round ${i} of talks in Chisinau`, front_line: false, href: `/events/E${String(i).padStart(10, '0')}`,
});

const step = (date: string, events: number, first = 0): TimelineStep => ({
  date, implied: false, types: ['DEMAND'], change: null, change_text: null, change_detail: null, outlets: 1, regions: [], stated: [], stances: [],
  claims_km2: 0, concedes_km2: 0, events: Array.from({ length: events }, (_, i) => event(first + i)),
});

const timeline = (steps: TimelineStep[], window: Timeline['window']): Timeline => ({
  actor: 'MDA', actor_name: 'Moldova', issue: 'talks', territorial: false, first_date: '2031-01-05', last_date: '2031-05-30', position_steps: 40,
  window, steps_total: window ? steps.length : 40, limit: 10, offset: window ? 0 : 30, next: null, steps, narrative: [], bands: [], bands_period: null,
  months: [], other_issues: [],
});

const rows = (page: string) => [...page.matchAll(/<tr><td class="nowrap" data-label="date">([\d-]+)[\s\S]*?<\/tr>/g)].map((m) => ({
  date: m[1], events: [...m[0].matchAll(/class="event-link" href="\/events\/(E\d+)"/g)].map((e) => e[1]), more: /class="more-events" href="([^"]+)">(\d+) more events? of this step</.exec(m[0]),
}));

test('a row lists its step\'s first events and links to the step\'s day for the rest; that day\'s page lists them all', () => {
  const busy = step('2031-04-02', ROW_EVENTS + 3, 100);
  const page = timelinePage(timeline([step('2031-04-01', 2), busy, step('2031-04-03', ROW_EVENTS, 200)], null), { wide: raw(''), narrow: raw('') });
  const [a, b, c] = rows(page);
  assert.deepEqual(a.events.length, 2);
  assert.equal(a.more, null);
  assert.deepEqual(b.events, busy.events.slice(0, ROW_EVENTS).map((e) => e.id));
  assert.equal(b.more?.[2], '3');
  assert.equal(b.more?.[1], '/timeline/MDA/talks?from&#61;2031-04-02&amp;to&#61;2031-04-02', 'the step\'s own day');
  assert.equal(c.events.length, ROW_EVENTS);
  assert.equal(c.more, null, 'no link when every event is listed');
  // The step's day: a page of that one step lists every event.
  const day = rows(timelinePage(timeline([busy], { from: '2031-04-02', to: '2031-04-02' }), { wide: raw(''), narrow: raw('') }));
  assert.equal(day.length, 1);
  assert.deepEqual(day[0].events, busy.events.map((e) => e.id));
  assert.equal(day[0].more, null);
});
