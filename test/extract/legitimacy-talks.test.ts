// Legitimacy lent to or withheld from a meeting, a summit or talks is a stance on the talks, not on who governs (the
// talks frame of issues.json on 'legitimacy', outranking the governance term). A leader's legitimacy stays governance.
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const withheld = [
  'Aliyev cancelled a visit to Paris, saying he did not want to lend legitimacy to the Paris meeting on Karabakh.',
  'Kurti said Pristina would not give the Belgrade summit legitimacy by attending it.',
  'Eritrea\'s foreign minister said Asmara did not want to give "legitimacy" to the talks in Nairobi.',
];

test('legitimacy withheld from a meeting is no stance on governance', () => {
  assertNone(withheld, /^(AZE|XKX|ERI) REJECT governance/);
});

test('it is a refusal of the talks', () => {
  assertIncludes([[withheld[1], 'XKX REJECT talks []']]);
});

test("a leader's or an authority's legitimacy stays governance", () => {
  assertIncludes([
    ["Vucic questioned Kurti's legitimacy, saying any agreement would have to be signed by an authority whose legitimacy could not be disputed.", 'SRB DEMAND governance []'],
  ]);
});
