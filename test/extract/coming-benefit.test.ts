// A benefit announced as coming is offered by whoever announces it, a meeting announced as following is put forward
// (trigger/coming-benefit), where a penalty announced as coming is threatened (trigger/coming-harm). Sentences written
// for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a relief or a benefit announced as coming: an offer of it', () => {
  assertIncludes([
    ['The EU said that any sanctions relief for Serbia would come only after a final agreement with Kosovo is signed.', 'EU OFFER sanctions []'],
    ['Blinken said sanctions relief for Azerbaijan would come only gradually, step by step.', 'USA OFFER sanctions []'],
    ['Washington said the lifting of sanctions on Eritrea would follow once its troops left Tigray.', 'USA OFFER sanctions []'],
  ]);
});

test('a meeting announced as following: a proposal of it', () => {
  assertIncludes([
    ['Macron said he would see Aliyev on Monday and that, if all went well, a three-way meeting with Pashinyan could follow.', 'FRA PROPOSE talks []'],
    ['Kenyan President William Ruto said a second summit of the two leaders could follow within weeks.', 'KEN PROPOSE talks []'],
  ]);
});

test('no benefit, a negated one, a penalty, or a meeting only at the end: not retyped', () => {
  assertNone([
    'Pashinyan said no relief would come before the treaty was signed.',
    'Peskov said a summit could only come at the end of the work, not at its start.',
    'Borrell said elections would follow in the spring.',
  ], /OFFER sanctions|PROPOSE talks/);
  assertIncludes([
    ['Aliyev said new sanctions would follow if Yerevan refused.', 'AZE THREATEN sanctions []'],
  ]);
  assertNone(['Aliyev said new sanctions would follow if Yerevan refused.'], /OFFER|PROPOSE/);
});
