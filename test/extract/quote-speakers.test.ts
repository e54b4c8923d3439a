// Who speaks a quotation (issue 7, holders): quotations in single marks are quotations (British style), with
// their speaker carried to the next quoted sentence and "we/us" resolved to that speaker; a quotation opened
// after a participle of saying ("…, saying that X was '…'") is the sentence subject's, not the speaker of a
// quotation a paragraph before. Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';
import { tokenize } from '../../src/annotate/tokenize.js';
import { markSingleQuotes } from '../../src/annotate/single-quotes.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');

test('single quotation marks open and close quotations; apostrophes stay apostrophes', () => {
  const marks = (text: string) => { const t = tokenize(text); markSingleQuotes(t, text); return t.filter((x) => x.text === '"' || x.text === "'").map((x) => x.text).join(''); };
  assert.equal(marks("'We will not leave Transnistria,' the ambassador said."), '""');
  assert.equal(marks("He called it 'a list of ultimatums'. Baku's allies' plan doesn't matter."), `""'''`);
  // A paragraph with double marks keeps its single ones (nested quotations, apostrophes).
  assert.equal(marks(`"He said 'never' twice," the aide recalled.`), `"''"`);
  // "the allies' plan", "the '90s", "rock 'n' roll": no quotation.
  assert.equal(marks("The allies' plan dates from the '90s, like rock 'n' roll."), "''''");
  // A quotation running on into the next paragraph opens it unclosed.
  assert.equal(marks("'We will not go back to the old borders.\n\n'Nor will we accept monitors,' he said."), '"""');
});

test("a quoted sentence with no attribution of its own is the last quotation's speaker's, 'us' included", () => {
  for (const [body, want] of [
    ["'There is nothing in their draft we can sign,' the Russian foreign minister said. 'Any foreign peacekeepers in Transnistria would be a legitimate target for us.'", 'RUS THREATEN security_guarantees []'],
    ["Dmitry Peskov told reporters that the Kremlin had studied the Moldovan counter-proposal.\n\n'There is nothing in it we can accept,' he said. 'Any European peacekeepers in Transnistria would be a legitimate target for us.'", 'RUS THREATEN security_guarantees []'],
  ] as const) {
    const cs = claimsOf(body, { published: '2025-06-10' });
    assert.ok(cs.map(label).includes(want), `${body}\n${show(cs)}`);
  }
});

test("a quotation after '…, saying that …' is its sentence subject's, not the speaker of the quotation before", () => {
  const body = '"Nothing can be excluded," Erdogan added.\n\nRussian Foreign Minister Sergei Lavrov offered a cautious first reaction on Wednesday, saying that any deployment of foreign peacekeepers in Moldova was "absolutely unacceptable to us and to everyone who wants peace in the region."';
  const cs = claimsOf(body, { published: '2025-06-10' });
  assert.deepEqual(cs.map(label), ['RUS REJECT security_guarantees []'], show(cs));
  // An object of the sentence ("in Moldova") is no speaker: with no subject that speaks, nothing is credited to it.
  const cs2 = claimsOf('"Nothing can be excluded," Erdogan added.\n\nOn Wednesday, in a statement about Moldova, the text said that any deployment of foreign peacekeepers was "absolutely unacceptable to everyone who wants peace in the region."', { published: '2025-06-10' });
  assert.ok(!cs2.some((c) => c.actor === 'MDA'), show(cs2));
});
