// holder/coordinate-parenthesis: an attribution set off by commas between two clauses joined by "and"/"but" (", he
// said, and …") reports the second clause too, so a deontic there is the speaker's want, not that of the first clause's
// subject nor of the possessor of the second clause's subject. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a deontic after ", he said, and" is the speaker\'s (holder/coordinate-parenthesis)', [
  { body: 'Azerbaijani presidential aide Hikmet Hajiyev spoke on Monday. It was the Armenian side that had stalled the talks, he said, and Yerevan would first have to change its constitution.', want: ['AZE DEMAND governance []'] },
  { body: 'Serbian President Aleksandar Vucic spoke to reporters in Belgrade. Pristina had ignored every offer, Vucic said on Monday, and Kosovo\'s police should be withdrawn from the northern municipalities.', want: ['SRB DEMAND territory []'] },
  { body: 'Ethiopian Prime Minister Abiy Ahmed addressed parliament. Asmara had ignored every offer, he said, but Eritrea\'s troops must withdraw from Tigray.', want: ['ETH DEMAND territory []'] },
  { body: 'Israeli Prime Minister Benjamin Netanyahu spoke on Sunday. Hamas had turned down the offer, he said, and the group would have to release all the hostages first.', want: ['ISR DEMAND humanitarian []'] },
], (c) => c.type === 'DEMAND');

claimCases('not when the joined clause has its own speaker, or the attribution joins no clause', [
  // the joined clause names its own speaker: it is that speaker's
  { body: 'Azerbaijani presidential aide Hikmet Hajiyev spoke on Monday. The talks had stalled, he said, but Armenian Prime Minister Nikol Pashinyan insisted that Baku would have to withdraw its troops from the border villages.', want: ['ARM DEMAND territory []'] },
  // a parenthesis inside one clause, as before: the party before it is the subject, the speaker wants it (holder/parenthetical-speaker)
  { body: 'Serbian President Aleksandar Vucic spoke to reporters. Kosovo, Vucic said, must withdraw its police from the northern municipalities.', want: ['SRB DEMAND territory []'] },
], (c) => c.type === 'DEMAND');
