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
    type Stance = { region: string; stance: string; since: string; events: string[] };
    type Step = { date: string; implied: boolean; types: string[]; events: string[]; stances: Stance[]; change: { label: string; text: string } | null };
    const aug = compare('2025-04-30', '2025-08-31');
    const oct = compare('2025-08-31', '2025-10-31');
    const byRegion = (step: Step) => new Map(step.stances.map((x) => [x.region, x]));
    const four = (step: Step | null) => step && Object.fromEntries(['UA-14', 'UA-09', 'UA-23', 'UA-65'].map((c) => [c, byRegion(step).get(c)?.stance]));
    const texts = `explanations: ${JSON.stringify([aug.change?.text, oct.change?.text])}`;
    assert.deepEqual({ aug: aug.change?.label, oct: oct.change?.label, apr30: four(aug.from), aug31: four(aug.to), oct31: four(oct.to) }, {
      aug: 'tougher', oct: 'softer',
      apr30: { 'UA-14': 'holds_line', 'UA-09': 'holds_line', 'UA-23': 'holds_line', 'UA-65': 'holds_line' },
      aug31: { 'UA-14': 'claims', 'UA-09': 'claims', 'UA-23': 'holds_line', 'UA-65': 'holds_line' },
      oct31: { 'UA-14': 'claims', 'UA-09': 'claims', 'UA-23': 'concedes_part', 'UA-65': 'concedes_part' },
    }, texts);
    // The explanations name the regions that moved and how, nothing else moving (newly stated regions aside).
    const moves = (text: string) => text.replace(/;.*$/, '').match(/[A-Z][a-z]+ \w+ → \w+/g)?.sort();
    assert.deepEqual(moves(aug.change.text), ['Donetsk holds_line → claims', 'Luhansk holds_line → claims'], texts);
    assert.deepEqual(moves(oct.change.text), ['Kherson holds_line → concedes_part', 'Zaporizhzhia holds_line → concedes_part'], texts);
    assert.match(aug.change.text, /\(\+53,201 km²\)/, texts);
    // Luhansk is carried forward: claimed in October, but not by any event of the October step.
    const octStep = oct.to as Step;
    const luhansk = byRegion(octStep).get('UA-09')!;
    assert.ok(luhansk.since < '2025-09-01' && luhansk.events.every((e) => !octStep.events.includes(e)), `Luhansk carried forward: ${JSON.stringify(luhansk)}`);
    // The October call is one step: the only step from September to October holds the Donetsk demand
    // and the offer of parts of Zaporizhzhia and Kherson conditioned on it.
    const all = parley(['positions', '--db', 'dev.db', '--actor', 'RUS', '--issue', 'territory', '--format', 'json'], dir);
    assert.equal(all.code, 0, all.stderr);
    const steps = (JSON.parse(all.stdout).positions[0].steps as Step[]).filter((s) => s.date > '2025-08-31' && s.date <= '2025-10-31');
    assert.deepEqual(steps.map((s) => s.date), [octStep.date], 'one step between August and October');
    assert.deepEqual(octStep.types.slice().sort(), ['DEMAND', 'OFFER']);
    assert.equal(octStep.events.length, 2, 'the demand and the offer conditioned on it');
    const ev = parley(['events', '--db', 'dev.db', '--actor', 'RUS', '--issue', 'territory', '--from', '2025-09-01', '--to', '2025-10-31', '--format', 'json'], dir);
    const callEvents = (JSON.parse(ev.stdout).events as Array<{ id: string; type: string; regions: string[] }>).filter((e) => octStep.events.includes(e.id));
    assert.deepEqual(callEvents.map((e) => `${e.type} ${e.regions.slice().sort().join(' ')}`).sort(), ['DEMAND UA-14', 'OFFER UA-23 UA-65']);
    // --explain tells the same two changes as numbered lines.
    const story = parley(['positions', '--db', 'dev.db', '--actor', 'RUS', '--issue', 'territory', '--explain'], dir);
    assert.equal(story.code, 0, story.stderr);
    assert.match(story.stdout, new RegExp(`^  \\d+\\. ${octStep.date}: softer: Kherson holds_line → concedes_part, Zaporizhzhia holds_line → concedes_part`, 'm'));

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
