// Every form of "ask" with a party and "to" or "for" asks something of that party (candidate/gap-verb):
// "asks Kosovo to withdraw", "asking Baku to", "ask Washington for". Sentences written for this test,
// with other parties and places.
import { claimCases } from './helpers.js';

claimCases('asking a party to act demands it', [
  { body: 'Vucic asks Kosovo to withdraw its special police from the north.', want: ['SRB DEMAND territory []'] },
  // (Every infinitive coordinated under the request is asked of the party, not the party's own acceptance.)
  { body: 'Aliyev asks Armenia to withdraw from the villages and to accept limits on its army.', want: ['AZE DEMAND territory []', 'AZE DEMAND military_limits []'] },
  { body: 'Pashinyan is asking Azerbaijan to release the Armenian prisoners.', want: ['ARM DEMAND humanitarian []'] },
  { body: 'Yerevan is asking Paris for air defence systems and security guarantees.', want: ['ARM DEMAND military_limits []', 'ARM DEMAND security_guarantees []'] },
  // (A request still to come, after a modal, is a step a warning may name: the warning's, not a demand.)
  { body: 'Aliyev warned that, in the event of an Armenian refusal, Baku will ask Ankara for more drones.', want: ['AZE THREATEN other []'] },
  // (Questions ask nothing of anyone.)
  { body: 'Aliyev was asked about the talks with Armenia.', want: [] },
  { body: 'Reporters asked Pashinyan about the peace treaty.', want: [] },
  { body: 'Asked about the villages, Aliyev said the talks had gone well.', want: [] },
]);
