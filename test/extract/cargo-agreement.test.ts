// An agreement named by a cargo shipped by sea, and by no issue, is a sea-lane deal, the truce at sea it holds; a stance
// on it referred back ("welcomed the agreement") is on the ceasefire (content/cargo-agreement), and so is one whose
// agreement the article's lead named, past content/referred-agreement's window. Sentences written for this test, about
// disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const FILLER = [
  'The ceremony lasted an hour.',
  'Dockworkers in Massawa watched it on television.',
  'Prices of bread have doubled since January.',
  'Bakers in Asmara queued for flour on Saturday.',
  'The port of Assab has been closed for months.',
  'Shipping insurers were cautious.',
  'Several ships wait at anchor outside the harbour.',
  'Farmers say their silos are full.',
  'The harvest was larger than expected.',
  'Truck drivers protested in the capital.',
  'Fuel is scarce in the north.',
  'Exporters hope for better prices.',
  'The rainy season starts in June.',
  'Analysts expect freight rates to fall.',
  'Local markets were quiet on Saturday.',
  'The weather in the Red Sea was calm.',
].join(' ');

test('an agreement named by its sea cargo, referred back: the truce at sea', () => {
  assertIncludes([
    ['Azerbaijan and Armenia signed a grain deal in Tbilisi on Friday. France welcomed the deal.', 'FRA ACCEPT ceasefire []'],
    ['Eritrea and Ethiopia signed separate agreements with the African Union in Nairobi on Friday to reopen the Red Sea ports to wheat exports. Kenya welcomed the agreement and said it hoped both sides would keep their word.', 'KEN ACCEPT ceasefire []'],
    [`Eritrea and Ethiopia signed separate agreements with the African Union in Nairobi on Friday to reopen the Red Sea ports to wheat exports. ${FILLER} Kenya welcomed the agreement.`, 'KEN ACCEPT ceasefire []'],
  ]);
});

test('no cargo, an issue of its own, or an agreement named only outside the window and the lead: no truce', () => {
  assertNone([
    'Azerbaijan and Armenia signed a trade deal in Tbilisi on Friday. France welcomed the deal.',
    `The talks opened in Nairobi on Monday. Diplomats met again on Tuesday. The envoys left on Wednesday. The mediators rested on Thursday. Eritrea and Ethiopia signed a grain deal on Friday. ${FILLER} ${FILLER} Kenya welcomed the agreement.`,
  ], /^KEN ACCEPT ceasefire|^FRA ACCEPT ceasefire/);
  assertNone([
    'Azerbaijan and Armenia signed a deal on Azerbaijani grain and fertiliser exports and on sanctions in Tbilisi on Friday. France welcomed the deal.',
  ], /^FRA ACCEPT ceasefire/);
});
