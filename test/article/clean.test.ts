import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BOILERPLATE, cleanBody, toRawOffset, toRawSpan } from '../../src/article/index.js';
import { assertOffsetsRoundTrip } from './helpers.js';

function check(raw: string): { body: string } {
  const r = cleanBody(raw);
  assertOffsetsRoundTrip({ body: r.body, rawBody: raw, offsets: r.offsets });
  return r;
}

test('every pattern carries a reason and is a RegExp', () => {
  assert.ok(BOILERPLATE.length >= 8);
  for (const p of BOILERPLATE) {
    assert.ok(p.pattern instanceof RegExp);
    assert.ok(p.reason.length > 5);
    assert.ok(!p.pattern.global && !p.pattern.sticky, 'stateless patterns');
  }
});

test('whole-line ad markers go, paragraphs around them stay', () => {
  const raw = 'First paragraph.\nContinues after advertising\nSecond paragraph.\nAdvertisement\nThird paragraph.\n';
  assert.equal(check(raw).body, 'First paragraph.\nSecond paragraph.\nThird paragraph.');
});

test('"Also read:" marker line (with headline) goes, the following paragraph stays', () => {
  const raw = 'Lead paragraph.\nAlso read: Ministers to meet in Oslo next week\nThe next paragraph is real text and must stay.\nRead also:\nAnother real paragraph.\nRead more: Something else entirely\nClosing paragraph.';
  assert.equal(check(raw).body, 'Lead paragraph.\nThe next paragraph is real text and must stay.\nAnother real paragraph.\nClosing paragraph.');
});

test('share / subscribe / follow lines go', () => {
  const raw = 'Talks resumed.\nShare this article\nSubscribe to our newsletter\nFollow us on X and Telegram\nThe envoy left.';
  assert.equal(check(raw).body, 'Talks resumed.\nThe envoy left.');
});

test('a cookie consent banner goes, a sentence about cookies stays', () => {
  const raw = 'Yerevan, 3 May.\nWe use cookies to improve your experience. By continuing, you accept our use of cookies. [Accept] [Settings]\nArmenia accepted the Brussels plan.\nThe envoys ate cookies, Baku said, and we use cookies as a bargaining chip.';
  assert.equal(check(raw).body, 'Yerevan, 3 May.\nArmenia accepted the Brussels plan.\nThe envoys ate cookies, Baku said, and we use cookies as a bargaining chip.');
});

test('a sentence that merely mentions sharing or following is kept', () => {
  const raw = 'The two sides share a long border.\nFollowing the talks, the minister said he would follow us on this matter.';
  assert.equal(check(raw).body, raw);
});

test('video-player residue is removed, the caption after it stays', () => {
  const raw = 'Intro.\n0:00 / 1× The minister speaking in Geneva on Monday.\n0:00 / 2:31\nOutro.';
  assert.equal(check(raw).body, 'Intro.\nThe minister speaking in Geneva on Monday.\nOutro.');
});

test('ALL-CAPS menu lines only at the end; an ALL-CAPS headline at the start stays', () => {
  const raw = 'MINISTERS AGREE ON TALKS\nThe ministers agreed to meet again.\nFREE ACCESS\nBONDS PORTFOLIO\n';
  assert.equal(check(raw).body, 'MINISTERS AGREE ON TALKS\nThe ministers agreed to meet again.');
  const middle = 'Para one.\nNATO SUMMIT\nPara two.';
  assert.equal(check(middle).body, middle);
});

test('stray leading "date YYYY-MM-DD" prefix is removed only at the start', () => {
  const raw = ' date 2025-08-17 The president said talks would resume.\nOn date 2025-08-18 nothing happened.';
  assert.equal(check(raw).body, 'The president said talks would resume.\nOn date 2025-08-18 nothing happened.');
});

test('blank lines left behind collapse to one; none at the start or end', () => {
  const raw = '\n\nAdvertisement\n\nPara one.\n\nAdvertisement\n\nPara two.\n\n\n\nPara three.\n\nShare this article\n\n';
  assert.equal(check(raw).body, 'Para one.\n\nPara two.\n\nPara three.');
});

test('text with nothing to remove is unchanged (one segment)', () => {
  const raw = 'Nothing to clean here.\nSecond line.';
  const r = cleanBody(raw);
  assert.equal(r.body, raw);
  assert.deepEqual(r.offsets, [{ clean: 0, raw: 0, length: raw.length }]);
});

test('toRawOffset / toRawSpan map spans back to the raw body', () => {
  const raw = 'Alpha said yes.\nAdvertisement\nBeta demanded a ceasefire.\n';
  const r = cleanBody(raw);
  const start = r.body.indexOf('demanded');
  const end = start + 'demanded a ceasefire'.length;
  const [rs, re] = toRawSpan(r.offsets, [start, end]);
  assert.equal(raw.slice(rs, re), 'demanded a ceasefire');
  // A span across the removed line covers it in raw (start and end map exactly).
  const [as, ae] = toRawSpan(r.offsets, [0, end]);
  assert.equal(raw.slice(as, ae), 'Alpha said yes.\nAdvertisement\nBeta demanded a ceasefire');
  assert.equal(toRawOffset(r.offsets, r.body.length), raw.indexOf('ceasefire.') + 'ceasefire.'.length);
  assert.deepEqual(toRawSpan(r.offsets, [3, 3]), [3, 3]);
  assert.equal(toRawOffset([], 5), 5);
});

test('removed list names a reason for each removal', () => {
  const r = cleanBody('A.\nAdvertisement\nB.\nFREE ACCESS');
  assert.equal(r.removed.length, 2);
  for (const x of r.removed) assert.ok(x.reason.length > 0);
});

test('pathological 1 MB lines are handled in linear time', () => {
  const mb = 1 << 20;
  const lines = [
    'Also read:' + ' '.repeat(mb),
    ' '.repeat(mb) + 'x',
    '0:00 /' + ' '.repeat(mb),
    '0:00 / 1' + '×'.repeat(mb),
    'date 2025-08-17' + ' '.repeat(mb) + 'y',
    'A'.repeat(mb),
    'Share this article'.repeat(mb / 16),
    'Continues after advertising' + ' '.repeat(mb) + '!',
    '\u00a0'.repeat(mb),
    'a:'.repeat(mb / 2),
  ];
  for (const line of lines) {
    const raw = `First.\n${line}\nLast.\n${line}`;
    const r = cleanBody(raw);
    assertOffsetsRoundTrip({ body: r.body, rawBody: raw, offsets: r.offsets });
    assert.ok(r.body.startsWith('First.'));
  }
  // Many short lines too.
  const many = 'Advertisement\nreal text\n'.repeat(50_000);
  const r = cleanBody(many);
  assert.equal(r.body, Array(50_000).fill('real text').join('\n'));
});

test('every boilerplate regex is linear on 1 MB adversarial strings', () => {
  const mb = 1 << 20;
  const inputs = [' '.repeat(mb), 'a'.repeat(mb), 'A '.repeat(mb / 2), '0:'.repeat(mb / 2), '-'.repeat(mb), 'Also read'.repeat(mb / 9), '1×'.repeat(mb / 2)];
  for (const p of BOILERPLATE) for (const s of inputs) p.pattern.test(s);
});
