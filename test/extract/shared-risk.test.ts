// A demand that the risk of using frozen assets be shared or covered names no issue term of its own, yet it is a term
// of the measure on the assets: sanctions (content/shared-risk). Sentences written for this test, about frozen assets
// of other states than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const LOAN = 'EU finance ministers again failed to agree on a loan drawn on the frozen Iranian central bank reserves.';

test('the risk of the measure on the assets, to be shared or covered: sanctions', () => {
  assertIncludes([
    [`${LOAN} Luxembourg, where much of the money is held, demanded that the legal risks be shared by all member states.`, 'LUX DEMAND sanctions []'],
    ['The Netherlands, which holds most of the frozen Venezuelan assets, wants its risks covered before it will sign.', 'NLD DEMAND sanctions []'],
    ['Swiss officials discussed the frozen funds of the Syrian central bank. Switzerland insisted that the other members of the group share the financial liability without limit.', 'CHE DEMAND sanctions []'],
    ['The debate over the frozen Afghan assets dragged on for a third day. Norway\'s prime minister said the risks must be shared.', 'NOR DEMAND sanctions []'],
    [`${LOAN} Japan has demanded a full mutualisation of the risks by the other lenders.`, 'JPN DEMAND sanctions []'],
  ]);
});

test('a risk with no sharing, or no sanctions term near: no sanctions demand', () => {
  assertNone([
    'The Netherlands demanded that the risks of the monitoring mission be shared by all member states.',
    `${LOAN} Luxembourg warned of the risk of escalation and demanded that the talks be moved to Geneva.`,
    'Armenia insisted that the risks of a new war were growing and demanded that Baku withdraw its troops.',
    'Serbia said the costs of the mission must be shared by all participants.',
    `${LOAN} Luxembourg demanded that the risks be assessed first.`,
  ], /^\S+ DEMAND sanctions/);
});
