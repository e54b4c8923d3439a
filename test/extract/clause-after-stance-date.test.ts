// A date in a clause after the stance that describes something the stance names dates that thing, not the stance
// (claim/background-date): a clause opened by "that" with a subject and a past verb of its own ("agreed to implement
// the ban that the two presidents had discussed on 18 March"), and a participle set off by a comma after a noun ("a
// reversal of his own demand, made in March, for a truce"). The stance takes another date of its sentence, a
// neighbour's, or the publication window. Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, showDates as show, dateOfClaim as dateOf } from './helpers.js';

// A report of Friday 20 June 2025.
const PUB = { published: '2025-06-20' };
const WINDOW = { from: '2025-06-06', to: '2025-06-20' };

test('a "that" clause after the stance, with its own subject and past verb, dates its own event', () => {
  let cs = claimsOf('Armenia agreed on Tuesday to hold talks on the border commission that Pashinyan and Aliyev had discussed on 2 May.', PUB);
  // (One party agreeing to an act of its own offers it, claim/own-act-agreed.)
  assert.deepEqual(dateOf(cs, 'ARM', 'OFFER'), '2025-06-17', show(cs));
  cs = claimsOf('Serbia rejected the plan that Brussels tabled in March.', PUB);
  assert.deepEqual(dateOf(cs, 'SRB', 'REJECT'), WINDOW, show(cs));
  cs = claimsOf('Israel accepted the framework that the Egyptian mediators had drafted in April, an official said on Wednesday.', PUB);
  assert.deepEqual(dateOf(cs, 'ISR', 'ACCEPT'), '2025-06-18', show(cs));
  cs = claimsOf('Sudan\'s army refused to sign the truce that Saudi Arabia and the United States proposed in May.', PUB);
  assert.deepEqual(dateOf(cs, 'SDN', 'REJECT'), WINDOW, show(cs));
});

test('a participle set off by a comma after a noun dates that noun, not a stance before it', () => {
  let cs = claimsOf('On Saturday Aliyev wrote that it was better to go straight to a peace treaty than to a ceasefire that might not hold, a reversal of his own demand, made in March, for a truce.', PUB);
  assert.deepEqual(dateOf(cs, 'AZE', 'REJECT'), '2025-06-14', show(cs));
  assert.deepEqual(dateOf(cs, 'AZE', 'DEMAND'), '2025-03', show(cs));
  cs = claimsOf('Kosovo rejected talks on the association of Serb municipalities, agreed in 2013 in Brussels.', PUB);
  assert.deepEqual(dateOf(cs, 'XKX', 'REJECT'), WINDOW, show(cs));
});

test('negatives: the thing\'s own stance, a subject\'s description, a verb of saying keep the date', () => {
  // The stance inside the clause is dated by it. (Not "rejected the claim that Serbia had offered …": a report
  // rejected is no claim, trigger/denied-report.)
  let cs = claimsOf('Kosovo confirmed the report that Serbia had offered talks on 2 May.', PUB);
  assert.deepEqual(dateOf(cs, 'SRB', 'OFFER'), '2025-05-02', show(cs));
  // A participle describing the sentence's subject dates the stance after it.
  cs = claimsOf('The Qatari plan, unveiled on Monday, calls for a ceasefire in Gaza.', PUB);
  assert.deepEqual(dateOf(cs, 'QAT'), '2025-06-16', show(cs));
  // A verb of saying in the clause dates the speech that set out the stance's terms.
  cs = claimsOf('Russia demanded the guarantees that Lavrov announced on Monday.', PUB);
  assert.deepEqual(dateOf(cs, 'RUS'), '2025-06-16', show(cs));
  // A second report joined by "and that" is no description of the treaty; its "later this week" dates the meeting it
  // plans ("to meet", claim/scheduled-date), not the speech, which takes the publication window.
  cs = claimsOf('Aliyev said he hoped Armenia would agree to the treaty and that he expected to meet Pashinyan later this week.', PUB);
  assert.deepEqual(dateOf(cs, 'AZE'), { from: '2025-06-06', to: '2025-06-20' }, show(cs));
  // A date before "that" is the stance's own.
  cs = claimsOf('Armenia said on Wednesday that it was ready to sign the treaty that Baku initialled in March.', PUB);
  assert.deepEqual(dateOf(cs, 'ARM'), '2025-06-18', show(cs));
});
