// Giving up a claim to land is giving up the land (issues.json territory frame "abandoned claim"): "Venezuela will
// never give up its claim to the Essequibo", "Baku would drop its claim to the enclaves" are territory, as "would
// drop Russia's claim to the parts of the four regions" is in the real-article gold; recognising or confirming a
// claim stays recognition. A claim written into a constitution is the constitution's (governance): "Armenia must
// remove the claim to Karabakh from its constitution". Sentences written for this test, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('giving up a claim to land is territory', () => {
  assertIncludes([
    ['Argentina will never abandon its claim to the Falkland Islands, the foreign minister said.', 'ARG DEMAND territory []'],
    ['Ethiopia would drop its claim to Badme in exchange for access to the port of Assab, officials said.', 'ETH OFFER territory []'],
    ['Azerbaijan offered to renounce its claim to the Armenian enclaves, Aliyev said.', 'AZE OFFER territory []'],
    ['Caracas will not give up its claim to the disputed region, the vice president said.', 'VEN DEMAND territory []'],
  ]);
  assertNone(['Argentina will never abandon its claim to the Falkland Islands, the foreign minister said.'], ' recognition ');
});

test('recognising or confirming a claim stays recognition', () => {
  assertIncludes([
    ['Britain will never recognise Argentina\'s claim to the Falkland Islands, the foreign secretary said.', 'GBR REJECT recognition []'],
  ]);
  assertNone(['Britain will never recognise Argentina\'s claim to the Falkland Islands, the foreign secretary said.'], ' territory ');
});

test('a claim written into a constitution is governance', () => {
  assertIncludes([
    ['Aliyev said Armenia must remove the claim to Karabakh from its constitution.', 'AZE DEMAND governance []'],
    ['Athens demanded that Skopje delete the territorial claims from its constitution.', 'GRC DEMAND governance []'],
  ]);
});
