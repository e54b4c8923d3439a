// The sentence after a report names its sources and the outlet they spoke to ("… according to three diplomats.
// They spoke to Reuters on condition of anonymity."; "The account comes from two officials who briefed the FT"):
// the report's claims are on that outlet's word and count those sources (annotate/sources.ts: CREDIT_BEFORE's
// "spoke to", "talked to", "briefed", "interviews with"; "relied on"/"drew on" as attribution words).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const src = (body: string) => claimsOf(body, { outlet: 'Example Wire' }).map((c) => `${c.actor} ${c.type} ${c.source.outlet} ${c.source.count ?? '-'}`);

test('sources who spoke to, talked to or briefed an outlet in the next sentence: the claim is on its word, with their count', () => {
  assert.deepEqual(src('Armenia is ready to withdraw its troops from two disputed border villages, according to four diplomats involved in the talks. They spoke to Bloomberg on condition of anonymity.'), ['ARM OFFER Bloomberg 4']);
  assert.deepEqual(src('Serbia could accept Kosovo\'s membership of the Council of Europe, according to two EU officials. Both talked to Reuters on condition of anonymity.'), ['SRB ACCEPT Reuters 2']);
  assert.deepEqual(src('Israel is willing to release 500 prisoners in a first phase. The account comes from three Egyptian officials who briefed The Wall Street Journal.'), ['ISR OFFER The Wall Street Journal 3']);
  assert.deepEqual(src('North Korea has asked China to host talks with Seoul. Two Chinese officials said so in interviews with the Financial Times, asking not to be named.'), ['PRK DEMAND Financial Times 2']);
});

test('a report\'s sources named in the next sentence ("Its story relied on", "The report drew on") are counted', () => {
  assert.deepEqual(src('Sudan\'s army is demanding the withdrawal of the paramilitaries from Khartoum, Bloomberg reported on Monday. Its story relied on five Sudanese officials.'), ['SDN DEMAND Bloomberg 5']);
  assert.deepEqual(src('Azerbaijan would accept international monitors on the border, Reuters reported. The report drew on three Western diplomats.'), ['AZE ACCEPT Reuters 3']);
});

test('no credit: an outlet the speaker talked about, or a party that briefed its allies', () => {
  // An outlet named as a topic, not as the one the sources spoke to.
  assert.deepEqual(src('Armenia rejected the proposal for talks on Tuesday. Its prime minister later praised a Bloomberg report on the border.'), ['ARM REJECT Example Wire -']);
  // "briefed" a party (no outlet): no credit, no count.
  assert.deepEqual(src('Armenia rejected the proposal for talks on Tuesday. Its foreign minister briefed the ambassadors afterwards.'), ['ARM REJECT Example Wire -']);
});
