// Which date a neighbouring sentence lends (spec §2 `date`: when the position was stated). A date inside what a
// sentence reports, past its speech verb ("said Kyiv had accepted a plan put forward a month ago"), is the
// reported event's: it does not carry to the next statement (claim/complement-date). A quoted sentence with no
// date of its own is dated by the attribution of its quote, even several sentences later
// (claim/quote-attribution-date). Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');
const find = (cs: Claim[], l: string) => cs.find((c) => label(c) === l);

// Published Friday 13 June 2025: the default window is 30 May – 13 June.
const FRI = { published: '2025-06-13' };
const WINDOW = { from: '2025-05-30', to: '2025-06-13' };

test('a date inside the previous sentence\'s report does not date the next statement', () => {
  for (const [body, want] of [
    ['Pashinyan said Armenia had accepted a border plan put forward by the EU more than a month ago. He said Armenia was ready for talks in any format.', 'ARM OFFER talks []'],
    ['The Kosovo premier told reporters that Pristina had signed the Ohrid annex in March. He said Kosovo would not accept any change to its borders.', 'XKX REJECT territory []'],
    ['Aliyev said Armenian troops had shelled Azerbaijani positions last week. He added that Azerbaijan was ready for talks in Abu Dhabi.', 'AZE OFFER talks []'],
  ] as const) {
    const cs = claimsOf(body, FRI);
    const c = find(cs, want);
    assert.ok(c, `${body}\n${show(cs)}`);
    assert.deepEqual(brief(c!).date, WINDOW, `${body}\n${show(cs)}`);
  }
});

test('a date of the previous sentence\'s speech still carries', () => {
  // "said on Tuesday that …": the date comes before anything the speech reports.
  let cs = claimsOf('Pashinyan said on Tuesday that the talks had stalled. He said Armenia was ready for talks in any format.', FRI);
  let c = find(cs, 'ARM OFFER talks []');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-10', show(cs));
  // An event sentence with no speech verb lends its date as before.
  cs = claimsOf('Azerbaijani forces shelled border villages on Wednesday. Pashinyan called for an immediate ceasefire.', FRI);
  c = cs.find((x) => x.actor === 'ARM' && x.issue === 'ceasefire');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-11', show(cs));
});

test('a quoted sentence takes the date of its attribution, however many sentences later', () => {
  for (const [body, want, date] of [
    ['"Kosovo will never recognise the partition of the north. There is nothing to discuss here. It is against our constitution," the Kosovo premier told reporters in Pristina on Tuesday.', 'XKX REJECT recognition []', '2025-06-10'],
    ['"Armenia is ready to sign the peace treaty. We have done our part. Now it is Baku\'s turn," Pashinyan said on Wednesday.', 'ARM OFFER talks []', '2025-06-11'],
  ] as const) {
    const cs = claimsOf(body, FRI);
    const c = find(cs, want);
    assert.ok(c, `${body}\n${show(cs)}`);
    assert.deepEqual(brief(c!).date, date, `${body}\n${show(cs)}`);
  }
});

test('not the date of a later paragraph, nor a date the attribution reports', () => {
  // Another paragraph's attribution does not date a quote.
  let cs = claimsOf('"Armenia is ready to sign the peace treaty. We have done our part. Now it is Baku\'s turn."\n\nPashinyan said on Wednesday that the border was calm.', FRI);
  let c = find(cs, 'ARM OFFER talks []');
  if (c) assert.notDeepEqual(brief(c).date, '2025-06-11', show(cs));
  // A date inside what the attribution reports is not the quote's: "said the treaty had been initialled in March".
  cs = claimsOf('"Armenia is ready to sign the peace treaty. We have done our part. Now it is Baku\'s turn," Pashinyan said, adding that the text had been initialled in March.', FRI);
  c = find(cs, 'ARM OFFER talks []');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, WINDOW, show(cs));
});

test('a timeline\'s date lines date the entries under them', () => {
  const body = [
    'Timeline: a year of Caucasus talks',
    '22 May 2024',
    'Pashinyan says Armenia is ready to sign the peace treaty.',
    'Tuesday, June 3, 2024',
    'Aliyev tells Le Monde that Baku will not accept any international peacekeepers.',
    'Later, Azerbaijani officials say Baku is ready to meet the Armenian delegation in Washington.',
  ].join('\n\n');
  const cs = claimsOf(body, FRI);
  const at = (l: string) => { const c = find(cs, l); assert.ok(c, `${l}\n${show(cs)}`); return brief(c!).date; };
  assert.deepEqual(at('ARM OFFER talks []'), '2024-05-22');
  assert.deepEqual(at('AZE REJECT security_guarantees []'), '2024-06-03');
  // The entry under it with no date of its own: the same day.
  assert.deepEqual(at('AZE OFFER talks []'), '2024-06-03');
});

test('one date line alone heads nothing, and an entry with its own date ends a date line\'s reach', () => {
  // A single date line (a byline's, a caption's) dates nothing below it.
  let cs = claimsOf(['12 May 2025', 'Pashinyan said Armenia was ready to sign the peace treaty.'].join('\n\n'), FRI);
  let c = find(cs, 'ARM OFFER talks []');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, WINDOW, show(cs));
  // "In March, …" opens an entry of its own: the line above does not reach past it.
  cs = claimsOf(['22 May 2024', 'Pashinyan met Aliyev in Prague.', '3 June 2024', 'Aliyev met Macron in Paris.', 'In March, Baku had hosted the talks.', 'Pashinyan said Armenia was ready to sign the peace treaty.'].join('\n\n'), FRI);
  c = find(cs, 'ARM OFFER talks []');
  assert.ok(c, show(cs));
  assert.notDeepEqual(brief(c!).date, '2024-06-03', show(cs));
});

