// Positions per spec §6 on events written here: a stance per region carried forward, one step per
// statement or conditioned pair, implied dates at the publication date, changes explained by region.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimType } from '../../src/extract/types.js';
import type { EventRecord } from '../../src/store/types.js';
import { buildPositions, builtinRegionTable, comparePositions, eventStances, narrative, positionAsOf, type Front } from '../../src/track/index.js';

const FRONTS: Front[] = [{ name: 'test front', holder: 'RUS', defender: 'UKR', regions: ['UA-14', 'UA-09', 'UA-23', 'UA-65'], occupied: ['UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-43'] }];
const NAMES: Record<string, string> = { 'UA-14': 'Donetsk', 'UA-09': 'Luhansk', 'UA-23': 'Zaporizhzhia', 'UA-65': 'Kherson', 'UA-43': 'Crimea', 'UA-63': 'Kharkiv', 'UA-48': 'Mykolaiv', 'UA-59': 'Sumy' };
const names = (c: string) => NAMES[c] ?? c;

let n = 0;
function ev(date: string | { from: string; to: string } | null, type: ClaimType, regions: string[], extra: Partial<EventRecord> = {}): EventRecord {
  n++;
  const [start, end] = date == null ? [null, null] : typeof date === 'string' ? [date, date] : [date.from, date.to];
  return {
    id: `E${String(n).padStart(3, '0')}`, actor: 'RUS', type, types: [type], issue: 'territory', target: null, regions,
    dateStart: start, dateEnd: end, date: date as EventRecord['date'], outlets: 1, outletNames: [`Outlet ${n}`], claimKeys: [n], quote: `quote ${n}`,
    frontLine: false, partial: [], implied: false, conditions: [], ...extra,
  };
}
const stanceMap = (s: { stances: Array<{ region: string; stance: string }> } | null) => Object.fromEntries((s?.stances ?? []).map((x) => [x.region, x.stance]));

test('stances of single events: named regions, partial regions, the front, refusals from each side', () => {
  const st = (e: EventRecord) => eventStances(e, FRONTS).map((s) => `${s.region}:${s.stance}`).sort();
  assert.deepEqual(st(ev('2025-08-15', 'DEMAND', ['UA-14', 'UA-09'])), ['UA-09:claims', 'UA-14:claims']);
  assert.deepEqual(st(ev('2025-10-16', 'OFFER', ['UA-23', 'UA-65'], { partial: ['UA-23', 'UA-65'] })), ['UA-23:concedes_part', 'UA-65:concedes_part'], 'parts of Zaporizhzhia and Kherson');
  assert.deepEqual(st(ev('2025-10-16', 'OFFER', ['UA-63'])), ['UA-63:concedes']);
  assert.deepEqual(st(ev('2025-10-16', 'DEMAND', ['UA-14'], { partial: ['UA-14'] })), ['UA-14:claims_part'], 'the rest of Donetsk up to the city of X');
  assert.deepEqual(st(ev('2025-04-01', 'OFFER', [], { issue: 'ceasefire', frontLine: true })), ['UA-09:holds_line', 'UA-14:holds_line', 'UA-23:holds_line', 'UA-65:holds_line'], 'freeze of the front, no region named');
  assert.deepEqual(st(ev('2025-08-15', 'OFFER', ['UA-23', 'UA-65'], { issue: 'ceasefire', frontLine: true })), ['UA-23:holds_line', 'UA-65:holds_line']);
  assert.deepEqual(st(ev('2025-04-19', 'OFFER', [], { issue: 'ceasefire', frontLine: false })), [], 'a truce that is not about the line sets nothing');
  assert.deepEqual(st(ev('2025-04-19', 'REJECT', [], { issue: 'ceasefire', frontLine: true })), [], 'rejecting a freeze sets nothing');
  assert.deepEqual(st(ev('2024-11-20', 'REJECT', [])), ['UA-09:holds_line', 'UA-14:holds_line', 'UA-23:holds_line', 'UA-65:holds_line'], 'the holder rules out concessions: keeps the line');
  assert.deepEqual(st(ev('2025-08-15', 'REJECT', [], { actor: 'UKR' })), ['UA-09:claims', 'UA-14:claims', 'UA-23:claims', 'UA-43:claims', 'UA-65:claims'], 'Ukraine will not give up any territory');
  assert.deepEqual(st(ev('2025-08-15', 'REJECT', ['UA-14', 'UA-09'], { actor: 'UKR' })), ['UA-09:claims', 'UA-14:claims'], 'would not give up Donbas');
  assert.deepEqual(st(ev('2025-08-15', 'DEMAND', [])), [], 'a demand naming no region names no stance');
  assert.deepEqual(st(ev('2025-08-15', 'DEMAND', ['UA-14'], { issue: 'sanctions' })), []);
});

