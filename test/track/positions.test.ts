import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimType } from '../../src/extract/types.js';
import type { EventRecord } from '../../src/store/types.js';
import { buildPositions, builtinRegionTable, changeLabel, comparePositions, positionAsOf, regionTable } from '../../src/track/index.js';

let n = 0;
function ev(date: string | null, type: ClaimType, regions: string[], extra: Partial<EventRecord> = {}): EventRecord {
  n++;
  return {
    id: `E${String(n).padStart(3, '0')}`, actor: 'RUS', type, types: [type], issue: 'territory', target: null, regions,
    dateStart: date, dateEnd: date, date, outlets: 1, outletNames: [`Outlet ${n}`], claimKeys: [n], quote: 'q', frontLine: false, ...extra,
  };
}

test('change labels on hand-made positions', () => {
  const D = (...r: string[]) => ({ demanded: r, offered: [] as string[] });
  assert.equal(changeLabel(D('UA-14'), D('UA-14', 'UA-09')), 'tougher', 'demands more');
  assert.equal(changeLabel(D('UA-14', 'UA-09'), D('UA-14')), 'softer', 'demands fewer');
  assert.equal(changeLabel(D('UA-14'), D('UA-09')), 'reframed', 'other region, same size');
  assert.equal(changeLabel(D('UA-14', 'UA-09'), D('UA-09', 'UA-14')), 'unchanged');
  assert.equal(changeLabel({ demanded: ['UA-14'], offered: ['UA-63', 'UA-59'] }, { demanded: ['UA-14'], offered: ['UA-63'] }), 'tougher', 'offers fewer');
  assert.equal(changeLabel({ demanded: ['UA-14'], offered: [] }, { demanded: ['UA-14'], offered: ['UA-23'] }), 'softer', 'offers more');
  assert.equal(changeLabel({ demanded: ['UA-14'], offered: ['UA-63'] }, { demanded: ['UA-14'], offered: ['UA-23'] }), 'reframed');
  assert.equal(changeLabel({ demanded: [], offered: [] }, { demanded: ['UA-14', 'UA-09'], offered: ['UA-59', 'UA-63'] }), 'tougher', 'demands decide when both grow');
  assert.equal(changeLabel({ demanded: ['UA-14', 'UA-09'], offered: ['UA-63'] }, { demanded: ['UA-14'], offered: [] }), 'softer', 'demands decide when both shrink');
});

