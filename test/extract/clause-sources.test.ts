// On whose word (spec §2 `source`, issue 7 "Dates and sources"): an outlet credited with an aside
// ("The X, citing three diplomats, reported …") and its count carry to "The diplomats said …"; parts of a
// counted group speak with their own count ("Three of them said …; two said …"); people a fact is about
// ("three people were killed") and "the two" are no sources. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${c.source.outlet} ×${c.source.count ?? '-'} «${c.quote}» ${c.rule}`).join('\n');
const H = { published: '2025-06-13', outlet: 'Example Wire' };

test('"The X, citing N sources, reported …": the outlet is credited, and carries with the count to "The sources said"', () => {
  for (const [body, wants] of [
    ['The Baltic Courier, citing two Western diplomats, reported that Kyiv was ready to hold elections after a ceasefire. The diplomats said Ukraine would also insist on security guarantees from Europe.',
      [['UKR OFFER governance []', 2], ['UKR DEMAND security_guarantees []', 2]]],
    ['The Danube Ledger, quoting four officials, reported that Moscow wanted the lifting of sanctions on its banks.',
      [['RUS DEMAND sanctions []', 4]]],
  ] as const) {
    const cs = claimsOf(body, H);
    for (const [l, n] of wants) {
      const c = cs.find((x) => label(x) === l);
      assert.ok(c, `${l}\n${show(cs)}`);
      assert.equal(c!.source.outlet, body.startsWith('The Baltic') ? 'Baltic Courier' : 'Danube Ledger', show(cs));
      assert.equal(c!.source.count, n, show(cs));
    }
  }
});

test('parts of a counted group: each clause has its own count', () => {
  const cs = claimsOf('The Harbour Tribune interviewed six officials in Ankara and Washington. Four of them said Moscow wants all of the Zaporizhzhia region; two said it would settle for a freeze in Kherson.', H);
  const want = cs.find((c) => label(c) === 'RUS DEMAND territory [UA-23]');
  const settle = cs.find((c) => label(c) === 'RUS OFFER ceasefire [UA-65]');
  assert.ok(want && settle, show(cs));
  assert.equal(brief(want!).count, 4, show(cs));
  assert.equal(brief(settle!).count, 2, show(cs));
});

test('wanting a place is demanding land; settling for something is offering to accept it', () => {
  for (const [body, l] of [
    ['Moscow wants Kherson and Zaporizhzhia, the envoy said.', 'RUS DEMAND territory [UA-23,UA-65]'],
    ['Kyiv could settle for a ceasefire along the current line, an adviser said.', 'UKR OFFER ceasefire []'],
  ] as const) {
    const cs = claimsOf(body, H);
    assert.ok(cs.some((c) => label(c) === l), `${body}\n${show(cs)}`);
  }
  // Refusing to settle is a refusal.
  const cs = claimsOf('Kyiv will never settle for a frozen conflict, the minister said.', H);
  assert.deepEqual(cs.map(label), ['UKR REJECT ceasefire []'], show(cs));
});

test('no source count: people a fact is about, "the two"', () => {
  for (const body of [
    'Russia demanded a ceasefire in Kharkiv after three people were killed in a strike, officials said.',
    'Macron and Zelensky met in Paris; the two said Ukraine needed security guarantees.',
  ]) {
    const cs = claimsOf(body, H);
    assert.ok(cs.length, `${body}: no claim`);
    for (const c of cs) assert.equal(c.source.count, undefined, `${body}\n${show(cs)}`);
  }
});

test('an outlet credited for one report does not cover the article: a later paragraph, an interview, an opening "According to X,"', () => {
  const pub = (cs: Claim[], l: string) => cs.find((c) => label(c) === l)?.source.outlet;
  // A credit below the lede ("first reported by …") is that report's.
  let cs = claimsOf('Kyiv rejected any ceasefire that leaves Russian troops in place.\n\nTalks resumed in Geneva on Monday.\n\nThe draft, first reported by the Baltic Courier last week, was written by the envoys.\n\nMoscow wants sanctions on its banks lifted.', H);
  assert.equal(pub(cs, 'RUS DEMAND sanctions []'), 'Example Wire', show(cs));
  // An interview in the lede credits the interviewee's words only.
  cs = claimsOf('In a phone interview with NBC News, Trump said Russia must agree to a ceasefire.\n\nMoscow wants sanctions on its banks lifted.', H);
  assert.equal(pub(cs, 'USA DEMAND ceasefire []'), 'NBC News', show(cs));
  assert.equal(pub(cs, 'RUS DEMAND sanctions []'), 'Example Wire', show(cs));
  // "According to X," opening the next sentence credits what follows it.
  cs = claimsOf('Zelensky said Ukraine was seeking security guarantees from its allies. According to the Baltic Courier, US officials were ready to offer them.', H);
  assert.equal(pub(cs, 'UKR DEMAND security_guarantees []'), 'Example Wire', show(cs));
  // A credit in the lede still covers what its sources say further down.
  cs = claimsOf('Moscow would accept a freeze of the front in Zaporizhzhia, according to two people familiar with the talks, the Baltic Courier reported.\n\nRussia also wants sanctions on its banks lifted, the people said.', H);
  assert.equal(pub(cs, 'RUS DEMAND sanctions []'), 'Baltic Courier', show(cs));
});
