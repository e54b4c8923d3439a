// holder/stated-position-frame: "made (it) clear", "made plain", "left no doubt" and "signalled" state a position as
// a verb of saying does, though no single word of them is one; the subject of the frame's verb speaks the deontic or
// judgement of the clause after it. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

// (Each case gives no such claim without the frame: the deontic finds no speaker, or the wrong one.)
test('the subject of a frame of stating a position holds the deontic or judgement after it', () => {
  assertIncludes([
    // made clear that, after a sentence naming the speaker ("He")
    ['Talks in Yerevan ended on Monday without a deal. Pashinyan spoke to reporters afterwards. He made clear that any peace treaty must begin with the withdrawal of Azerbaijani troops from Armenian territory.', 'ARM DEMAND territory []'],
    // made it + intensifier + clear
    ['Addis Ababa made it abundantly clear that any settlement must include the withdrawal of Eritrean troops from Tigray.', 'ETH DEMAND territory []'],
    // left no doubt that
    ['Addis Ababa left no doubt that Eritrean troops must leave Tigray.', 'ETH DEMAND territory []'],
    // set off by commas, "made plain"
    ['Talks in Brussels were tense on Monday. Serbia, Borrell made plain, must recognise Kosovo.', 'EU DEMAND recognition []'],
    // a trailing frame after the clause
    ['Any settlement must begin with the withdrawal of Azerbaijani troops from Armenian territory, Pashinyan made clear.', 'ARM DEMAND territory []'],
    // present tense, "makes it clear", a role noun for the speaker after a sentence naming another party
    ['Blinken met Netanyahu in Jerusalem on Monday. The Israeli prime minister makes it clear that any deal must include the disarmament of Hamas.', 'ISR DEMAND military_limits []'],
    // adverbs of time between the frame and "that"
    ['Netanyahu made it very clear on Sunday that any deal must include the disarmament of Hamas.', 'ISR DEMAND military_limits []'],
  ]);
});

test('no frame of stating: "it is clear", "there is no doubt", a thing that "made clear" speaks for no party', () => {
  assertNone([
    'It is clear that any settlement must include the withdrawal of Eritrean troops from Tigray.',
    'There is no doubt that Armenian troops must withdraw from Karabakh.',
    'The new map made clear how far Armenian troops must withdraw from Karabakh.',
  ], /./);
  // the clause's own subject is no speaker of a deontic that obliges it
  assertNone(['Talks in Brussels were tense on Monday. Serbia, Borrell made plain, must recognise Kosovo.'], /^SRB DEMAND/);
});
