// An agentless passive of signing inside a clause of time ("once a ceasefire is signed", "the day a settlement is
// signed") says when, not who agrees: no ACCEPT for the main clause's subject (trigger/timed-signing). A signing
// with its agent, or an active one, still accepts. Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const accepts = (body: string) => claimsOf(body).map(label).filter((l) => / ACCEPT /.test(l));

test('an agentless signing in a clause of time accepts nothing', () => {
  for (const body of [
    'France remains ready to deploy monitors in Armenia once a ceasefire is signed, and the resumption of a dialogue with Baku changes nothing in this respect.',
    'Armenia will reopen the border after the peace treaty is signed, and talks on the enclaves will follow.',
    'Serbia would return the seized factories the day a settlement is signed, and talks on the rest would follow, Vucic said.',
    'Israel will free the detainees as soon as the deal has been signed, and the talks on a second phase will start.',
  ]) assert.deepEqual(accepts(body), [], body);
});

test('the stance around the clause of time stays', () => {
  const got = claimsOf('France remains ready to deploy monitors in Armenia once a ceasefire is signed, and the resumption of a dialogue with Baku changes nothing in this respect.').map(label);
  assert.ok(got.includes('FRA OFFER security_guarantees []'), got.join('\n'));
});

test('a signing with its agent, or an active one, still accepts', () => {
  const agent = claimsOf('Armenia will open the border once the peace treaty is signed by Azerbaijan.').map(label);
  assert.ok(agent.includes('AZE ACCEPT talks []'), agent.join('\n'));
  const active = claimsOf('Serbia signed the agreement on the resumption of talks with Kosovo.').map(label);
  assert.ok(active.includes('SRB ACCEPT talks []'), active.join('\n'));
});
