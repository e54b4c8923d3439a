// What another party will gain under a condition is the speaker's offer, and the condition its demand
// (candidate/consequence-offer, issue 7 recall: conditional constructions), also inside the speaker's quote.
// Sentences written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('"X can join the talks if it leaves" offers and demands', [
  { body: '"Armenia can join the talks even tomorrow if it leaves our territories," Aliyev said.', want: ['AZE OFFER talks []', 'AZE DEMAND territory []'] },
  { body: 'Aliyev said Armenia will get its prisoners back if it stops shelling Nakhchivan.', want: ['AZE OFFER humanitarian []', 'AZE DEMAND ceasefire []'] },
  // (The speaker's own party's gain is its aim, no offer.)
  { body: 'Zelensky said Ukraine would join NATO if the allies agreed.', want: [] },
  // (No speaker named: a forecast.)
  { body: 'Armenia will get its prisoners back if it stops shelling Nakhchivan.', want: [] },
]);

// A verb that opens talks, with the talks as its object, is what the other party gains too: the speaker offers the
// talks and demands the condition (rules.json 'talkVerbs', 'talkNouns'). Not a war started, nor talks opened with no
// condition or by the speaker's own side.
claimCases('opening talks under a condition is the speaker\'s offer', [
  { body: 'Pashinyan said Azerbaijan could start negotiations tomorrow if it left Armenian territory.', want: ['ARM OFFER talks []', 'ARM DEMAND territory []'] },
  { body: 'Vucic said Kosovo could begin talks at once if it dropped the tariffs.', want: ['SRB OFFER talks []', 'SRB DEMAND sanctions []'] },
  { body: '"Eritrea can start peace talks tomorrow if it withdraws its troops," Abiy Ahmed said.', want: ['ETH OFFER talks []', 'ETH DEMAND territory []'] },
]);

claimCases('not an offer of talks: a war started, or a talks verb with no talks', [
  { body: 'Aliyev said Armenia could start a war if it rearmed.', want: [] },
  { body: 'Vucic said Kosovo could begin construction at once if it got the permits.', want: [] },
]);
