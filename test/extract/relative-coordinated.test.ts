// A verb joined by "and"/"but" to the verb of a "who" clause shares the clause's subject, the party it describes, not
// the main clause's subject (holder/relative-coordinated). Sentences written for this test, with parties and places
// other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('the second verb of a "who" clause is the antecedent\'s', [
  { body: 'Kurti met Vucic, who agreed to a prisoner exchange but rejected talks on the border.', want: ['SRB ACCEPT humanitarian []', 'SRB REJECT talks []'] },
  { body: 'Kurti met Vucic, who agreed to talks with Brussels and rejected any recognition of Kosovo.', want: ['SRB ACCEPT talks []', 'SRB REJECT recognition []'] },
  { body: 'Macron praised Pashinyan, who backed the truce and ruled out any withdrawal from Syunik.', want: ['ARM ACCEPT ceasefire []', 'ARM REJECT territory []'] },
]);

claimCases('not past the clause: a comma closing it, or a subject of its own', [
  { body: 'Kurti met Vucic, who had agreed to a prisoner exchange, and rejected talks on the border.', want: ['SRB ACCEPT humanitarian []', 'XKX REJECT talks []'] },
  { body: 'Kurti met Vucic, who agreed to a prisoner exchange but Russia rejected talks on the border.', want: ['SRB ACCEPT humanitarian []', 'RUS REJECT talks []'] },
]);
