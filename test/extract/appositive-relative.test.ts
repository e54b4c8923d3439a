// A predicate in a relative clause on an appositive noun phrase ("…, an idea which Baku has called unacceptable")
// judges the clause the appositive stands for (content/appositive-relative). Sentences written for these tests, on
// other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('", an idea which <party> called unacceptable": the clause before the comma is refused', () => {
  assertIncludes([
    ['Paris floated a European monitoring mission, an idea which Baku has called unacceptable.', 'AZE REJECT security_guarantees []'],
    ['Britain offered to deploy troops, a move that Moscow has branded a provocation.', 'RUS REJECT security_guarantees []'],
    ['Qatar proposed a five-year truce in Gaza, an offer which Israel called a non-starter.', 'ISR REJECT ceasefire []'],
  ]);
});

test('negatives: a judgement by no party, a description with no predicate of refusal', () => {
  assertNone(['Washington announced new sanctions on Moscow, a step which analysts called unprecedented.'], ' REJECT ');
  assertNone(['Paris floated a European monitoring mission, an idea which Baku has discussed with Moscow.'], 'AZE ');
});
