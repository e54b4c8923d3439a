// The gated chrono instance (speed, issue 7) must give exactly chrono.casual's results: each gate is a
// pattern that its parser's own regular expression implies. These sentences reach every gated parser
// (checked below, so a sentence list that stops reaching one fails), and every sentence of the test
// articles is compared too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node/en';
import { CHRONO_GATES, DIGIT_GATES, gatedCasual } from '../../src/annotate/dates.js';
import { splitSentences } from '../../src/annotate/sentences.js';
import { ROOT } from '../helpers/paths.js';

const SENTENCES = [
  'The ministry published the text on 2024-03-05 after the talks.',
  'The memo is dated 2024/03/05 and signed by both envoys.',
  'The envoys met on 3/5/2024 in Istanbul and again on 12.06.',
  'The report covers 5/2024 and nothing later.',
  'The summit was held in 2023 March, a diplomat recalled.',
  'Talks resumed at 5pm and ran until 11:30 p.m. local time.',
  'The ceasefire was agreed three days ago, officials said.',
  'Kyiv said it would answer two weeks later, not before.',
  'Moscow wants an answer within 3 days, the envoy said.',
  'The offer expires at the end of the month, he warned.',
  'The minister spoke today and again tonight, and yesterday too.',
  'The delegations met this morning and again in the evening at noon.',
  'He said last week that the plan was dead, and next month it may return.',
  'Warsaw said on Monday that the corridor would open by the weekend.',
  'The accord was signed on 5 March 2022 and amended on the 4th of July.',
  'Talks are planned for March 5 and Sept. 14, an aide said.',
  'In February 2024 the sides exchanged prisoners; in May they met again.',
  'The previous round ended in the past 2 weeks, and another follows in +2 days.',
  'Nothing was said about dates at all in this sentence.',
  // The duration gates: a number and unit after 'in', 'for', 'this' … or before 'ago', 'later' …, and the
  // look-alikes they must not miss ('they', 'them', 'these' read as 'the' and a unit).
  'The talks ended a day before the vote and resumed a few days later, for about 5 hours.',
  'In the past two years, and within a couple of  weeks, nothing moved; in they went.',
  'They told them these were not the terms, twelve hrs after the call and 3d ago.',
  // The weekday gate: a name that ends its word or runs into chrono's "of|this|last|past|next … week"
  // suffix ('thursdaylast week'), and the look-alikes it skips ('month', 'satellite', 'weeks').
  'The envoy came Mon., left on Tuesday of next week and returned.',
  'He returns thursdaylast week, an aide said.',
  'She flies out sundayof this week, an aide said.',
  'The month of talks and the satellite images changed nothing for weeks, or this weekend.',
  // The year-month gate: four digits or a number and an era, and a month word.
  'Talks in 2023 March and 1999 Sept. were cancelled.',
  'The chronicle dates the treaty to 300 BC January.',
];

const same = (text: string, ref: { instant: Date; timezone: number } | Date) =>
  assert.equal(JSON.stringify(gatedCasual.parse(text, ref, { forwardDate: false })), JSON.stringify(chrono.casual.parse(text, ref, { forwardDate: false })), text);

test('every gate names a parser chrono.casual has, and the sentences above reach each gated parser', () => {
  const names = chrono.casual.parsers.map((p) => p.constructor.name);
  const ref = { instant: new Date(Date.UTC(2025, 7, 16, 12)), timezone: 0 };
  for (const name of Object.keys(CHRONO_GATES)) {
    assert.ok(names.includes(name), `${name} is not among chrono.casual's parsers`);
    const alone = new chrono.Chrono({ parsers: chrono.casual.parsers.filter((p) => p.constructor.name === name), refiners: [] });
    assert.ok(SENTENCES.some((s) => alone.parse(s, ref).length > 0), `no test sentence reaches ${name}`);
  }
});

test('the gated parser gives chrono.casual\'s results, with and without a publication date', () => {
  for (const s of SENTENCES) {
    same(s, { instant: new Date(Date.UTC(2025, 7, 16, 12)), timezone: 0 });
    same(s, new Date(Date.UTC(2000, 0, 1)));
  }
});

test('the gated parser gives chrono.casual\'s results on every sentence of the test articles', () => {
  const dir = join(ROOT, 'test', 'fixtures', 'articles');
  let n = 0;
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    for (const sp of splitSentences(text)) { same(text.slice(sp.start, sp.end), { instant: new Date(Date.UTC(2025, 2, 12, 12)), timezone: 0 }); n++; }
  }
  assert.ok(n > 20, `only ${n} sentences`);
});

test('every parser of DIGIT_GATES has a gate whose first pattern needs a digit', () => {
  for (const name of DIGIT_GATES) {
    const g = CHRONO_GATES[name];
    assert.ok(g, `${name} has a gate`);
    const first = Array.isArray(g) ? g[0] : g as RegExp;
    assert.match(first.source, /^(?:\\d|\[1-9\])/, `${name}: ${first.source}`);
    assert.equal(first.test('No digit at all in this sentence, on Monday in March.'), false, name);
  }
});
