// A language is a rights issue when the phrase says whose language it is or what is done with it ("the Serbian
// language", "its language policy", "minority languages"); "language" as wording ("the language of ultimatums",
// "language that Moscow rejected") names no issue (issues.json, rights frame). Sentences written for this test,
// with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a language whose status or use is at stake is a rights issue', [
  { body: 'Belgrade demanded official status for the Serbian language in Kosovo.', want: ['SRB DEMAND rights []'] },
  { body: 'Aliyev demanded the protection of minority languages.', want: ['AZE DEMAND rights []'] },
  { body: 'Yerevan rejects any Azerbaijani say over its language policy.', want: ['ARM REJECT rights []'] },
]);

claimCases('"language" as wording names no rights issue', [
  { body: 'The UN said the plant must operate under full Sudanese control, language that Khartoum rejected.', want: [] },
  { body: 'Pristina said the draft must open the border crossings, language that Belgrade had asked for.', want: [] },
], (c) => c.issue === 'rights');
