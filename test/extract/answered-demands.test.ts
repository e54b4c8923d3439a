// "Aliyev said Baku would halt its offensive and open talks as soon as Yerevan withdrew its troops from Karabakh and dropped its bid to join
// the EU. Yerevan rejected the demands as an ultimatum": a plural noun that closes the answering verb ("the demands")
// names the items asked, not the whole settlement (content/package-answer's plural nouns, read in a chained trigger as
// after it). Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const offer = 'Aliyev said on June 14 that Azerbaijan would halt its offensive and open negotiations as soon as Yerevan withdrew its troops from Nagorno-Karabakh and dropped its plans to join the European Union.';

test('rejecting "the demands" of a conditional settlement refuses what was demanded', () => {
  assertIncludes([
    [`${offer} Yerevan rejected the demands as an ultimatum.`, 'ARM REJECT territory []'],
    [`${offer} Yerevan rejected the demands as an ultimatum.`, 'ARM REJECT other []'],
  ]);
});

test('one noun for the whole plan still answers the settlement (spec rule 9)', () => {
  assertIncludes([
    [`${offer} Yerevan rejected the offer as an ultimatum.`, 'ARM REJECT talks []'],
  ]);
  assertNone([`${offer} Yerevan rejected the offer as an ultimatum.`], 'ARM REJECT territory');
  assertNone([`${offer} Yerevan rejected the demands as an ultimatum.`], 'ARM REJECT talks');
});
