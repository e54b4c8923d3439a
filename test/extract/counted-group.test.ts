// A counted noun of states (discourse/counted-group): "the three governments", "the four countries" stand for the
// parties last named together in that number, one claim each (spec §3 rule 8), not for the officials who report
// them nor a group of another size. Sentences written for this test, with parties and places other than the corpus's.
import { claimCases, assertNone } from './helpers.js';
import { test } from 'node:test';

claimCases('"the three governments" are the three parties named together before', [
  { body: 'Spain, Italy and Greece have drafted a counter-proposal on Kosovo. Two European diplomats told reporters that the three governments would not accept any text that recognised Kosovo.', want: ['ESP REJECT recognition []', 'ITA REJECT recognition []', 'GRC REJECT recognition []'] },
  { body: 'Egypt, Qatar and Turkey hosted the Sudanese delegations in Cairo on Monday. Officials said the three countries were ready to host talks between the army and the RSF.', want: ['EGY OFFER talks []', 'QAT OFFER talks []', 'TUR OFFER talks []'] },
], (c) => c.type === 'REJECT' || c.type === 'OFFER');

test('a count that fits no parties named before takes none of them', () => {
  assertNone(['Spain and Italy have drafted a counter-proposal on Kosovo. Diplomats said the three governments would not accept any text that recognised Kosovo.'], /^(ESP|ITA) REJECT/);
});

claimCases('a counted group of people prefers parties of its number', [
  { body: 'Erdogan met Aliyev in Ankara, while Macron, Scholz and Meloni spoke by phone. The three leaders called for an immediate ceasefire in Karabakh.', want: ['FRA PROPOSE ceasefire []', 'DEU PROPOSE ceasefire []', 'ITA PROPOSE ceasefire []'] },
], (c) => c.issue === 'ceasefire');

// ("delegations", counted: the parties of a three-way round, the mediator's with the sides'.)
claimCases('"the three delegations" are the three parties whose delegations met', [
  { body: 'American, Armenian and Azerbaijani delegations met in Geneva on Tuesday. On Wednesday, a US envoy announced that the three delegations had agreed to exchange all detainees.', want: ['USA PROPOSE humanitarian []', 'ARM OFFER humanitarian []', 'AZE OFFER humanitarian []'] },
  { body: 'Kenyan, Ethiopian and Eritrean delegations held a second round in Nairobi. The three delegations agreed to exchange prisoners of war before the end of the month.', want: ['KEN PROPOSE humanitarian []', 'ETH OFFER humanitarian []', 'ERI OFFER humanitarian []'] },
], (c) => c.issue === 'humanitarian');

test('"the three delegations" with only two parties named before take neither', () => {
  assertNone(['Armenian and Azerbaijani delegations met in Geneva on Tuesday. The three delegations agreed to exchange all detainees.'], /^(ARM|AZE) OFFER/);
});
