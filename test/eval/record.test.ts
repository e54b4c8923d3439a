// toEvalRecord: the flat spec §4 record, with raw-body offsets and no empty optional fields.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Claim } from '../../src/extract/types.js';
import { formatEvalRecord, toEvalRecord } from '../../src/eval/record.js';

function claim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: 'a1#1', doc: 'a1', actor: 'RUS', type: 'DEMAND', issue: 'territory', target: 'UKR',
    regions: ['UA-14', 'UA-09'],
    date: { value: { from: '2025-08-08', to: '2025-08-14' }, basis: 'text', text: 'last week', span: [0, 9] },
    source: { outlet: 'Financial Times', count: 4, credited: true, attribution: 'anonymous', text: 'reports Financial Times' },
    conditions: ['a1#2'], modality: 'asserted', negated: false,
    quote: 'demanded that Kyiv withdraw from Donbas', span: [100, 139], rawSpan: [130, 169], sentence: [90, 200],
    rule: 'cue:demand-that', evidence: [], mentions: [],
    ...overrides,
  };
}

describe('toEvalRecord', () => {
  it('flattens date and source and uses the raw span', () => {
    assert.deepEqual(toEvalRecord(claim()), {
      doc: 'a1', id: 'a1#1', actor: 'RUS', type: 'DEMAND', issue: 'territory', target: 'UKR',
      regions: ['UA-14', 'UA-09'], date: { from: '2025-08-08', to: '2025-08-14' },
      source: { outlet: 'Financial Times', count: 4 }, conditions: ['a1#2'],
      quote: 'demanded that Kyiv withdraw from Donbas', span: [130, 169],
    });
  });

  it('leaves out target, count and conditions when absent, keeps null date and outlet', () => {
    const r = toEvalRecord(claim({
      target: undefined, conditions: [], date: { value: null, basis: 'none' },
      source: { outlet: null, credited: false, attribution: 'unstated' },
    }));
    assert.equal('target' in r, false);
    assert.equal('conditions' in r, false);
    assert.deepEqual(r.source, { outlet: null });
    assert.equal(r.date, null);
  });

  it('writes keys in spec order, one JSON line', () => {
    const line = formatEvalRecord(claim());
    assert.ok(line.startsWith('{') && line.endsWith('}') && !line.includes('\n'));
    assert.deepEqual(Object.keys(JSON.parse(line)), ['doc', 'id', 'actor', 'type', 'issue', 'target', 'regions', 'date', 'source', 'conditions', 'quote', 'span']);
  });

  it('writes the same line as JSON.stringify(toEvalRecord(…)), with and without the optional fields', () => {
    const variants: Array<Partial<Claim>> = [
      {},
      { target: undefined, conditions: [], date: { value: null, basis: 'none' }, source: { outlet: null, credited: false, attribution: 'unstated' } },
      { target: '', regions: [], date: { value: { from: '2025-03-01', to: '2025-03-31' }, basis: 'text' }, source: { outlet: 'Reuters', count: 0, credited: true, attribution: 'named' } },
      { date: { value: { from: '2024-01-01', to: '2024-12-31' }, basis: 'text' }, conditions: ['a1#3', 'a1#4'], quote: 'said "no" to the \\ plan\u2028' },
    ];
    for (const v of variants) assert.equal(formatEvalRecord(claim(v)), JSON.stringify(toEvalRecord(claim(v))));
  });

  it('does not share arrays with the claim', () => {
    const c = claim();
    const r = toEvalRecord(c);
    r.regions.push('UA-23');
    assert.deepEqual(c.regions, ['UA-14', 'UA-09']);
  });
});