test('territorial position: the journalists\' comparisons (freeze in April, Alaska in August, October)', () => {
  const events = [
    ev('2024-11-01', 'OFFER', ['UA-63', 'UA-48']),
    ev('2025-04-01', 'OFFER', [], { issue: 'ceasefire', frontLine: true, quote: 'Russia could freeze the whole frontline' }),
    ev('2025-04-19', 'OFFER', [], { issue: 'ceasefire', frontLine: false, quote: 'Easter truce' }),
    ev('2025-07-25', 'DEMAND', ['UA-14', 'UA-09', 'UA-43']),
    ev('2025-08-15', 'DEMAND', ['UA-14', 'UA-09'], { outlets: 3, outletNames: ['Financial Times', 'Bloomberg', 'Reuters'] }),
    ev('2025-08-15', 'OFFER', ['UA-65', 'UA-23'], { issue: 'ceasefire', frontLine: true }),
    ev('2025-08-15', 'OFFER', ['UA-59', 'UA-63']),
    ev('2025-08-20', 'REJECT', [], { issue: 'ceasefire', frontLine: false }),
    ev('2025-10-12', 'DEMAND', ['UA-14']),
    ev('2025-10-12', 'OFFER', ['UA-23', 'UA-65']),
    ev('2025-11-07', 'DEMAND', []),
    ev(null, 'DEMAND', ['UA-51']),
    ev('2025-08-15', 'REJECT', ['UA-14'], { actor: 'UKR' }),
  ];
  const [rus] = buildPositions(events, { actor: 'RUS', issue: 'territory' });
  assert.equal(rus.actor, 'RUS');
  assert.equal(rus.issue, 'territory');
  assert.deepEqual(rus.steps.map((s) => s.date), ['2024-11-01', '2025-04-01', '2025-07-25', '2025-08-15', '2025-10-12', '2025-11-07']);
  const april = positionAsOf(rus, '2025-04-30')!;
  assert.equal(april.date, '2025-04-01');
  assert.deepEqual([april.demanded, april.offered], [[], []], 'freezing the front demands and offers nothing beyond the line');
  assert.equal(april.freeze, true);
  assert.equal(april.change, 'tougher', 'from offering Kharkiv and Mykolaiv to offering nothing: offers fewer');
  const aug = positionAsOf(rus, '2025-08-31')!;
  assert.equal(aug.date, '2025-08-15');
  assert.deepEqual(aug.demanded, ['UA-09', 'UA-14']);
  assert.deepEqual(aug.offered, ['UA-59', 'UA-63']);
  assert.equal(aug.demanded_km2, 26517 + 26684);
  assert.equal(aug.offered_km2, 23834 + 31415);
  assert.equal(aug.events.length, 3);
  assert.deepEqual(aug.types, ['DEMAND', 'OFFER']);
  assert.equal(aug.outlets, 5);
  assert.equal(aug.change, 'softer', 'vs July (Crimea dropped)');
  assert.equal(comparePositions(rus, '2025-04-30', '2025-08-31').change, 'tougher');
  const oct = comparePositions(rus, '2025-08-31', '2025-10-31');
  assert.equal(oct.change, 'softer');
  assert.deepEqual(oct.to!.demanded, ['UA-14']);
  assert.deepEqual(oct.to!.offered, ['UA-23', 'UA-65']);
  const nov = rus.steps[5];
  assert.deepEqual(nov.demanded, ['UA-14'], 'a demand naming no region carries the last stated one over');
  assert.equal(nov.change, 'unchanged');
  assert.equal(positionAsOf(rus, '2020-01-01'), null);
  assert.equal(comparePositions(rus, '2020-01-01', '2025-10-31').change, null);
  // Other issues and actors are separate positions.
  const all = buildPositions(events);
  assert.deepEqual(all.map((p) => `${p.actor} ${p.issue}`), ['RUS ceasefire', 'RUS territory', 'UKR territory']);
  const ukr = all[2];
  assert.deepEqual(ukr.steps[0].demanded, ['UA-14'], 'refusing to give up a region is a demand to keep it');
});

test('Sevastopol counts as Crimea; areas come from the lexicon places', () => {
  const table = regionTable([
    { code: 'UA-43', area_km2: 26000, scoredAs: undefined },
    { code: 'UA-40', area_km2: 900, scoredAs: 'UA-43' },
    { code: 'UA-14', area_km2: 26500 },
  ]);
  const [p] = buildPositions([ev('2025-01-01', 'DEMAND', ['UA-40', 'UA-14'])], { regions: table });
  assert.deepEqual(p.steps[0].demanded, ['UA-14', 'UA-43']);
  assert.equal(p.steps[0].demanded_km2, 26000 + 900 + 26500);
  assert.equal(builtinRegionTable().aliases['UA-40'], 'UA-43');
});

test('reframed and unchanged steps', () => {
  const [p] = buildPositions([
    ev('2025-01-01', 'DEMAND', ['UA-14']),
    ev('2025-02-01', 'DEMAND', ['UA-09']),
    ev('2025-03-01', 'DEMAND', ['UA-09']),
    ev('2025-04-01', 'THREATEN', []),
    ev('2025-05-01', 'REJECT', []),
  ]);
  assert.deepEqual(p.steps.map((s) => s.change), [null, 'reframed', 'unchanged', 'unchanged', 'unchanged']);
  assert.deepEqual(p.steps[4].offered, []);
});
