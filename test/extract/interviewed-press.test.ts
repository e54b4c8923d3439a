// The outlet a statement was given to (discourse/interviewed-name): a single capitalised name no list knows right
// after "interview with" is the broadcaster interviewed ("an interview with Pink"), but a nationality or a place
// before a common noun for the press names no outlet ("an interview with Serbian media", "with Hungarian state
// television"): the words stay on the publisher's word. Sentences written for these tests.
import { test } from 'node:test';
import { assertOutlets } from './helpers.js';

const H = { published: '2025-03-12', outlet: 'Example Wire' };
const outlets = (body: string, wants: Array<[string, string]>) => assertOutlets(body, wants, H);

test('an unknown single name after "interview with" is the outlet interviewed', () => {
  outlets('Speaking in an interview with Pink on Friday, Vucic said Serbia was ready to resume the talks with Pristina.', [['SRB OFFER talks []', 'Pink']]);
  outlets('In an interview with Kossuth, Orban said Hungary was ready to host a summit between Russia and Ukraine.', [['HUN OFFER talks []', 'Kossuth']]);
  outlets('Aliyev gave an interview to Ekho in which he said Azerbaijan was ready to sign the peace treaty with Armenia.', [['AZE OFFER talks []', 'Ekho']]);
});

test('a nationality before a press noun names no outlet: the publisher is the source', () => {
  outlets('Lavrov said in an interview with Serbian media that Russia would not accept a ceasefire without guarantees.', [['RUS REJECT ceasefire []', 'Example Wire']]);
  outlets('In an interview with Hungarian state television, Szijjarto said Hungary was ready to host talks between Moscow and Kyiv.', [['HUN OFFER talks []', 'Example Wire']]);
  outlets('Speaking in an interview with Armenian journalists on Monday, Pashinyan said Armenia was ready to sign the peace treaty with Azerbaijan.', [['ARM OFFER talks []', 'Example Wire']]);
  outlets('Vucic told reporters after an interview with Russian television that Serbia would never recognise Kosovo.', [['SRB REJECT recognition []', 'Example Wire']]);
});
