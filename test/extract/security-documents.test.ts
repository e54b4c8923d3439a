// A text or arrangement of security named by a noun of a document or of provisions is the security guarantees it sets
// down (issues.json security_guarantees: 'security protocols', 'security provisions', 'a security package', 'a
// security backstop'), as 'security pact' and 'security arrangements' are: backing "the security protocols in the
// declaration" accepts guarantees, not the talks or a ceasefire. Other nouns after "security" name nothing new.
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('security protocols, provisions, a package or a backstop: security guarantees', () => {
  assertIncludes([
    ['The EU said it "strongly supports" the security protocols in the Washington declaration on Armenia.', 'EU ACCEPT security_guarantees []'],
    ['Turkey rejected the security provisions of the draft for Kosovo.', 'TUR REJECT security_guarantees []'],
    ['Washington offered Israel a security package after the truce with Hamas.', 'USA OFFER security_guarantees []'],
    ['Aliyev said Azerbaijan would never accept a Russian security backstop for Armenia.', 'AZE REJECT security_guarantees []'],
  ]);
});

test('other nouns after "security": no guarantees', () => {
  assertNone([
    'Aliyev said Azerbaijan would never accept the security situation on the border.',
    'Vucic criticised the security services of Kosovo.',
  ], /security_guarantees/);
});
