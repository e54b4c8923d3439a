// Issue 3's acceptance on the dev corpus: the journalists' own comparisons come out of the claims, and
// the Alaska demand is one event carrying every report of it, with independent outlets counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_CORPUS, SKIP_SHARED } from '../helpers/paths.js';
import { parley } from './helpers.js';

test('dev corpus: Russian territorial positions and the Alaska demand event', { skip: SKIP_SHARED }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-dev-'));
  try {
    const ingest = parley(['ingest', join(DEV_CORPUS, 'articles'), '--db', 'dev.db'], dir);
    assert.equal(ingest.code, 0, ingest.stderr);
    const compare = (from: string, to: string) => {
      const r = parley(['positions', '--db', 'dev.db', '--actor', 'RUS', '--issue', 'territory', '--from', from, '--to', to, '--format', 'json'], dir);
      assert.equal(r.code, 0, r.stderr);
      return JSON.parse(r.stdout);
    };
    // April's offer to freeze the whole front line → August's demand for Donetsk and Luhansk: tougher.
    const aug = compare('2025-04-30', '2025-08-31');
    assert.equal(aug.change, 'tougher');
    assert.deepEqual([...aug.to.demanded].sort(), ['UA-09', 'UA-14']);
    // August → October (Donetsk alone, parts of Zaporizhzhia and Kherson offered): softer.
    const oct = compare('2025-08-31', '2025-10-31');
    assert.equal(oct.change, 'softer');
    assert.deepEqual(oct.to.demanded, ['UA-14']);
    assert.deepEqual([...oct.to.offered].sort(), ['UA-23', 'UA-65']);

    const r = parley(['events', '--db', 'dev.db', '--actor', 'RUS', '--issue', 'territory', '--type', 'DEMAND', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const data = JSON.parse(r.stdout);
    const events = (data.events ?? data) as Array<{ regions: string[]; date: unknown; outlets: number; reports: Array<{ doc: string }> }>;
    const alaska = events.filter((e) => JSON.stringify(e.date).includes('2025-08-15') && e.regions.includes('UA-14') && e.regions.includes('UA-09'));
    assert.equal(alaska.length, 1, 'one event for the Alaska demand');
    const docs = alaska[0].reports.map((x) => x.doc).sort();
    assert.deepEqual(docs, ['001_b6c8cb972f79b241', '002_f7be2fd878bcb8ea']);
    // Both reports credit the Financial Times: one independent outlet, not two.
    assert.equal(alaska[0].outlets, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
