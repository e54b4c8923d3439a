// When a position was stated (spec §2 `date`, issue 7 "Dates and sources"): a pluperfect report takes the
// date of its speech; a date a future verb governs is the planned event's, not the statement's; a year
// that names a thing ("the agreements of 2015") dates nothing; a date opening the sentence leaves the
// party after it the subject ("On Tuesday Moldova rejected …"). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');
const find = (cs: Claim[], l: string) => cs.find((c) => label(c) === l);

// Published Friday 13 June 2025: the default window is 30 May – 13 June.
const FRI = { published: '2025-06-13' };
const WINDOW = { from: '2025-05-30', to: '2025-06-13' };

test('pluperfect report: "said on Tuesday that X had agreed" is dated by the speech', () => {
  for (const [body, want, date] of [
    // (One party agreeing to an act of its own offers it, claim/own-act-agreed.)
    ['The Qatari mediator said on Tuesday that Moscow had agreed to return 40 deported children.', 'RUS OFFER humanitarian []', '2025-06-10'],
    ['Speaking after Monday\'s round in Doha, the Norwegian envoy said Kyiv had proposed a truce on the Black Sea.', 'UKR PROPOSE ceasefire []', '2025-06-09'],
    ['Baku had offered to host the next round of talks, the Turkish foreign minister told reporters on Wednesday.', 'AZE OFFER talks []', '2025-06-11'],
  ] as const) {
    const cs = claimsOf(body, FRI);
    const c = find(cs, want);
    assert.ok(c, `${body}\n${show(cs)}`);
    assert.deepEqual(brief(c!).date, date, `${body}\n${show(cs)}`);
  }
});

test('pluperfect report with no time expression: the publication window, not "unknowable"', () => {
  const cs = claimsOf('Armenia had proposed an exchange of all detainees, two diplomats said.', FRI);
  const c = find(cs, 'ARM PROPOSE humanitarian []');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, WINDOW, show(cs));
});

test('a date a future verb governs dates the planned event, not the statement', () => {
  // The date in the next sentence belongs to the meeting planned.
  let cs = claimsOf('Armenia proposed an exchange of all prisoners. The two delegations will meet again on Thursday, the mediator added.', FRI);
  let c = find(cs, 'ARM PROPOSE humanitarian []');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, WINDOW, show(cs));
  // "said on Wednesday that on Friday Russia would …": Wednesday, the speech.
  cs = claimsOf('The Kremlin said on Wednesday that on Friday Russia would hand over the bodies of 500 soldiers.', FRI);
  c = find(cs, 'RUS OFFER humanitarian []');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-11', show(cs));
  // A speech verb right before the date keeps it: "said on Monday he would …".
  cs = claimsOf('The Turkish president said on Monday he would host a meeting of the two leaders in Istanbul.', FRI);
  c = find(cs, 'TUR OFFER talks []');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-09', show(cs));
});

test('a year after "of" names a thing, not the date of the statement', () => {
  const cs = claimsOf('The Kremlin remains open to negotiations along the lines of the Istanbul communiqué of 2022, the spokesman said.', { published: '2024-12-16' });
  const c = find(cs, 'RUS OFFER talks []');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, { from: '2024-12-02', to: '2024-12-16' }, show(cs));
});

test('a date opening the sentence: the party after it is the subject, not the object of "on"/"in"', () => {
  for (const [body, want, date] of [
    ['On Tuesday Moldova turned down the offer of a truce on the Dniester.', 'MDA REJECT ceasefire []', '2025-06-10'],
    ['In March Kazakhstan rejected any role for foreign peacekeepers in Ukraine.', 'KAZ REJECT security_guarantees []', '2025-03'],
    ['On Saturday Erdogan declared a truce for the holiday.', 'TUR OFFER ceasefire []', '2025-06-07'],
  ] as const) {
    const cs = claimsOf(body, FRI);
    const c = find(cs, want);
    assert.ok(c, `${body}\n${show(cs)}`);
    assert.deepEqual(brief(c!).date, date, `${body}\n${show(cs)}`);
  }
  // A name after a preposition that governs no date is still its object.
  const cs = claimsOf('Talks with Russia on Tuesday ended without a deal, and Ukraine rejected a ceasefire.', FRI);
  assert.ok(!cs.some((c) => c.actor === 'RUS'), show(cs));
});

test('signing one\'s own decree or law is no acceptance', () => {
  for (const body of [
    'In October the Ukrainian president signed a decree declaring negotiations with Putin impossible.',
    'Zelensky signed a decree declaring any negotiations with the Kremlin impossible.',
    'The Georgian president signed a law ruling out any talks with the breakaway authorities.',
  ]) {
    const cs = claimsOf(body, FRI);
    assert.ok(!cs.some((c) => c.type === 'ACCEPT'), `${body}\n${show(cs)}`);
  }
  // Signing a deal still accepts it.
  const cs = claimsOf('Kyiv signed the agreement on a prisoner exchange.', FRI);
  assert.ok(find(cs, 'UKR ACCEPT humanitarian []'), show(cs));
});
