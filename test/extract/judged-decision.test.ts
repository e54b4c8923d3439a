// A decision named by a verb of naming and judged ("New Delhi called the measure \"unfair\"", "described the decision as
// \"a step in the right direction\"") is about the step named last before it, in its sentence or the sentence before
// (content/judged-decision, as content/referred-decision reads "welcomed the decision"). Sentences written for this
// test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"called the measure unfair": the step named before', () => {
  assertIncludes([
    ['Washington imposed a 25 percent tariff on Brazilian steel on Monday. Brasilia called the measure "unfair and unjustified".', 'BRA REJECT sanctions []'],
    ['The EU lifted its sanctions on the Serbian oil company. Belgrade called the decision "a step in the right direction".', 'SRB ACCEPT sanctions []'],
    ['Baku declared a unilateral truce along the border. Yerevan described the measure as "a trap".', 'ARM REJECT ceasefire []'],
  ]);
});

test('negatives: nothing named before, another party\'s step not in the window', () => {
  assertNone(['The weather was cold in Pristina. Kurti called the measure "unfair".'], ' REJECT ');
  assertNone(['Asmara demanded that Ethiopia withdraw from Badme. Khartoum called the US decision "unfair".'], /^SDN REJECT/);
});
