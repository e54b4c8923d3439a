// Not excluding a step keeps it open (trigger/kept-option): a harmful step kept open is a threat, a peaceful one a
// possible offer; "agreed that …" accepts what the clause says (cues.json agree). Issue 7: stance constructions.
// Sentences written for these tests, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a harmful step not ruled out is a threat', [
  { body: 'Azerbaijan declined to rule out military action in Karabakh.', want: ['AZE THREATEN ceasefire []'] },
  { body: 'Washington has not ruled out further sanctions on Russian banks.', want: ['USA THREATEN sanctions []'] },
  { body: 'Beijing refused to rule out the use of force against Taiwan, the ministry said.', want: ['CHN THREATEN ceasefire []'] },
  { body: 'The Kremlin would not exclude new strikes on Kyiv, Peskov said.', want: ['RUS THREATEN ceasefire []'] },
]);

claimCases('a peaceful step not ruled out is a possible offer', [
  { body: 'Serbia refused to rule out talks with Pristina in Brussels.', want: ['SRB OFFER talks []'] },
  { body: 'Zelensky did not rule out direct talks with Putin.', want: ['UKR OFFER talks []'] },
]);

claimCases('agreeing that a step will be taken accepts it', [
  { body: 'Armenia agreed that international monitors would be deployed along the border with Azerbaijan.', want: ['ARM ACCEPT security_guarantees []'] },
  { body: 'Vucic and Kurti agreed that the next round of talks would be held in Brussels.', want: ['SRB ACCEPT talks []', 'XKX ACCEPT talks []'] },
]);

claimCases('agreeing on a judgement, or by non-parties, is no claim', [
  { body: 'All participants agreed that the situation at the plant remained difficult.', want: [] },
  { body: 'Analysts agreed that the talks in Doha would be long.', want: [] },
]);

// Declining refuses a stance noun it takes as object, or an act after "to" (trigger/declined-object).
claimCases('declining an offer or an act refuses it', [
  { body: 'Serbia declined the European offer of a new round of talks in Brussels.', want: ['SRB REJECT talks []', 'EUR OFFER talks []'] },
  { body: "Sudan's army chief declined an invitation to peace talks in Geneva.", want: ['SDN REJECT talks []'] },
  { body: 'Kyiv declined to sign the minerals deal.', want: ['UKR REJECT other []'] },
]);

claimCases('a decline in numbers, or declining to speak, is no refusal', [
  { body: 'Russian grain exports declined after the sanctions took effect.', want: [] },
  { body: 'The poll showed a decline in support for the peace plan.', want: [] },
  { body: 'Moscow declined to comment on the American plan.', want: [] },
]);

// "its" after a verb with its particle stands for the subject (holder/possessor).
claimCases('"its" past a verb and particle is the subject\'s', [
  { body: 'Moscow held firm to its demand that Kyiv withdraw from Donetsk.', want: ['RUS DEMAND territory [UA-14]'] },
  { body: 'Baku stood firm on its demand for a peace treaty with Yerevan.', want: ['AZE DEMAND talks []'] },
  { body: 'Russia attacked Ukraine despite its offer of talks.', want: [] },
]);

// Forces named as a guarantee (a security_guarantees term after the excluding verb) are a contribution kept open, not
// a threat; a hostile act kept open still threatens (trigger/kept-option).
claimCases('not ruling out a force as a guarantee is a possible offer of it', [
  { body: 'Trump did not rule out US involvement in a force on the ground in Gaza.', want: ['USA OFFER security_guarantees []'] },
  { body: 'Macron refused to rule out sending peacekeepers to Armenia.', want: ['FRA OFFER security_guarantees []'] },
  { body: 'Aliyev did not rule out a new offensive in Karabakh.', want: ['AZE THREATEN ceasefire []'] },
]);
