// A party's one position after a copula or a colon states what it asks when what follows is a noun phrase of a
// stance ("Yerevan's position was unchanged: the restoration of its 1991 borders"): candidate/list-noun, its
// 'clauseNouns'. A position stated as a clause with a stance of its own, or as a that-clause, is no list of items.
// Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('a party\'s position stated as a noun phrase: its demand', [
  { body: 'Armenian Prime Minister Nikol Pashinyan spoke after the talks with Azerbaijan. His office said Yerevan\'s position was unchanged: the withdrawal of all Azerbaijani troops from Armenian territory.', want: ['ARM DEMAND territory []'] },
  { body: 'Ethiopian Prime Minister Abiy Ahmed spoke on Monday about the war with Eritrea. Ethiopia\'s position had not changed, he added: the release of all prisoners of war.', want: ['ETH DEMAND humanitarian []'] },
]);

claimCases('no items: a clause with its own stance, a that-clause, a judgement', [
  { body: 'Israel\'s negotiators returned from Cairo on Monday. Their position has not changed: any truce must include the return of all the hostages.', want: ['ISR DEMAND humanitarian []'] },
  { body: 'Azerbaijan\'s position, an official said, is that the transit deal does not limit border patrols near Armenia.', want: [] },
  { body: 'Serbia\'s position on Kosovo is well known, the minister said.', want: [] },
]);