test('a month with no year takes the narrative\'s year, not the publication\'s', () => {
  const body = [
    'The delegations first met in Prague on March 29, 2023. Armenia proposed a mutual withdrawal of troops from the border.',
    'On April 2, Azerbaijan rejected the Armenian proposal.',
    'By mid-April, Baku said it was ready to sign a peace treaty. On May 14 Pashinyan said Armenia would not give up any territory.',
  ].join('\n\n');
  const cs = claimsOf(body, { published: '2025-06-01' });
  const at = (l: string) => { const c = find(cs, l); assert.ok(c, `${l}\n${show(cs)}`); return brief(c!).date; };
  assert.deepEqual(at('AZE REJECT territory []'), '2023-04-02');
  assert.deepEqual(at('AZE OFFER talks []'), '2023-04');
  assert.deepEqual(at('ARM REJECT territory []'), '2023-05-14');
  // Across a new year: "on December 3, 2024 … On January 15" is the January after.
  const cs2 = claimsOf('The mediators met in Doha on December 3, 2024. On January 15 Kosovo rejected the Serbian proposal.', { published: '2025-06-01' });
  const c = cs2.find((x) => x.actor === 'XKX' && x.type === 'REJECT');
  assert.ok(c, show(cs2));
  assert.deepEqual(brief(c!).date, '2025-01-15', show(cs2));
});

test('a background date does not set the narrative\'s year', () => {
  // A date in a relative clause, or after "since", is background: "July 17" is this year's.
  for (const body of [
    'Moscow said the grain deal, from which it withdrew in July 2023, could only be restored on its terms. On February 12 Erdogan offered to host talks in Istanbul.',
    'The ship had been stuck in Odesa since February 2022. On February 12 Erdogan offered to host talks in Istanbul.',
  ]) {
    const cs = claimsOf(body, { published: '2024-03-09' });
    const c = find(cs, 'TUR OFFER talks []');
    assert.ok(c, `${body}\n${show(cs)}`);
    assert.deepEqual(brief(c!).date, '2024-02-12', `${body}\n${show(cs)}`);
  }
  // Far from any dated sentence, the publication date decides.
  const cs = claimsOf(['The talks began in Geneva on March 29, 2023.', 'The mediators kept quiet.', 'Nobody commented.', 'The hotel was closed.', 'On April 2, Azerbaijan rejected the Armenian proposal.'].join(' '), { published: '2025-06-01' });
  const c = find(cs, 'AZE REJECT talks []');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-04-02', show(cs));
});

test('a date opening a paragraph sets the scene for the rest of it', () => {
  const body = 'In late March 2023, the two delegations met in a Prague hotel. Armenia proposed a mutual withdrawal of troops from the border. Azerbaijan rejected the proposal. Pashinyan demanded that Azerbaijani troops leave Armenian territory.\n\nTwo years on, the treaty is still unsigned. Aliyev says Baku will not sign until Armenia changes its constitution.';
  const cs = claimsOf(body, { published: '2025-06-01' });
  const at = (l: string) => { const c = find(cs, l); assert.ok(c, `${l}\n${show(cs)}`); return brief(c!).date; };
  assert.deepEqual(at('AZE REJECT territory []'), '2023-03');
  assert.deepEqual(at('ARM DEMAND territory []'), '2023-03');
  // The next paragraph is not in the scene.
  const later = cs.find((c) => c.actor === 'AZE' && c.quote.includes('will not sign'));
  if (later) assert.notDeepEqual(brief(later).date, '2023-03', show(cs));
});

test('a date later in the paragraph, or one not at its head, sets no scene', () => {
  // The date is not at the head of the paragraph's first sentence.
  let cs = claimsOf('The delegations, which first met in March 2023, sat down again in Prague. Armenia proposed a mutual withdrawal of troops from the border. Azerbaijan rejected the proposal.', { published: '2025-06-01' });
  let c = find(cs, 'AZE REJECT territory []');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, { from: '2025-05-18', to: '2025-06-01' }, show(cs));
  // A pluperfect report is dated by its speech, not by the scene.
  cs = claimsOf('In late March 2023, the two delegations met in a Prague hotel. The hotel was closed to the press. Reporters waited outside. Pashinyan later said Azerbaijan had rejected the proposal.', { published: '2025-06-01' });
  c = find(cs, 'AZE REJECT territory []') ?? cs.find((x) => x.actor === 'AZE');
  if (c) assert.notDeepEqual(brief(c).date, '2023-03', show(cs));
});

test('a date that starts or ends a span is the planned act\'s, not the statement\'s', () => {
  for (const [body, want, date] of [
    ['The leaders of France and Germany demanded that Azerbaijan agree to a full ceasefire starting today, Macron said on Saturday.', 'FRA DEMAND ceasefire []', '2025-06-07'],
    ['Pashinyan said Armenia expected Azerbaijan to confirm a full ceasefire from Monday, his office said.', 'ARM DEMAND ceasefire []', WINDOW],
    ['Baku offered a truce on the border until Friday, the Azerbaijani foreign ministry said on Tuesday.', 'AZE OFFER ceasefire []', '2025-06-10'],
  ] as const) {
    const cs = claimsOf(body, FRI);
    const c = find(cs, want);
    assert.ok(c, `${body}\n${show(cs)}`);
    assert.deepEqual(brief(c!).date, date, `${body}\n${show(cs)}`);
  }
});
