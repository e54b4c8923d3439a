// An act timed by a span from an event of the settlement ("within 90 days of a ceasefire taking effect") is
// offered for then: the sentence is conditional, so a modal's act of holding, opening or signing is an offer
// (candidate/modal conditionalVerbs), the span ends the stance's content, and nothing is demanded
// (claim/contingency). Sentences written for this test, with parties and places other than the corpus's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf } from './helpers.js';

claimCases('an act timed by a span from the settlement is offered', [
  { body: 'Armenia could hold a parliamentary election within 90 days of a peace treaty taking effect, the speaker of parliament said.', want: ['ARM OFFER governance []'] },
  { body: 'Kosovo will hold a referendum on the deal within six months after the ceasefire is signed, Kurti said.', want: ['XKX OFFER governance []'] },
  { body: "Sudan's government would open humanitarian corridors to Darfur within days of a truce taking effect, the foreign minister said.", want: ['SDN OFFER humanitarian []'] },
  { body: 'Taiwan would hold a referendum within 30 days of a ceasefire, the premier said.', want: ['TWN OFFER governance []'] },
  // (No event of the settlement: a schedule; and no party's act.)
  { body: 'Serbia will hold elections within 90 days, Vucic said.', want: [] },
  { body: 'The truce collapsed within two weeks of the talks, officials said.', want: [] },
]);

test('the span of time is not the offer\'s content', () => {
  const [c, ...rest] = claimsOf('Azerbaijan would withdraw its troops from the border villages within a month of a peace treaty being signed, Aliyev said.');
  assert.equal(rest.length, 0);
  assert.equal(`${c.actor} ${c.type} ${c.issue}`, 'AZE OFFER territory');
  assert.equal(c.quote, 'would withdraw its troops from the border villages');
});
