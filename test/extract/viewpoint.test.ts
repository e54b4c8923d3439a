// A viewpoint heading the sentence ("For the U.S. secretary, …", "For the Azerbaijani leadership, …") names who
// judges what follows, even past a role word the lexicon does not list, and its words are not what is judged;
// "the recognition that …" acknowledges a fact and recognises no territory (issue 7). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('viewpoint heading the sentence', [
  {
    body: 'For the U.S. secretary, a return to Serbia\'s 1998 borders is "an unrealistic objective."',
    want: ['USA REJECT territory []'],
  },
  // The viewpoint's own words ("leadership") name no issue.
  {
    body: 'For the Armenian leadership, a referendum in Karabakh is unacceptable.',
    want: ['ARM REJECT governance []'],
  },
  {
    body: 'For the Ukrainian leadership, any return of Russian troops to Kherson is unacceptable.',
    want: ['UKR REJECT territory [UA-65]'],
  },
]);

claimCases('recognising a fact is no recognition', [
  {
    body: 'Any deal must begin with the recognition that the war cannot be won on the battlefield, the Kenyan envoy said.',
    want: [],
  },
  {
    body: 'Kyiv will never recognise Crimea as Russian, Zelensky said.',
    want: ['UKR REJECT recognition [UA-43]'],
  },
]);

// "Armenia's withdrawal from the CSTO is one of Baku's main demands": a party's stance noun as the predicate
// of a copula is that party's stance on the subject (trigger/predicate-noun).
claimCases('a stance noun as a predicate', [
  { body: "Armenia's neutral status is one of Baku's main demands.", want: ['AZE DEMAND alliance []'] },
  { body: "Serbia's neutral status remained one of the key Russian demands, Lavrov said.", want: ['RUS DEMAND alliance []'] },
  // The noun as an object is not a predicate.
  { body: "Serbia rejected the opposition's demands.", want: [] },
]);
