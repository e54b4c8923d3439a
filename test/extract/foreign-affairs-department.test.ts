// A state's department of foreign affairs speaks for it as its foreign ministry does (roles.json roles): "The
// Philippine Department of Foreign Affairs, which has backed U.N. resolutions …, said it welcomed …" is the
// Philippines', and its "it" is not the UN named inside the relative clause. Sentences written for this test.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a department of foreign affairs holds its state\'s stance', () => {
  assertIncludes([
    ['The Kenyan Department of Foreign Affairs, which has backed U.N. resolutions calling on Ethiopia to withdraw, said it rejected the plan for talks.', 'KEN REJECT talks []'],
    ['The Irish Department of Foreign Affairs called for an immediate ceasefire in Gaza.', 'IRL PROPOSE ceasefire []'],
  ]);
  assertNone(['The Kenyan Department of Foreign Affairs, which has backed U.N. resolutions calling on Ethiopia to withdraw, said it rejected the plan for talks.'], 'UN REJECT');
});
