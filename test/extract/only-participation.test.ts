// Taking part in, attending or signing only X demands X (cue only-accept), also from a third party (a precondition,
// claim/mediator-proposes demandCues); refusing a deal that leaves a party defenceless demands guarantees
// (content/lack-refused lackTerms). Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('taking part or signing only on a condition demands it', [
  { body: 'India would only take part in a conference that both Armenia and Azerbaijan endorsed, the minister said.', want: ['IND DEMAND talks []'] },
  { body: 'Addis Ababa will only attend talks that are held in Africa, the minister said.', want: ['ETH DEMAND talks []'] },
  { body: 'Belgrade would only sign an agreement that guaranteed the rights of the Serb minority, Vucic said.', want: ['SRB DEMAND rights []'] },
  // (Without "only": an offer.)
  { body: 'Baku would take part in the talks in Vienna, Aliyev said.', want: ['AZE OFFER talks []'] },
]);

claimCases('refusing a deal that leaves a party defenceless demands guarantees', [
  { body: 'Armenia will not sign any deal that leaves it defenceless, Pashinyan said.', want: ['ARM DEMAND security_guarantees []'] },
  // (No stance: a fact of the war.)
  { body: 'Yerevan said the shelling had left the border villages defenceless.', want: [] },
]);
