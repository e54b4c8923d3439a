// A reporting clause between a stance noun and its copula (content/speech-insert; issue 7, nominal stances and
// sources): "Armenia's main demand, Pashinyan said on Tuesday, is the withdrawal of …" states the demand the copula
// opens, as "… is the withdrawal of …, Pashinyan said" does. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a stance noun, a reporting clause set off by commas, its copula and what it holds', [
  { body: "Armenia's main demand, Pashinyan said on Tuesday, is the withdrawal of Azerbaijani troops from its territory.", want: ['ARM DEMAND territory []'] },
  { body: 'The Serbian demand, according to two diplomats, is autonomy for Serb municipalities.', want: ['SRB DEMAND governance []'] },
  { body: "The Kremlin's main demand, Peskov told reporters on Monday, remains Ukraine's withdrawal from Donetsk.", want: ['RUS DEMAND territory [UA-14]'] },
  { body: 'The Israeli proposal, officials said on Sunday, would see a 60-day truce in Gaza.', want: ['ISR PROPOSE ceasefire []'] },
  { body: "Beijing's proposal, the foreign ministry spokesman said, was an immediate ceasefire along the current lines.", want: ['CHN PROPOSE ceasefire []'] },
]);

claimCases('no content past the insertion: no verb of saying, no copula after it, or nothing an issue names', [
  // the clause after the comma is the noun's own relative, not a reporting clause
  { body: 'The demand, which Baku made last year, is now part of the draft treaty.', want: [] },
  // a reporting clause before a predicate that is no copula: what follows judges the demand, no content of it
  { body: 'The Serbian demand, diplomats said, angered Pristina.', want: [] },
  // what the copula holds names no issue
  { body: "Azerbaijan's demand, Aliyev said, was dropped last year.", want: [] },
]);
