// Halting an obstruction of another party's aims is a concession, as halting strikes is ("would stop blocking
// Kosovo's membership of international organisations"); going on obstructing is no threat of war ("would keep
// blocking it"). trigger/harmful-act, rules.json 'obstructions'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (body: string) => claimsOf(body).map((c) => `${c.actor} ${c.type} ${c.issue}`);

test('stopping an obstruction is no threat: an offer of what was blocked', () => {
  assert.deepEqual(brief('Vucic said on Monday that Serbia would stop blocking Kosovo\'s membership of international organisations.'), ['SRB OFFER recognition']); // (membership of international organisations is recognition: issues.json recognition frame)
  assert.deepEqual(brief('Hungary said on Tuesday it would stop blocking the EU\'s new sanctions package.'), ['HUN OFFER sanctions']);
  assert.deepEqual(brief('Azerbaijan would stop obstructing the talks on the border, its foreign minister said on Friday.').filter((x) => x.includes('THREATEN')), []);
});

test('still threats: halting supplies, going on with attacks; and going on blocking is no threat to a ceasefire', () => {
  assert.deepEqual(brief('Russia would stop gas deliveries to Moldova, Gazprom warned on Monday.'), ['RUS THREATEN other']);
  assert.deepEqual(brief('Russia would continue its attacks on Kharkiv, Peskov said on Monday.'), ['RUS THREATEN ceasefire']);
  assert.deepEqual(brief('Fico said on Monday that Slovakia would keep blocking the sanctions package.').filter((x) => x.includes('THREATEN')), []);
});
