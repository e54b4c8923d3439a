// Setting out one's terms or conditions states demands (trigger/terms-set-out): "restated the terms he set out in
// June: the full withdrawal of …" is a DEMAND, not a proposal; a plan or proposal set out stays a proposal, and the
// bare noun with nothing listed ("the terms he set out when …") makes no claim of its own.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('terms or conditions set out are demands', () => {
  assertIncludes([
    ['After talks in Sochi, Aliyev restated the terms he set out in June: the full withdrawal of Armenian troops from Karabakh.', 'AZE DEMAND territory []'],
    ['The note restated conditions that Aliyev had laid out to Pashinyan last week, including that Armenia change its constitution.', 'AZE DEMAND governance []'],
    ['Vucic spelled out his conditions: Kosovo must withdraw its special police from the north.', 'SRB DEMAND territory []'],
  ]);
  assertNone(['After talks in Sochi, Aliyev restated the terms he set out in June: the full withdrawal of Armenian troops from Karabakh.'], 'AZE PROPOSE');
});

test('a plan set out stays a proposal; the terms alone name no claim', () => {
  assertIncludes([
    ['Qatar set out a plan for a ceasefire in Gaza.', 'QAT PROPOSE ceasefire []'],
    ['Egypt outlined its proposal for a truce in Gaza.', 'EGY PROPOSE ceasefire []'],
  ]);
  assertNone(['The Azerbaijani delegation gave no sign that Baku had softened the terms Aliyev set out when he launched the offensive.'], 'AZE DEMAND');
});
