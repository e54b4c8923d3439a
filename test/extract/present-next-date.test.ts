// A stance in the simple present is held at the time of writing (claim/present-next-date): the next sentence's past
// day, before the publication window, dates another event ("That idea was put forward by Washington in December"),
// not the stance; a day within the window still dates it. Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, showDates as show, dateOfClaim as dateOf } from './helpers.js';

// A report of Thursday 12 February 2026.
const PUB = { published: '2026-02-12' };
const WINDOW = { from: '2026-01-29', to: '2026-02-12' };

test('a present stance takes no past month from the next sentence', () => {
  let cs = claimsOf('Baku insists that Armenian forces leave the border villages they still hold. That idea was first put forward by the EU in December.', PUB);
  assert.deepEqual(dateOf(cs, 'AZE'), WINDOW, show(cs));
  cs = claimsOf('Serbia says it will never recognise Kosovo. The five EU states that share that view set it out in 2008.', PUB);
  assert.deepEqual(dateOf(cs, 'SRB'), WINDOW, show(cs));
  cs = claimsOf('Israel wants Hamas disarmed before any withdrawal from Gaza. The plan was drafted by Egyptian mediators on 3 November.', PUB);
  assert.deepEqual(dateOf(cs, 'ISR'), WINDOW, show(cs));
});

test('negatives: a day within the window still dates it; a past stance takes the next sentence\'s day as before', () => {
  let cs = claimsOf('Baku insists that Armenian forces leave the border villages. Aliyev made the demand to Pashinyan on Monday.', PUB);
  assert.deepEqual(dateOf(cs, 'AZE'), '2026-02-09', show(cs));
  cs = claimsOf('Baku insisted that Armenian forces leave the border villages. Aliyev made the demand to Pashinyan in December.', PUB);
  assert.deepEqual(dateOf(cs, 'AZE'), '2025-12', show(cs));
});

test('a present stance takes no day of another event from the next sentence, even within the window', () => {
  // (The next sentence tells what happened to something else on that day: no speech, the party no clause's subject.)
  let cs = claimsOf('Background: Belgrade still demands autonomy for the Serb municipalities, and Pristina still refuses. Serbia\'s ban on Kosovo goods, imposed at the EU\'s request last month, lapsed on Monday.', PUB);
  assert.deepEqual(dateOf(cs, 'SRB'), WINDOW, show(cs));
  cs = claimsOf('Israel insists that Hamas release every hostage first. The Gaza crossing, closed at Egypt\'s request in late January, reopened on Tuesday.', PUB);
  assert.deepEqual(dateOf(cs, 'ISR'), WINDOW, show(cs));
});

test('negatives: the next sentence\'s day of speech, or of the party\'s own act, still dates a present stance', () => {
  let cs = claimsOf('Belgrade demands autonomy for the Serb municipalities. Vucic told reporters on Monday that nothing had changed.', PUB);
  assert.deepEqual(dateOf(cs, 'SRB'), '2026-02-09', show(cs));
  cs = claimsOf('Israel insists that Hamas release every hostage first. Netanyahu set out the demand to the Qatari mediators on Tuesday.', PUB);
  assert.deepEqual(dateOf(cs, 'ISR'), '2026-02-10', show(cs));
});
