// A speaker inside a relative clause speaks that clause (discourse/sayer-subject, holder/relative-sayer): "an idea
// Pristina has said it would reject" is Pristina's, "which Baku says must withdraw" Baku's demand, not the party the
// main clause is about or the first party of the sentence. Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the pronoun after a verb of saying is that verb\'s subject', [
  { body: 'Brussels proposed a summit on the north, an idea Pristina has said it would reject.', want: ['EU PROPOSE talks []', 'XKX REJECT talks []'] },
  { body: 'Washington floated a land swap, which Belgrade has said it would never accept.', want: ['USA PROPOSE territory []', 'SRB REJECT territory []'] },
  { body: 'Kosovo rejected the plan, and Serbia said it would never recognise Kosovo.', want: ['XKX REJECT talks []', 'SRB REJECT recognition []'] },
]);

claimCases('a verb of saying right before a modal: its subject speaks the deontic', [
  { body: 'Armenia, which Baku says must withdraw its troops, rejected the plan.', want: ['AZE DEMAND territory []', 'ARM REJECT talks []'] },
  { body: 'Belgrade wants Pristina to hold local elections in the north, which Serbia says must take place by June.', want: ['SRB DEMAND governance []'] },
]);

claimCases('near shapes keep their holder', [
  { body: 'Serbia said it would never recognise Kosovo.', want: ['SRB REJECT recognition []'] },
  { body: 'Belgrade said Kosovo must withdraw its special police.', want: ['SRB DEMAND territory []'] },
  { body: 'The separatists scheduled a referendum, a vote Azerbaijan and its allies have already said they will never recognise.', want: ['AZE REJECT recognition []'] },
  { body: 'Lula said Putin told him last week that he was prepared to hold talks with Zelensky.', want: ['RUS OFFER talks []'] },
]);
