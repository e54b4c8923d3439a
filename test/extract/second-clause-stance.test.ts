// A stance in a new statement coordinated after another stance's complement is its own party's, not the content of
// the first stance (sentence/second-clause-stance): ", and that X had promised to …" after a stance whose cue took no
// that-clause of its own, ", and X has agreed to …" with a party or personal pronoun and a finite verb of its own,
// ", adding that X was prepared to …". Found on own sets E, L, S, AD and AK (sentence/complement dropped "the Vatican
// had agreed to pass a new list", "Washington has floated turning that area into …"). Sentences written for this
// test, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a coordinated that-clause with a finite verb is another statement', () => {
  assertIncludes([
    ['Pashinyan said he had asked Moscow for more help on the border, and that Baku had agreed to a ceasefire along the line.', 'AZE ACCEPT ceasefire []'],
    ['Vucic said Brussels had proposed a new round of talks in Ohrid, and that Pristina had agreed to attend the talks.', 'XKX ACCEPT talks []'],
    ['Kiir said he had urged Khartoum to open the border crossings, and that Sudan had agreed to a ceasefire in Abyei.', 'SDN ACCEPT ceasefire []'],
  ]);
});

test('a new subject with its own finite verb opens another statement', () => {
  assertIncludes([
    ['Addis Ababa urged Asmara to withdraw its troops from Badme, and Eritrea has agreed to hold talks in Nairobi.', 'ERI ACCEPT talks []'],
    ['Baku wants Yerevan to hand over the enclaves, and Tehran has proposed talks in Tabriz.', 'IRN PROPOSE talks []'],
    ['Belgrade asked Pristina to dissolve its special police units, and it proposed that talks resume in Brussels.', 'SRB PROPOSE talks []'],
  ]);
});

test('a participle of saying after a comma opens another statement', () => {
  assertIncludes([
    ['"Any settlement must include both sides," the Kenyan envoy said, adding that Norway was prepared to host talks in Oslo.', 'NOR OFFER talks []'],
  ]);
});

test('the cue\'s own coordinated complements and a subjunctive stay its content', () => {
  // (A demand's own that-clauses go on: Armenia's release of prisoners is demanded, not an offer of Armenia's.)
  assertNone(['Azerbaijan demanded that Armenia withdraw from the enclaves, and that Armenia agree to release all prisoners.'], 'ARM ');
  // (An infinitive after the addressee is the call's content.)
  assertNone(['Washington called on Belgrade to recognise Kosovo, and Pristina to accept talks on the north.'], 'XKX ACCEPT');
});