// The dev corpus story of Russia's territorial position, as claims should read (spec §6).
function russiaStory(): EventRecord[] {
  return [
    ev({ from: '2024-11-06', to: '2024-11-20' }, 'REJECT', [], { implied: true, quote: 'rules out major territorial concessions' }),
    ev({ from: '2024-11-06', to: '2024-11-20' }, 'OFFER', ['UA-63', 'UA-48'], { implied: true, partial: ['UA-63', 'UA-48'] }),
    ev('2025-04', 'OFFER', [], { issue: 'ceasefire', frontLine: true, dateStart: '2025-04-01', dateEnd: '2025-04-30', quote: 'could freeze the whole frontline' }),
    ev('2025-08-15', 'DEMAND', ['UA-14', 'UA-09'], { outlets: 3, outletNames: ['Financial Times', 'Bloomberg', 'Reuters'], conditions: [] }),
    ev('2025-08-15', 'OFFER', ['UA-65', 'UA-23'], { issue: 'ceasefire', frontLine: true }),
    // The October phone call: an undated offer conditioned on a demand dated "last week".
    ev({ from: '2025-10-12', to: '2025-10-18' }, 'DEMAND', ['UA-14'], { id: 'Eoct-demand', conditions: ['Eoct-offer'], outlets: 2, outletNames: ['Washington Post', 'Reuters'] }),
    ev({ from: '2025-10-05', to: '2025-10-19' }, 'OFFER', ['UA-23', 'UA-65'], { id: 'Eoct-offer', implied: true, partial: ['UA-23', 'UA-65'], conditions: ['Eoct-demand'] }),
    ev(null, 'DEMAND', ['UA-51']),
    ev('2025-08-15', 'REJECT', ['UA-14', 'UA-09'], { actor: 'UKR' }),
  ];
}

test('Russia: tougher from April to August, softer from August to October, Luhansk carried forward; the October call is one step', () => {
  const [rus] = buildPositions(russiaStory(), { actor: 'RUS', issue: 'territory', fronts: FRONTS, names });
  assert.deepEqual(rus.steps.map((s) => `${s.date}${s.implied ? '*' : ''}`), ['2024-11-20*', '2025-04-01', '2025-08-15', '2025-10-12']);
  assert.deepEqual(stanceMap(positionAsOf(rus, '2025-04-30')), { 'UA-14': 'holds_line', 'UA-09': 'holds_line', 'UA-23': 'holds_line', 'UA-65': 'holds_line', 'UA-63': 'concedes_part', 'UA-48': 'concedes_part' });
  const aug = comparePositions(rus, '2025-04-30', '2025-08-31', { names });
  assert.equal(aug.change!.label, 'tougher');
  assert.equal(aug.change!.text, 'tougher: Donetsk holds_line → claims, Luhansk holds_line → claims (+53,201 km²)');
  assert.deepEqual(aug.change!.evidence.map((e) => [e.id, e.outlets]), [[rus.steps[2].events[0], 3]]);
  const oct = comparePositions(rus, '2025-08-31', '2025-10-31', { names });
  assert.equal(oct.change!.label, 'softer');
  assert.equal(oct.change!.text, 'softer: Kherson holds_line → concedes_part, Zaporizhzhia holds_line → concedes_part (−up to 55,641 km²)');
  assert.deepEqual(oct.change!.evidence.map((e) => e.id), ['Eoct-offer']);
  assert.deepEqual(stanceMap(oct.to), { 'UA-14': 'claims', 'UA-09': 'claims', 'UA-23': 'concedes_part', 'UA-65': 'concedes_part', 'UA-63': 'concedes_part', 'UA-48': 'concedes_part' });
  const call = rus.steps[3];
  assert.deepEqual(call.events.sort(), ['Eoct-demand', 'Eoct-offer'], 'a demand and the offer conditioned on it are one step');
  assert.equal(call.implied, false, 'the step takes the date read from the text');
  assert.equal(call.stances.find((s) => s.region === 'UA-09')!.since, '2025-08-15', 'Luhansk carried forward from August');
  assert.equal(call.claims_km2, 26517 + 26684, 'whole regions only: parts of Zaporizhzhia and Kherson are not counted as whole');
  assert.equal(call.concedes_km2, 0);
  assert.equal(positionAsOf(rus, '2020-01-01'), null);
  assert.equal(comparePositions(rus, '2020-01-01', '2025-10-31').change, null);
  const story = narrative(rus, 'Russia');
  assert.equal(story.length, 4);
  assert.match(story[0], /^1\. 2024-11-20 \(implied: publication date\): Russia first states territory/);
  assert.match(story[2], /^3\. 2025-08-15: tougher: Donetsk holds_line → claims, Luhansk holds_line → claims \(\+53,201 km²\)/);
  assert.match(story[3], /softer: .*Evidence: Eoct-demand \(2 outlets\), Eoct-offer \(1 outlet\)\./);
});

