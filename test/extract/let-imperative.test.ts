// "Let" + a party or "them" + a verb, opening a quoted sentence, asks that party to act: a demand of the quote's
// speaker (candidate/let-imperative). "Let us", "Let's", "Let me" and "Let them be" are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (body: string) => claimsOf(body).map((c) => `${c.actor} ${c.type} ${c.issue}`);

test('"Let Belgrade recognise us first": the quote\'s speaker demands it of that party', () => {
  assert.deepEqual(brief('Kosovo\'s prime minister spoke after the vote. "Let Belgrade recognise us first," Kurti said.'), ['XKX DEMAND recognition']);
  assert.deepEqual(brief('"Let Moscow withdraw its troops from our land first," Zelensky said on Tuesday.'), ['UKR DEMAND territory']);
  assert.deepEqual(brief('Pashinyan spoke in Yerevan on Monday. "Let Baku release our prisoners of war, and then we can talk," he said.').slice(0, 1), ['ARM DEMAND humanitarian']);
  assert.deepEqual(brief('Zelensky was asked about the truce on Friday. "Let them stop the shelling of our cities," he said.'), ['UKR DEMAND ceasefire']);
});

test('no demand: "Let us", "Let me", "Let them be", "let" inside a sentence, outside a quote', () => {
  assert.deepEqual(brief('"Let me be clear about the talks," Zelensky said on Tuesday.'), []);
  assert.deepEqual(brief('"Let them be," the minister said of the protesters in Yerevan.'), []);
  assert.deepEqual(brief('Moscow would not let Kyiv join the alliance, analysts said.').filter((x) => x.includes('DEMAND')), []);
  assert.deepEqual(brief('Let Moscow withdraw its troops, the headline of the blog read.'), []);
});
