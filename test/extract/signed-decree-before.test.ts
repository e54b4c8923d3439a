// A decree, law or order named before its signer ("since a decree he signed in October") is the signer's own
// unilateral act, no acceptance (trigger/signed-decree). Sentences written for this test, with parties and places other
// than the corpus's.
import { assertNone, claimCases } from './helpers.js';

assertNone([
  'Pashinyan has ruled out talks with Aliyev since a decree he signed in October 2022, after Azerbaijan proclaimed the annexation of Karabakh.',
  'Serbia said the law that Vucic signed in March recognised the Kosovo border.',
], / ACCEPT /);

claimCases('a decree named before its signer accepts nothing', [
  { body: 'Pashinyan has ruled out talks with Aliyev since a decree he signed in October 2022, after Azerbaijan proclaimed the annexation of Karabakh.', want: ['ARM REJECT talks []'] },
]);
