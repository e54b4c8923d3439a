// The subject pronoun of a that-clause after a verb of telling is the teller (discourse/teller-subject): "Bennett said
// Zelensky told him that he was ready …" is Zelensky's offer, not the narrator's nor the addressee's. Sentences
// written for these tests, on other disputes.
import { test } from 'node:test';
import { assertNone, claimCases } from './helpers.js';

claimCases('the teller, not the sentence\'s first speaker, holds the that-clause', [
  { body: 'On the Armenian side, Macron said, Pashinyan told him that he was ready to give up the claim to Nagorno-Karabakh.', want: ['ARM OFFER territory []'] }, // (giving up a claim to land is territory, issues.json frame 'abandoned claim'; it was recognition before)
  { body: 'Orban said Netanyahu had assured him that he would accept a ceasefire in Gaza.', want: ['ISR ACCEPT ceasefire []'] },
  { body: 'Lula said Putin told him last week that he was prepared to hold talks with Zelensky.', want: ['RUS OFFER talks []'] },
  { body: 'Erdogan said Kenyan President William Ruto had promised him that he would agree to host talks in Nairobi.', want: ['KEN OFFER talks []'] },
  // (Agreeing to host talks is Kenya's own act, an offer: claim/own-act-agreed.)
]);

claimCases('the teller keeps the clause when he is the first speaker too', [
  { body: 'The mediator said Vucic told her that he would not recognise Kosovo.', want: ['SRB REJECT recognition []'] },
  { body: 'Erdogan told reporters that he was ready to host talks between Russia and Ukraine.', want: ['TUR OFFER talks []'] },
  { body: 'Trump said he told Putin that he would impose sanctions on Russian oil.', want: ['USA THREATEN sanctions []'] },
]);

claimCases('negatives: a clause that names no stance, a party named in the clause', [
  { body: 'Macron said Pashinyan told him that he had spent the weekend in Yerevan.', want: [] },
  { body: 'Blinken said Netanyahu told him that Hamas must release all the hostages.', want: ['ISR DEMAND humanitarian []'] },
]);

// An "it"/"they" right after a verb of saying is the verb's subject even when that subject is a noun the reading left
// unresolved (discourse/unresolved-sayer): it does not jump to a party named earlier in the sentence.
test('an unresolved sayer keeps its "it" from the party named before', () => {
  assertNone(['The American side floated a free economic zone in Donetsk; the delegation had said it could discuss such a zone only if Russian forces also withdrew.'], 'USA OFFER');
});

claimCases('a resolved sayer still holds its "it"', [
  { body: 'Serbia said it would never recognise Kosovo.', want: ['SRB REJECT recognition []'] },
  { body: 'The Armenian delegation said it was ready to sign the peace treaty.', want: ['ARM OFFER talks []'] },
  { body: "Armenia's foreign ministry rejected the draft. The ministry said it would not sign any text that ceded land.", want: ['ARM REJECT talks []', 'ARM REJECT territory []'] },
]);
