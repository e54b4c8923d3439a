// A government's own page names its office-holders by the bare role (discourse/official-site): "The Prime Minister
// spoke to President Aliyev …" on gov.uk is the British prime minister; "The President" on kremlin.ru is Russia's.
// (A third party's call for a truce or a release, addressed to neither side, is a proposal: claim/mediator-proposes.)
// Readouts written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const cases: Array<{ name: string; url: string; outlet: string; body: string; want: string[] }> = [
  { name: 'a gov.uk readout', url: 'https://www.gov.uk/government/news/pm-call-with-president-aliyev', outlet: 'GOV.UK',
    body: 'The Prime Minister spoke to President Aliyev of Azerbaijan this afternoon.\n\nThe Prime Minister welcomed the peace agreement and urged the swift release of the Armenian prisoners.',
    want: ['GBR ACCEPT talks []', 'GBR PROPOSE humanitarian []'] },
  { name: 'a Kremlin readout', url: 'http://en.kremlin.ru/events/president/news/12345', outlet: 'President of Russia',
    body: 'The President held a telephone conversation with President of Serbia Aleksandar Vucic.\n\nThe President rejected any recognition of Kosovo.',
    want: ['RUS REJECT recognition []'] },
  { name: 'by the outlet alone', url: 'https://example.org/readouts/1', outlet: 'The White House',
    body: 'The President spoke with Prime Minister Netanyahu of Israel today.\n\nThe President called for an immediate ceasefire in Gaza and the release of all hostages.',
    want: ['USA PROPOSE ceasefire []', 'USA PROPOSE humanitarian []'] },
];
for (const c of cases) test(`official site: ${c.name}`, () => {
  const got = claimsOf(c.body, { url: c.url, outlet: c.outlet, published: '2025-09-12' }).map(label).sort();
  assert.deepEqual(got, [...c.want].sort());
});

// A role the government has not, a role the article gave to someone by name, and any news site: left as before.
const negatives: Array<{ name: string; url: string; outlet: string; body: string; want: string[] }> = [
  { name: 'a role the publishing government has not', url: 'https://www.gov.uk/government/news/x', outlet: 'GOV.UK',
    body: 'The Foreign Secretary met the Serbian delegation.\n\nThe President rejected any recognition of Kosovo.', want: [] },
  { name: 'a role named before refers back', url: 'https://www.gov.uk/government/news/y', outlet: 'GOV.UK',
    body: 'Armenian Prime Minister Nikol Pashinyan visited London on Monday.\n\nThe Prime Minister proposed a ceasefire along the border.', want: ['ARM PROPOSE ceasefire []'] },
  { name: 'a news site', url: 'https://www.example-news.com/world/z', outlet: 'Example Wire',
    body: 'The Prime Minister spoke to President Aliyev of Azerbaijan this afternoon.\n\nThe Prime Minister welcomed the peace agreement.', want: [] },
];
for (const c of negatives) test(`official site, no change: ${c.name}`, () => {
  const got = claimsOf(c.body, { url: c.url, outlet: c.outlet, published: '2025-09-12' }).map(label).sort();
  assert.deepEqual(got, [...c.want].sort());
});

test('official site: the office-holder and the leader met are a pair for "the two leaders"', () => {
  const body = 'The Prime Minister spoke to President Aliyev of Azerbaijan this afternoon. The two leaders called for the border to be demarcated through negotiations.';
  const got = claimsOf(body, { url: 'https://www.gov.uk/government/news/pm-call', outlet: 'GOV.UK', published: '2025-09-12' }).map((c) => c.actor).sort();
  assert.deepEqual(got, ['AZE', 'GBR']);
});
