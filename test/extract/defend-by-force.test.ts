// Defending land "with all the forces and means at our disposal" threatens war over it (a threat on territory), like
// reaching an aim "by military means" (the harmful-act verbs of reaching an aim, harm.ts; 'byForce' of its rules.json
// entry). Own sets T, AG, AH: "Russia would defend its new lands 'with all the forces and means at our disposal'" after
// the annexation. Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, claimCases } from './helpers.js';

test('defending land with every means of war threatens', () => {
  assertIncludes([
    ['Aliyev said Azerbaijan would defend its land with all the forces at its disposal.', 'AZE THREATEN territory []'],
    ['Putin said Russia would defend "its land" with all the means at its disposal.', 'RUS THREATEN territory []'],
  ]);
});

claimCases('defending without the means of war threatens nothing', [
  { body: 'Zelensky said Ukraine would defend its interests at the talks.', want: [] },
  { body: 'Pashinyan said Armenia would defend its sovereignty.', want: [] },
]);
