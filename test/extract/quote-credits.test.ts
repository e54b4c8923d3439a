// Who a quote is credited to: "the office of X said" (discourse/office-of-speaker), the next quote of the same
// paragraph (discourse/paragraph-speaker), and never the country of a dateline (discourse/dateline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (claims: ReturnType<typeof claimsOf>) => JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue, c.quote]));

test('"…," the press service of President X said: X\'s party wants the quote\'s deontic', () => {
  const body = 'Armenian officials proposed a new round of talks on Monday.\n\n"Armenia must withdraw its troops from the border villages," the press service of President Ilham Aliyev said.';
  const claims = claimsOf(body);
  // (Before: the name after "of" was an object, and the demand had no holder.)
  assert.ok(claims.some((c) => c.actor === 'AZE' && c.type === 'DEMAND' && c.issue === 'territory'), brief(claims));
});

test('a dateline\'s country speaks nothing; a quote continuing an office\'s quote in its paragraph is the office\'s "we"', () => {
  const body = [
    'TBILISI, Georgia, June 9 (Caucasus Wire) - Armenian and Azerbaijani negotiators sat down on Monday near the border, with Baku insisting that it had come for a peace treaty.',
    '',
    '"The key issue of these talks is an immediate ceasefire on the border," the office of Prime Minister Nikol Pashinyan said in a statement. "We are not going there to capitulate. We are going there to tell them what we will never give up."',
  ].join('\n');
  const claims = claimsOf(body);
  const got = brief(claims);
  // (Before: "we" took Georgia, the subject the dateline seemed to head the paragraph with.)
  assert.ok(!claims.some((c) => c.actor === 'GEO'), got);
  assert.ok(claims.some((c) => c.actor === 'ARM' && c.type === 'REJECT' && c.issue === 'territory'), got);
});

test('a dateline\'s country is not the "we" of an unnamed speaker either', () => {
  const body = 'BAKU, Azerbaijan (Caucasus Wire) - Armenian negotiators arrived in Baku on Monday.\n\n"We will never give up the border villages," the delegation\'s head told reporters.';
  const claims = claimsOf(body);
  assert.ok(!claims.some((c) => c.actor === 'AZE'), brief(claims));
});

test('a dateline without a country is no party either, and the report after its dash is read as before', () => {
  const claims = claimsOf('ISTANBUL, March 29 (Caucasus Wire) - Azerbaijan proposed a ceasefire on the border on Monday.');
  assert.ok(claims.some((c) => c.actor === 'AZE' && c.type === 'PROPOSE' && c.issue === 'ceasefire'), brief(claims));
});
