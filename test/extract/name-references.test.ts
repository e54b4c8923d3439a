// Who a name or a modifier stands for (issue 7, holders): a known person named in full once is named by one part
// of the name later in the article (the family name, last in most names and first in Chinese and Korean order);
// two parties hyphened before a stance noun ("the Chinese-Brazilian proposal") both hold it. Sentences written for
// these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');

test("a known person's surname alone, later in the article, speaks for the person's party", () => {
  for (const [body, want] of [
    ['UN relief chief Tom Fletcher arrived in Port Sudan on Monday. Fletcher called for an immediate ceasefire in El Fasher.', 'UN PROPOSE ceasefire []'],
    ['The Chinese special representative Li Hui visited Chisinau on Tuesday. At the end of the visit, Li said there was no panacea, and called on all parties to start peace talks.', 'CHN PROPOSE talks []'],
  ] as const) {
    const cs = claimsOf(body, { published: '2025-06-10' });
    assert.deepEqual(cs.map(label), [want], `${body}\n${show(cs)}`);
  }
  // A name no one was introduced by gives no party.
  const cs = claimsOf('Fletcher called for an immediate ceasefire in El Fasher.', { published: '2025-06-10' });
  assert.deepEqual(cs.map(label), [], show(cs));
});

test('two parties hyphened before a stance noun both hold it; a hyphened pair before a common noun holds nothing', () => {
  for (const [body, want] of [
    ['Kyiv welcomed the Chinese-Brazilian proposal for a ceasefire along the front.', ['BRA PROPOSE ceasefire []', 'CHN PROPOSE ceasefire []', 'UKR ACCEPT ceasefire []']],
    ['Moscow rejected a Franco-German proposal for a demilitarised zone in Zaporizhzhia.', ['DEU PROPOSE territory [UA-23]', 'FRA PROPOSE territory [UA-23]', 'RUS REJECT territory [UA-23]']],
    ['Baku dismissed the Turkish-Russian plan for peacekeepers in Karabakh.', ['AZE REJECT security_guarantees []', 'RUS PROPOSE security_guarantees []', 'TUR PROPOSE security_guarantees []']],
    ['The Russia-Ukraine war has lasted three years, and Moldova called for talks.', ['MDA PROPOSE talks []']],
  ] as const) {
    const cs = claimsOf(body, { published: '2025-06-10' });
    assert.deepEqual(cs.map(label).sort(), [...want].sort(), `${body}\n${show(cs)}`);
  }
});

test("a state's allies or partners past a modifier are other parties, never the state", () => {
  for (const body of [
    "Armenia's Western partners called for a return to talks with Azerbaijan.",
    "Moldova's closest partners demanded the withdrawal of Russian troops from Transnistria.",
    "Serbia's traditional allies oppose sanctions on Russia.",
  ]) {
    const cs = claimsOf(body, { published: '2025-06-10' });
    assert.deepEqual(cs.map(label), [], `${body}\n${show(cs)}`);
  }
  // A regional adjective still names the European group; the state's own officials still speak for it.
  let cs = claimsOf("Kyiv's Scandinavian allies are pressing to station monitors in Ukraine after a deal.", { published: '2025-06-10' });
  assert.deepEqual(cs.map(label), ['EUR DEMAND security_guarantees []'], show(cs));
  cs = claimsOf("Armenia's foreign minister called for a return to talks with Azerbaijan.", { published: '2025-06-10' });
  assert.deepEqual(cs.map(label), ['ARM DEMAND talks []'], show(cs));
});
