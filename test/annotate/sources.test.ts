// Attribution per sentence: the credited outlet ("reports the Financial Times", "told Reuters",
// "according to Bloomberg", a "(BBC)" dateline) and the number of sources cited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from './helpers.js';

const source = (text: string, k = 0) => doc(text).source(k);

test('"reports the Financial Times" credits the FT', () => {
  assert.equal(source('Russia wants the whole of Donbas, reports the Financial Times.').outlet, 'Financial Times');
  assert.equal(source('Russia wants the whole of Donbas, the Financial Times reported.').outlet, 'Financial Times');
});

test('"told Reuters" credits Reuters', () => {
  assert.equal(source('Putin told Reuters he was ready.').outlet, 'Reuters');
});

test('"according to Bloomberg" credits Bloomberg', () => {
  assert.equal(source('According to Bloomberg, Russia wants land.').outlet, 'Bloomberg');
});

test('a "(BBC)" dateline credits the BBC and is marked as a dateline', () => {
  const s = source('MOSCOW (BBC) - Putin spoke.');
  assert.equal(s.outlet, 'BBC');
  assert.equal(s.dateline, true);
});

test('a wire dateline "(AFP)" credits AFP', () => {
  assert.equal(source('KYIV, Aug 16 (AFP) - Ukraine said it was ready.').outlet, 'AFP');
});

test('an outlet merely named is not credited', () => {
  assert.equal(source('Zelensky criticised a Reuters report on Friday.').outlet, undefined);
});

test('"four people with direct knowledge" → 4, anonymous', () => {
  const s = source('Russia is ready, four people with direct knowledge said.');
  assert.equal(s.count, 4);
  assert.equal(s.anonymous, true);
});

test('"two of the officials said" → 2', () => {
  assert.equal(source('Russia wants land, two of the officials said.').count, 2);
});

test('"a source" counts one', () => {
  assert.equal(source('Russia wants land, a source familiar with the talks said.').count, 1);
});

test('"three people familiar with the matter told Reuters": count and outlet together', () => {
  const s = source('Russia would accept peacekeepers, three people familiar with the matter told Reuters.');
  assert.equal(s.count, 3);
  assert.equal(s.outlet, 'Reuters');
});

test('a named speaker gives no count', () => {
  const s = source('Putin said Russia was ready.');
  assert.equal(s.count, undefined);
  assert.equal(s.outlet, undefined);
});

test('"the officials said" refers back and "sources said" is anonymous, in any case; a sentence without a source noun is neither', () => {
  // Guards the cheap source-noun test that now runs before the sentence text is built (speed, issue 7).
  for (const text of ['Kyiv is ready, the officials said.', 'Kyiv is ready, THE SAME OFFICIALS said.', 'Kyiv is ready, those diplomats said.']) {
    const s = source(text);
    assert.equal(s.anaphoric, true, text);
    assert.equal(s.anonymous, true, text);
  }
  for (const text of ['Kyiv is ready, Sources said.', 'Kyiv is ready, said people familiar with the talks.', 'Kyiv is ready, said people close to the talks.']) {
    const s = source(text);
    assert.equal(s.anaphoric, undefined, text);
    assert.equal(s.anonymous, true, text);
  }
  for (const text of ['Kyiv is ready, the minister said.', 'Kyiv is ready, the peoples of Europe said.']) {
    assert.equal(source(text).anonymous, undefined, text);
  }
});

test('names among a source\'s modifiers still count it ("an unnamed Turkish official", "two senior Elysee officials")', () => {
  assert.equal(source('Baku offered to host talks, the paper reported, citing an unnamed Azerbaijani official.').count, 1);
  assert.equal(source('Paris is ready to send troops, according to two senior Elysee officials.').count, 2);
});
