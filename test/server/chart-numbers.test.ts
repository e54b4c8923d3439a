// The chart writes numbers from integers (timeline-chart.ts f1, thousands): the same text as
// String(Math.round(n * 10) / 10) and toLocaleString('en-US') give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { f1, thousands } from '../../src/server/timeline-chart.js';

test('coordinates in tenths and thousands separators read as the standard conversions do', () => {
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const coords = [0, -0, 0.04, -0.04, 0.05, -0.05, 0.95, -0.95, 1.25, -1.25, 9.99, -12.34, 156, 897.96, 1e6 + 0.15];
  for (let i = 0; i < 5000; i++) coords.push((rnd() - 0.3) * 2000);
  for (const n of coords) assert.equal(f1(n), String(Math.round(n * 10) / 10), String(n));
  const ints = [0, 5, 12, 999, 1000, 1001, 12345, 26517, 123456, 1234567, -1, -999, -1000, -1234567, 1e12];
  // (+ 0: toLocaleString writes negative zero as "-0", thousands as "0".)
  for (let i = 0; i < 2000; i++) ints.push(Math.round((rnd() - 0.2) * 10 ** Math.floor(rnd() * 10)) + 0);
  for (const n of ints) assert.equal(thousands(n), n.toLocaleString('en-US'), String(n));
});
