// A short quotation that is a whole sentence ('… he said. "Kosovo must withdraw its police."') is speech, not a
// scare quote, and its speaker is found as for any quotation: carried from the quote before in the paragraph, or
// named after it, also after a colon ('Quote: "…," said …'): discourse/sentence-quote. Sentences written for this
// test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a short quoted sentence after a speaker\'s quote is that speaker\'s, not the party it names', () => {
  assertIncludes([
    ['"Armenia has rejected every proposal we made," Aliyev said. "Armenia must withdraw its troops."', 'AZE DEMAND territory []'],
    ['"Kosovo has rejected every proposal we made," Serbian President Aleksandar Vucic said in Belgrade. "Kosovo must withdraw its police."', 'SRB DEMAND territory []'],
    ['"Eritrea has refused to talk for twenty years," Ethiopian Prime Minister Abiy Ahmed said. "Eritrea must withdraw its troops."', 'ETH DEMAND territory []'],
    ['Azerbaijani President Ilham Aliyev spoke to reporters in Baku on Friday. "The talks in Washington were useful," he said. "We will never accept a ceasefire."', 'AZE REJECT ceasefire []'],
  ]);
});

test('a short quote after a colon, with its speaker named after it', () => {
  assertIncludes([
    ['Quote: "Armenia must withdraw its troops," said Azerbaijani President Ilham Aliyev on Friday.', 'AZE DEMAND territory []'],
  ]);
});

test('no speaker, a scare quote or a one-word quote: nothing new', () => {
  assertNone([
    'The banner over the square in Pristina was torn down overnight. "Serbia must withdraw its troops."',
    'Analysts said the "root causes" must be addressed first.',
  ], /DEMAND/);
  assertNone([
    'Ethiopian Prime Minister Abiy Ahmed addressed parliament on Tuesday. "Eritrea will not withdraw its troops," he said. Eritrea answered within hours. "Never."',
  ], /^ERI/);
});
