// Spec §6 from an article to its position: a claim with no time expression in the text gets the
// default window ending at the publication date, and its step is placed at that date, marked implied
// (not at the window's start, where Putin's 14 June speech once landed on 31 May); a claim with a date
// in the text is placed at that date. Articles written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/library/database.js';
import { narrative } from '../../src/track/index.js';

const UNDATED = `outlet: Example Wire
published: 2024-06-20
title: Kremlin sets its terms
---
Vladimir Putin demanded that Ukraine withdraw its troops from the Donetsk and Luhansk regions, the Kremlin said.

Talks between the delegations are expected to continue.
`;

const DATED = `outlet: Example Daily
published: 2024-07-10
title: A Kremlin offer
---
On Monday, Vladimir Putin offered to give up parts of the Kharkiv region, officials said.
`;

test("an article's undated claim is placed at its publication date, marked implied", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-implied-'));
  const db = await openDatabase(join(dir, 'implied.db'));
  try {
    for (const [id, text] of [['undated', UNDATED], ['dated', DATED]]) assert.equal((await db.add(text, { id })).outcome, 'new');
    const claims = await db.claims({ actor: 'RUS', issue: 'territory' });
    const undated = claims.find((c) => c.ref.startsWith('undated#'))!;
    assert.deepEqual(undated.claim.date, { value: { from: '2024-06-06', to: '2024-06-20' }, basis: 'default' }, 'no date in the text: the default window up to publication');
    const [rus] = await db.positions({ actor: 'RUS', issue: 'territory' });
    assert.deepEqual(rus.steps.map((s) => [s.date, s.implied]), [['2024-06-20', true], ['2024-07-08', false]]);
    assert.deepEqual(rus.steps[0].stances.map((s) => [s.region, s.stance, s.since]), [['UA-09', 'claims', '2024-06-20'], ['UA-14', 'claims', '2024-06-20']]);
    const story = narrative(rus, 'Russia');
    assert.match(story[0], /^1\. 2024-06-20 \(implied: publication date\): Russia first states territory/);
    assert.match(story[1], /^2\. 2024-07-08: /);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
