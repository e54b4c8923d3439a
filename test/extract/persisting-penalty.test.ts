// A penalty kept in place until the other side acts is demanded (candidate/persisting-penalty): "the sanctions would
// remain in place until Belgrade recognises Kosovo", "will maintain its sanctions until …". The claim is about the
// penalty (sanctions), whatever the condition names. Sentences written for this test, on other disputes.
import { test } from 'node:test';
import { claimCases, assertNone } from './helpers.js';

claimCases('a penalty kept until a condition is met', [
  // The penalty as the subject of a verb of lasting, held by the sentence's speaker.
  { body: 'Washington said its sanctions on Iran would remain in place until Tehran halts enrichment.', want: ['USA DEMAND sanctions []'] },
  { body: 'The European Union said the frozen assets of the Belarusian central bank would stay immobilised until Minsk releases all political prisoners.', want: ['EU DEMAND sanctions []'] },
  { body: 'Canada said the restrictions would stay in force as long as the occupation of the territory continues.', want: ['CAN DEMAND sanctions []'] },
  // A party that keeps the penalty.
  { body: 'Japan said it will maintain its sanctions on North Korea until there is a verifiable end to the missile programme.', want: ['JPN DEMAND sanctions []'] },
]);

test('negatives: a time, a denial, a penalty that is not kept', () => {
  assertNone([
    'Tokyo said the sanctions would remain in place until the end of the year.',
    'Brussels said the restrictions would remain until March 2027.',
    'Washington said the sanctions would not remain in place once a deal is signed.',
    'The sanctions on Iran have remained in place since 2018.',
    'Analysts said the frozen funds would stay at Euroclear for years.',
  ], ' DEMAND ');
});
