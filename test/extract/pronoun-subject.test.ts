// A demand in the passive whose subject is a lone pronoun ("It has to be changed", "They must be lifted") is about
// what the pronoun stands for: the subject of its own sentence before it, else of the sentence before it in the same
// paragraph, quoted or not (content/pronoun-subject). An expletive "it" with its clause after the participle ("It must
// be noted that …") stands for nothing. Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a passive demand on what its pronoun subject stands for', [
  { body: 'Ilham Aliyev spoke to local television on Sunday. On Armenia he was blunt: "Their constitution still contains territorial claims against us. It has to be changed before we sign anything."', want: ['AZE DEMAND governance []'] },
  { body: 'Serbia\'s foreign minister spoke in Belgrade on Tuesday. "The tariffs on our goods are illegal. They must be lifted at once," he said.', want: ['SRB DEMAND sanctions []'] },
  { body: 'Aliyev said the Armenian constitution still contains territorial claims against Azerbaijan. It has to be amended, he said.', want: ['AZE DEMAND governance []'] },
  { body: 'Israel\'s foreign minister said the sanctions on Israeli settlers were unjust, and they should be revoked.', want: ['ISR REJECT sanctions []', 'ISR DEMAND sanctions []'] },
]);

claimCases('no pronoun subject of a passive demand, or an expletive "it"', [
  { body: 'New sanctions on Belgrade were discussed in Brussels on Monday. It must be noted that no decision was taken.', want: [] },
  { body: 'The ceasefire in Sudan was discussed in Jeddah. It has to be decided whether the talks go on, a diplomat said.', want: [] },
  { body: 'The summit in Geneva ended on Monday. It has to be said that the mood was good.', want: [] },
]);
