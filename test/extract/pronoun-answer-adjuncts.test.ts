// A pronoun object that answers the stance before it (content/anaphoric-object) may be followed by "yet" ("said it was
// not ready for that yet") or by "as" and the answerer's judgement ("dismissed it as a publicity stunt", "welcomed it
// as a first step"), or by a time or manner adjunct ("dismissed it hours later", "has opposed it ever since", "accepted
// them within a day": rules.json content/pronoun-antecedent 'adjuncts', after a personal pronoun only): the pronoun
// still ends the object, and the answer takes the stance's issue. A definite stance noun that closes a chained reply
// ("refused the demand", "rejected the request") refers back the same way. Sentences written for this test (refer19,
// refer26), with parties other than the Russia–Ukraine corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const CASES: Array<{ body: string; want: string }> = [
  { body: 'Azerbaijan proposed a prisoner exchange in May. Armenia said it was not ready for that yet.', want: 'ARM REJECT humanitarian []' },
  { body: 'Belgrade offered to lift the embargo on goods from Kosovo. Pristina dismissed it as a publicity stunt.', want: 'XKX REJECT sanctions []' },
  { body: 'Israel proposed a six-week truce in Gaza. Egypt welcomed it as a first step.', want: 'EGY ACCEPT ceasefire []' },
  // Time and manner adjuncts after the pronoun.
  { body: 'Egypt floated a plan for a ten-day truce in Gaza on Tuesday. Israel\'s government dismissed it hours later.', want: 'ISR REJECT ceasefire []' },
  { body: 'Azerbaijan offered to free all Armenian detainees in exchange for the maps of minefields. Yerevan rejected it within hours.', want: 'ARM REJECT humanitarian []' },
  { body: 'Serbia proposed lifting the tariffs on goods from Kosovo. Pristina has opposed it ever since.', want: 'XKX REJECT sanctions []' },
  { body: 'China called for an immediate ceasefire along the Line of Control. India publicly rejected it last week.', want: 'IND REJECT ceasefire []' },
  { body: 'Turkey proposed a swap of prisoners of war between Baku and Yerevan. Armenia welcomed it publicly, Azerbaijan a day later.', want: 'ARM ACCEPT humanitarian []' },
  { body: 'Qatar offered to host direct talks between Israel and Egypt. Israel accepted it overnight.', want: 'ISR ACCEPT talks []' },
  // A definite stance noun closing a chained reply.
  { body: 'Guyana has called for the border dispute to be settled at the International Court of Justice. Venezuela again refused the demand on Wednesday.', want: 'VEN REJECT talks []' },
  { body: 'Serbia asked for the return of the police officers detained in the north. Kosovo rejected the request on Friday.', want: 'XKX REJECT humanitarian []' },
  { body: 'Armenia demanded the withdrawal of Azerbaijani troops from its border villages. Baku dismissed the demand as absurd.', want: 'AZE REJECT territory []' },
];

// "it" for a thing that is no stance, or in a question, answers nothing.
const NEGATIVE: Array<{ body: string; none: string }> = [
  { body: 'The war in Sudan began in April. Khartoum has not accepted it yet.', none: 'SDN' },
  { body: 'Azerbaijan proposed a prisoner exchange in May. Would Armenia accept it yet?', none: 'ARM' },
  { body: 'Kosovo proposed a prisoner exchange in May. Would Serbia accept it within days?', none: 'SRB' },
  // Only an answer (acceptance, refusal) takes the adjunct: "could end it today" ends the war, it answers no stance.
  { body: 'Armenia proposed a border commission on Monday. Aliyev could end it today if he wanted, Pashinyan said.', none: 'AZE' },
  // A demonstrative followed by a time word opens a clause, not a pronoun object answering the stance.
  { body: 'Azerbaijan proposed a prisoner exchange in May. Armenia accepted that last week its own shelling had hit a school.', none: 'ARM ACCEPT humanitarian' },
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
    assert.ok(!claims.some((x) => x.actor === c.none || `${x.actor} ${x.type} ${x.issue}` === c.none), claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n'));
  });
}
