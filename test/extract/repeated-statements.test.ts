// Repeated statements (spec §3 rules 1–2, issue 7 "Precision"): a stance repeated on a new date is a claim
// on that date ("On Monday he repeated that pledge", "He had made the same demand in June"); repeated with
// no date of its own it is the same statement (one claim); a later detail of a proposal ("We propose that
// it take place in Geneva in June") is that proposal, not a new stance on "other". Sentences written for
// these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');
// Published Saturday 14 June 2025.
const SAT = { published: '2025-06-14' };

test('a stance repeated on another date is a second claim on that date; with no date of its own, the same statement', () => {
  let cs = claimsOf('In a 2023 interview the Hungarian prime minister said Budapest would never support sanctions on Russian gas. On Tuesday he repeated that pledge in Vienna.', SAT);
  assert.deepEqual(cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)}`), ['HUN REJECT sanctions [] "2023"', 'HUN REJECT sanctions [] "2025-06-10"'], show(cs));
  cs = claimsOf('Erdogan on Thursday renewed his demand that Russia and Ukraine agree to a ceasefire at sea. He had made the same demand in March.', SAT);
  const dates = cs.filter((c) => c.actor === 'TUR').map((c) => brief(c).date);
  assert.deepEqual(dates, ['2025-06-12', '2025-03'], show(cs));
  assert.equal(new Set(cs.filter((c) => c.actor === 'TUR').map((c) => `${c.type} ${c.issue}`)).size, 1, show(cs));
  // A repetition with no date of its own is the same statement; a noun with its own content is read once.
  cs = claimsOf('Vilnius demanded new sanctions on Russian banks. Lithuania repeated the demand at a press conference.', SAT);
  assert.deepEqual(cs.map(label), ['LTU DEMAND sanctions []'], show(cs));
  cs = claimsOf('Putin on Friday repeated his demand that Ukraine abandon its bid to join NATO.', SAT);
  assert.deepEqual(cs.map(label), ['RUS DEMAND alliance []'], show(cs));
  // Nothing before to restate: no claim.
  cs = claimsOf('The Kazakh president repeated his earlier call at the summit.', SAT);
  assert.deepEqual(cs.map(label), [], show(cs));
});

test('a later detail of a proposal is that proposal, not a stance on "other"', () => {
  for (const body of [
    "'We propose a meeting of the foreign ministers,' the Kazakh minister said. He later added: 'We propose that it be held in Astana next month.'",
    "'We propose direct talks with Yerevan,' the Azerbaijani foreign minister said. 'We propose to start on Monday in Tbilisi,' he added.",
  ]) {
    const cs = claimsOf(body, SAT);
    assert.equal(cs.length, 1, `${body}\n${show(cs)}`);
    assert.equal(cs[0].issue, 'talks', show(cs));
  }
  // The place and month of the meeting are not the date of the proposal.
  const cs = claimsOf("'We propose a summit of the leaders,' the Turkish envoy said. 'We propose that it take place in Ankara in August.'", SAT);
  assert.deepEqual(cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)}`), ['TUR PROPOSE talks [] {"from":"2025-05-31","to":"2025-06-14"}'], show(cs));
});
