// A sentence that opens with a pronoun and a verb of saying goes on with the speech of the sentence before it
// (claim/continued-speech-date): it takes that sentence's day before the next sentence's. And a stance a colon
// introduces after a date with "since" has held since then (claim/since-colon). Sentences written for these tests,
// on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, showDates as show, dateOfClaim as dateOf } from './helpers.js';

// A report of Friday 20 June 2025.
const PUB = { published: '2025-06-20' };

test('"He said …" takes the day of the speech before it, not the next sentence\'s', () => {
  let cs = claimsOf('Aliyev, asked about the leak on Tuesday in Baku, said it changed nothing. He said Azerbaijan was ready to hold peace talks with Armenia in Abu Dhabi. The deadline of Thursday that he had set for Armenia was, he said, no longer fixed.', PUB);
  assert.deepEqual(dateOf(cs, 'AZE', 'OFFER'), '2025-06-17', show(cs));
  cs = claimsOf('Vucic spoke to reporters in Belgrade on Monday. She also said Serbia would never recognise Kosovo. On Wednesday the EU envoy arrived in Pristina.', PUB);
  assert.deepEqual(dateOf(cs, 'SRB'), '2025-06-16', show(cs));
  cs = claimsOf('The Israeli prime minister addressed the Knesset on Wednesday. He added that Israel was ready to discuss a ceasefire in Gaza. Hamas is expected to reply on Friday, mediators said on Thursday.', PUB);
  assert.deepEqual(dateOf(cs, 'ISR'), '2025-06-18', show(cs));
});

test('a stance after "since …:" is dated from then to publication', () => {
  let cs = claimsOf('Two officials told me that the terms have not changed since March: Azerbaijan demands that Armenia change its constitution before any treaty is signed.', PUB);
  assert.deepEqual(dateOf(cs, 'AZE'), { from: '2025-03-01', to: '2025-06-20' }, show(cs));
  cs = claimsOf('The line has been the same since the Brussels meeting in April: Serbia will not recognise Kosovo.', PUB);
  assert.deepEqual(dateOf(cs, 'SRB'), { from: '2025-04-01', to: '2025-06-20' }, show(cs));
});

test('negatives: a sentence without the pronoun opening keeps the next sentence\'s day; "since" with no colon as before', () => {
  let cs = claimsOf('Armenia wants a border commission set up within a year. Pashinyan made the request to Aliyev on Friday.', PUB);
  assert.deepEqual(dateOf(cs, 'ARM'), '2025-06-20', show(cs));
  cs = claimsOf('Since April, when he told the envoy that Serbia would never recognise Kosovo, Vucic has said little.', PUB);
  assert.deepEqual(dateOf(cs, 'SRB'), '2025-04', show(cs));
});
