// A predicate quoted after its subject (content/quoted-predicate): the quote mark that opens the speaker's words at the
// modal is no clause break, so the subject before it is what the deontic demands ('Macron said the assets "must serve
// Ukraine"'), and agreeing with another party that it "should" hold accepts it (holder/agreed-with-that). A quoted
// clause with its own subject, or a quote after a colon, is not read so. Sentences written for this test, about
// disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a quoted predicate: the subject before the quote is what is demanded', () => {
  assertIncludes([
    ['Pashinyan said the frozen assets "must be used" for the reconstruction of Syunik.', 'ARM DEMAND sanctions []'],
    ['Abiy Ahmed said any truce "must come first".', 'ETH DEMAND ceasefire []'],
    ['Vucic said the prisoner exchange "should also take place first".', 'SRB DEMAND humanitarian []'],
    ['Aliyev said security guarantees for Armenia "also need to be given".', 'AZE DEMAND security_guarantees []'],
    ['Aliyev said he agreed with Erdogan that peacekeepers "should be deployed as well".', 'AZE ACCEPT security_guarantees []'],
  ]);
});

test('a quoted clause of its own, or no quote opening the predicate: no such reading', () => {
  assertNone([
    'Abiy Ahmed spoke of the truce: "Everything must change".',
    'Abiy Ahmed said of the truce that "Eritrea must decide".',
  ], /ETH DEMAND ceasefire/);
  assertNone([
    'Aliyev said he agreed with Erdogan that peacekeepers "should be deployed as well".',
  ], /AZE DEMAND security_guarantees/);
});
