// A "should" inside the sentence with its own subject right after it is a conditional inversion ("… should talks
// stall"), not a deontic (trigger/conditional-inversion); favouring a party or its forces is an advantage, no outcome
// proposed (trigger/favoured-party); "restated", "affirmed", "conceded" report speech (speech-verbs). Sentences
// written for this test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('an inverted "should" demands nothing; favouring a side proposes nothing', [
  { body: 'Aliyev said battlefield momentum favours Azerbaijani forces should negotiations stall.', want: [] },
  { body: 'Serbia would impose new tariffs should Pristina keep the ban, Vucic warned.', want: ['SRB THREATEN sanctions []'] },
  { body: 'Eritrea would close the border should the talks collapse, its information minister said.', want: [] },
  { body: 'Time favours Moscow, the analyst said.', want: [] },
], (c) => c.type !== 'THREATEN' || c.issue === 'sanctions');

claimCases('a deontic "should" and a favoured outcome still count', [
  { body: 'Vucic said Pristina should withdraw its special police from the north.', want: ['SRB DEMAND territory []'] },
  { body: 'China favours a political settlement of the Armenian-Azerbaijani conflict.', want: ['CHN PROPOSE talks []'] },
]);

claimCases('a verb of restating reports its speaker', [
  { body: 'Aliyev restated that Armenia\'s bid to join the EU was a direct threat to Azerbaijani security.', want: ['AZE REJECT other []'] },
  { body: 'The Serbian minister conceded that the Kosovo plan was unacceptable to Belgrade.', want: ['SRB REJECT talks []'] },
], (c) => c.type === 'REJECT');
