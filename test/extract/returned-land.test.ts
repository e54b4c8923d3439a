// Land or a site that must go back to a party (content/returned-land): a deontic that hands land back to a party, or
// puts it under a party's control, demands the land (territory), though neither the modal nor a site's name (a plant,
// a town, which alone makes no territory item) is an issue term. Sentences written for this test, on other disputes
// (Armenia/Azerbaijan, Serbia/Kosovo, Ethiopia/Eritrea, Sudan) and on the Zaporizhzhia plant in other wordings.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a site or land that must be returned to a party is territory', () => {
  assertIncludes([
    ['Zelensky said the Zaporizhzhia nuclear power plant must be returned to Ukrainian control.', 'UKR DEMAND territory [UA-23]'],
    ['Sybiha said the ZNPP has to be handed back to Ukraine before any deal.', 'UKR DEMAND territory [UA-23]'],
    ['Pashinyan said the villages must be returned to Armenia.', 'ARM DEMAND territory []'],
    ['Abiy Ahmed said the town had to be given back to Ethiopia first.', 'ETH DEMAND territory []'],
    ['Sudan\'s foreign ministry said the port should be restored to Sudanese control.', 'SDN DEMAND territory []'],
  ]);
});

test('a site that must be under a party\'s control is territory', () => {
  assertIncludes([
    ['Zelensky said the Zaporizhzhia nuclear power plant must operate safely under Ukraine\'s full sovereign control.', 'UKR DEMAND territory [UA-23]'],
    ['Vucic said the northern municipalities must remain under Serbian control.', 'SRB DEMAND territory []'],
    ['The plant must come back under Ukrainian control, Zelensky said.', 'UKR DEMAND territory []'],
  ]);
});

test('land given back as the object of "hand … back" is territory', () => {
  assertIncludes([
    ['Sybiha said Russia must hand the plant back to its rightful Ukrainian owner.', 'UKR DEMAND territory []'],
    ['Aliyev said Armenia must give the enclaves back to Azerbaijan.', 'AZE DEMAND territory []'],
  ]);
});

test('a noun relative ", which … must be returned" reaches the land it describes', () => {
  assertIncludes([
    ['His first point was the Russian-occupied Zaporizhzhia power plant, which he said must be returned to Ukrainian control, Zelensky told the summit.', 'UKR DEMAND territory [UA-23]'],
  ]);
});

test('no land, or no party it goes to: no territory claim', () => {
  assertNone([
    'The minister said the frozen assets should be returned to Russia once the war ends.',
    'Kurti said the money must be returned to Kosovo.',
    'Abiy said the plant must operate under international supervision.',
    'Pashinyan said the documents must be handed back.',
    'Sudan\'s foreign ministry said the displaced families must be able to return to their homes.',
  ], ' territory ');
});