test('an undated claim is placed at its publication date (the end of its default window), marked implied', () => {
  const speech = ev({ from: '2024-05-31', to: '2024-06-14' }, 'DEMAND', ['UA-14', 'UA-09', 'UA-23', 'UA-65'], { implied: true });
  const [p] = buildPositions([speech], { fronts: FRONTS });
  assert.equal(p.steps[0].date, '2024-06-14');
  assert.equal(p.steps[0].implied, true);
  // With a date read from the text, the start of the range places it.
  const dated = ev({ from: '2024-06-10', to: '2024-06-16' }, 'DEMAND', ['UA-14']);
  assert.equal(buildPositions([dated])[0].steps[0].date, '2024-06-10');
  assert.equal(buildPositions([dated])[0].steps[0].implied, false);
});

test('a ceasefire-only step does not erase the territorial demand, and a region newly stated does not decide the label', () => {
  const events = [
    ev('2024-06-14', 'DEMAND', ['UA-14', 'UA-09', 'UA-23', 'UA-65']),
    ev('2024-11-20', 'ACCEPT', [], { issue: 'ceasefire', frontLine: false }),
    ev('2025-03-18', 'OFFER', [], { issue: 'ceasefire', frontLine: false }),
    ev('2025-07-25', 'DEMAND', ['UA-43']),
  ];
  const [terr] = buildPositions(events, { issue: 'territory', fronts: FRONTS, names });
  assert.equal(terr.steps.length, 2, 'ceasefire claims not about the line are no territorial steps');
  assert.equal(terr.steps[1].change!.label, 'unchanged');
  assert.equal(terr.steps[1].change!.text, 'unchanged; newly stated: Crimea claims');
  assert.equal(Object.keys(stanceMap(terr.steps[1])).length, 5);
});

test('reframed when regions move both ways, with the km² each way', () => {
  const events = [ev('2025-01-01', 'DEMAND', ['UA-14']), ev('2025-01-01', 'OFFER', ['UA-63']), ev('2025-02-01', 'OFFER', ['UA-14']), ev('2025-02-01', 'DEMAND', ['UA-63'])];
  const [p] = buildPositions(events, { fronts: FRONTS, names });
  assert.equal(p.steps.length, 2);
  const c = p.steps[1].change!;
  assert.equal(c.label, 'reframed');
  assert.equal(c.up_km2, builtinRegionTable().area.get('UA-63'));
  assert.equal(c.down_km2, 26517);
  assert.equal(c.text, 'reframed: Kharkiv concedes → claims (+31,415 km²); Donetsk claims → concedes (−26,517 km²)');
});

test('other issues: types per step, reframed when they change, ACCEPT ↔ REJECT is a reversal', () => {
  const events = [
    ev('2025-03-11', 'ACCEPT', [], { issue: 'ceasefire' }),
    ev('2025-03-13', 'ACCEPT', [], { issue: 'ceasefire' }),
    ev('2025-03-20', 'REJECT', [], { issue: 'ceasefire' }),
    ev('2025-04-19', 'OFFER', [], { issue: 'ceasefire' }),
  ];
  const [p] = buildPositions(events, { issue: 'ceasefire' });
  assert.deepEqual(p.steps.map((s) => s.change?.label ?? null), [null, 'unchanged', 'reframed', 'reframed']);
  assert.deepEqual(p.steps[2].change!.reversal, { from: 'ACCEPT', to: 'REJECT' });
  assert.equal(p.steps[2].change!.text, 'reframed (reversal): ACCEPT → REJECT');
  assert.equal(p.steps[3].change!.reversal, null);
});
