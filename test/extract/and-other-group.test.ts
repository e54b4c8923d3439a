// A list of named parties closed by 'and (several) other' + a group ("Germany, France and several other European
// countries") is held by every named member (spec rule 8), the group with them, not the group alone; a plural
// pronoun after it stands for the whole list (annotate/mentions.ts joinsOthers, holder/nearest-subject).
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertNone, claimCases } from './helpers.js';

// (Third parties calling for a truce propose it, but the word 'demanded' keeps their DEMAND: claim/mediator-proposes.)
claimCases('the named members of a list closed by "and other" hold the stance', [
  { body: 'The leaders of Poland, Italy and several other European countries proposed a European monitoring mission for Armenia.', want: ['POL PROPOSE security_guarantees []', 'ITA PROPOSE security_guarantees []', 'EUR PROPOSE security_guarantees []'] },
  { body: 'Spain, Ireland and other European countries demanded an immediate ceasefire in Gaza.', want: ['ESP DEMAND ceasefire []', 'IRL DEMAND ceasefire []', 'EUR DEMAND ceasefire []'] },
]);

claimCases('"they" after such a list is every member', [
  { body: 'The leaders of Poland, Italy, Spain and several other European countries met in Brussels. They said Serbia must recognise Kosovo.', want: ['POL DEMAND recognition []', 'ITA DEMAND recognition []', 'ESP DEMAND recognition []', 'EUR DEMAND recognition []'] },
]);

test('a list without "other" keeps its members; another party after "and" is no group', () => {
  assertNone(['Poland and Italy proposed a European monitoring mission for Armenia.'], 'EUR ');
});
