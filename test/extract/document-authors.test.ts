// Who wrote a plan, when the story says it in a shape the reading did not know: "it" after an opening phrase,
// "It says …" after a group's document, "a counter-draft of their own", a compound noun before the document
// ("Kenya's mediation plan"), a relative clause with no relative word ("the proposal he put to the forum"), a lede
// that states the plan before naming its authors, and the authors' own offer or another party's comment inside
// the plan (discourse/document-pronoun-opener, discourse/document-it-says, discourse/document-of-own,
// discourse/document-compound, discourse/document-zero-relative, discourse/document-lede,
// sentence/plan-author-offer, candidate/provision-apposition, candidate/framed-first-clause). Sentences written for
// this test, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a plan\'s authors hold what it provides for, however the story names them', [
  // "it" after a short opening phrase, and "It" again in the next sentence.
  { body: "The draft was written by Qatar's mediators. Beyond the hostages, it would also reopen the Rafah crossing. It calls for the release of all remaining prisoners within six weeks.", want: ['QAT PROPOSE humanitarian []'] },
  { body: "The framework was drafted by Norway. For the first time, it would require Belgrade to recognise Kosovo's independence.", want: ['NOR PROPOSE recognition []'] },
  // A group's document "of their own", then "It says …": every member proposes it.
  { body: 'Armenia and France answered on Friday with a counter-proposal of their own. It says territorial talks should start from the 1975 maps.', want: ['ARM PROPOSE territory []', 'FRA PROPOSE territory []'] },
  // A compound noun before the document: the possessor is found past it.
  { body: "Norway's mediation plan for Sudan was unveiled in Oslo on Friday. It would impose a ceasefire in Darfur.", want: ['NOR PROPOSE ceasefire []'] },
  // No relative word: "the proposal he put to the summit".
  { body: 'Lula defended on Monday the proposal he put to the summit on Saturday. Under the proposal, both armies would pull back 15 kilometres from the border.', want: ['BRA PROPOSE territory []'] },
  // A lede that states the plan before the story names who drafted it.
  { body: "The draft handed to the Armenian delegation on Thursday asks Yerevan to recognise Azerbaijan's borders. The plan also proposes that the border be demarcated within a year. The document was drafted by Russia's foreign ministry, according to two diplomats.", want: ['RUS PROPOSE other []', 'RUS PROPOSE recognition []', 'RUS PROPOSE talks []'] },
]);

claimCases('inside a plan, the authors\' own undertaking is their offer and another party\'s comment is its own', [
  { body: "Washington's draft for Serbia and Kosovo was circulated on Monday. Under the plan, the United States would in return offer Kosovo a security guarantee.", want: ['USA OFFER security_guarantees []'] },
  { body: "Washington's draft for Serbia and Kosovo was circulated on Monday. The draft also caps Kosovo's armed forces at 5,000 troops, a ceiling Pristina has said it can live with.", want: ['USA PROPOSE military_limits []', 'XKX ACCEPT military_limits []'] },
  // Under a frame, a first clause of its own is a provision besides the authors' offer after it.
  { body: "Kenya's peace plan for Ethiopia was presented in Nairobi. Under the plan, a ceasefire would be monitored by African Union troops, and Kenya was ready to contribute soldiers.", want: ['KEN OFFER security_guarantees []', 'KEN PROPOSE ceasefire []', 'KEN PROPOSE talks []'] },
  // The agent of a participle on the plan is no subject offering: the map is.
  { body: 'The ceasefire map drawn up by the Turkish envoy would freeze the line along the river.', want: ['TUR PROPOSE ceasefire []'] },
]);

test('"It says" after a single party\'s sentence is that party, not the plan it named', () => {
  const got = claimsOf('Ankara rejected the Greek draft on Monday. It says the talks should start from the 1974 line.').map(label);
  assert.ok(got.length > 0 && got.every((l) => l.startsWith('TUR ')), got.join('\n'));
});

test('a lede\'s unauthored plan takes no authors from a characterisation ("like a Turkish plan") or a later, other document', () => {
  // (An indefinite plan with a party adjective is a description, not the plan's authors.)
  assert.deepEqual(claimsOf('The proposal would freeze the front along the river. Athens said it sounded like a Turkish plan.').map(label).filter((l) => l.startsWith('TUR ')), []);
  // (Past the lede, a definite plan with no author stays without one.)
  const late = 'Talks resumed in Geneva. The delegations met twice. Both sides were cautious. Reporters waited outside. The mood was tense. Nothing was agreed. The plan would freeze the front along the river. The framework was drafted by Turkey.';
  assert.deepEqual(claimsOf(late).map(label).filter((l) => l.includes('ceasefire')), []);
});

test('"it" after an opening phrase that names a party or a verb of saying is not the plan', () => {
  // ("In Baku, …" names a place: the pronoun is no plan's.)
  const got = claimsOf('Washington circulated a draft on Monday. In Baku, it was read as a concession.').map(label);
  assert.ok(!got.some((l) => l.startsWith('USA ') && !l.includes('talks')), got.join('\n'));
});

// discourse/document-pronoun-subject: with two plans of different authors in the sentence before, "It" goes on stating
// the plan heading that sentence, not the plan its verb takes as an object; with one plan nothing changes.
claimCases('a plan\'s "It" is the plan heading the sentence before', [
  { body: "A Turkish counter-proposal, seen by Reuters, keeps the structure of the Russian text but changes key numbers. It would cap Armenia's army at 40,000 troops.", want: ['TUR PROPOSE military_limits []'] },
  { body: 'The Egyptian draft answers the Qatari plan point by point. It would require the release of all prisoners within six weeks.', want: ['EGY PROPOSE humanitarian []'] },
  { body: "Armenia rejected the Turkish draft. It would cap Armenia's army at 40,000 troops.", want: ['ARM REJECT talks []', 'TUR PROPOSE military_limits []'] },
]);
