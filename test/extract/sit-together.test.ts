// Sitting down together or at one table is meeting to negotiate (issues.json talks: "sit together", "sit at the same
// table"), as "sit down" and "sit with" are. Sentences written for this test, on other disputes; the negatives sit
// for something else.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('sitting together is the talks', () => {
  assertIncludes([
    ['Modi told Zelensky that Kyiv and Moscow should sit together without wasting time to find a way out of the conflict.', 'IND PROPOSE talks []'],
    ['Erdogan urged Aliyev and Pashinyan to sit at the same table in Istanbul.', 'TUR PROPOSE talks []'],
    ['Vucic said Serbia was ready to sit together with Kosovo\'s leaders in Brussels.', 'SRB OFFER talks []'],
    ['Baku said it would never sit at one table with the separatist leaders from Karabakh.', 'AZE REJECT talks []'],
  ]);
});

test('sitting for something else names no talks', () => {
  assertNone([
    'Parliament in Yerevan will sit together on Monday to vote on the budget, the speaker said.',
  ], ' talks ');
});
