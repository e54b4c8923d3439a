// A point of a principal side's own plan that is a bare noun phrase, under a paragraph introducing the plan's list,
// names what that side asks of the other: a DEMAND of the point, held by the plan's authors
// (candidate/principal-plan-item). Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const AZE = 'Azerbaijani and Armenian negotiators met in Almaty on Monday. Aliyev set out his peace plan on Tuesday.';

test('numbered and bulleted noun-phrase points of a principal side\'s plan: its demands', () => {
  assertIncludes([
    [`${AZE} The plan, as presented by the president's office, has five points:\n\n1. The withdrawal of Armenian troops from the border villages.\n2. The release of all prisoners and detainees.\n3. Security guarantees for the Lachin road.`, 'AZE DEMAND territory []'],
    [`${AZE} The plan, as presented by the president's office, has five points:\n\n1. The withdrawal of Armenian troops from the border villages.\n2. The release of all prisoners and detainees.\n3. Security guarantees for the Lachin road.`, 'AZE DEMAND humanitarian []'],
    [`${AZE} The plan, as presented by the president's office, has five points:\n\n1. The withdrawal of Armenian troops from the border villages.\n2. The release of all prisoners and detainees.\n3. Security guarantees for the Lachin road.`, 'AZE DEMAND security_guarantees []'],
    [`${AZE} His plan, which officials in Baku call a "peace formula", includes:\n\n- the lifting of sanctions on Azerbaijani banks;\n- the release of all prisoners of war.`, 'AZE DEMAND sanctions []'],
    [`${AZE} His plan, which officials in Baku call a "peace formula", includes:\n\n- the lifting of sanctions on Azerbaijani banks;\n- the release of all prisoners of war.`, 'AZE DEMAND humanitarian []'],
  ]);
});

test('a point in the conditional stays the plan\'s clause, a point with a verb keeps its own stance; a third party\'s plan proposes', () => {
  // ("- sanctions would be lifted in stages": what the draft would do.)
  assertNone([`${AZE} The plan, as presented by the president's office, has five points:\n\n1. Sanctions on Azerbaijani banks would be lifted in stages.`], /^AZE DEMAND sanctions/);
  // (Not the mediator's plan: a third party's points are its proposals.)
  assertNone([`Azerbaijani and Armenian negotiators met in Almaty on Monday. The Kazakh plan, as presented by Kazakhstan's foreign ministry, has five points:\n\n1. The release of all prisoners and detainees.`], /DEMAND humanitarian/);
  // (Not a list of dates or figures.)
  assertNone([`${AZE} The plan, as presented by the president's office, lists the following dates for the talks:\n\n1. The release of all prisoners on March 3.`], /DEMAND humanitarian/);
});
