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
    // Issue 8's acceptance figures (spec §6). April's freeze of the whole front → August's demand for
    // Donetsk and Luhansk: tougher. August → October (Donetsk, in exchange for parts of Zaporizhzhia and
    // Kherson): softer, Luhansk carried forward; the October phone call is one step.
    const aug = compare('2025-04-30', '2025-08-31');
    const oct = compare('2025-08-31', '2025-10-31');
    const stances = (step: { stances: Array<{ region: string; stance: string }> }) => Object.fromEntries(step.stances.map((x) => [x.region, x.stance]));
    const got = {
      aug: aug.change?.label, oct: oct.change?.label,
      oct31: oct.to ? (({ 'UA-14': a, 'UA-09': b, 'UA-23': c, 'UA-65': d }) => ({ 'UA-14': a, 'UA-09': b, 'UA-23': c, 'UA-65': d }))(stances(oct.to)) : null,
      texts: [aug.change?.text, oct.change?.text],
    };
    assert.deepEqual({ aug: got.aug, oct: got.oct, oct31: got.oct31 }, {
      aug: 'tougher', oct: 'softer',
      oct31: { 'UA-14': 'claims', 'UA-09': 'claims', 'UA-23': 'concedes_part', 'UA-65': 'concedes_part' },
    }, `explanations: ${JSON.stringify(got.texts)}`);
    const octStep = oct.to.events as string[];
    assert.ok(octStep.length >= 2, 'the October call (the demand and the offer conditioned on it) is one step');

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
