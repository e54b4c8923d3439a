// A pronoun object that answers the stance before it (content/anaphoric-object) may be followed by "yet" ("said it was
// not ready for that yet") or by "as" and the answerer's judgement ("dismissed it as a publicity stunt", "welcomed it
// as a first step"): the pronoun still ends the object, and the answer takes the stance's issue. Sentences written for
// this test (refer19), with parties other than the Russia–Ukraine corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const CASES: Array<{ body: string; want: string }> = [
  { body: 'Azerbaijan proposed a prisoner exchange in May. Armenia said it was not ready for that yet.', want: 'ARM REJECT humanitarian []' },
  { body: 'Belgrade offered to lift the embargo on goods from Kosovo. Pristina dismissed it as a publicity stunt.', want: 'XKX REJECT sanctions []' },
  { body: 'Israel proposed a six-week truce in Gaza. Egypt welcomed it as a first step.', want: 'EGY ACCEPT ceasefire []' },
];

// "it" for a thing that is no stance, or in a question, answers nothing.
const NEGATIVE: Array<{ body: string; none: string }> = [
  { body: 'The war in Sudan began in April. Khartoum has not accepted it yet.', none: 'SDN' },
  { body: 'Azerbaijan proposed a prisoner exchange in May. Would Armenia accept it yet?', none: 'ARM' },
];

for (const c of CASES) {
  test(`pronoun answer: ${c.body}`, () => {
    const claims = claimsOf(c.body);
    assert.ok(claims.some((x) => label(x) === c.want), claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n') || 'no claims');
  });
}

for (const c of NEGATIVE) {
  test(`no answer: ${c.body}`, () => {
    const claims = claimsOf(c.body);
    assert.ok(!claims.some((x) => x.actor === c.none), claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n'));
  });
}
