// A region that a verb of talking is about names the land talked about (content/discussed-region): "We proposed to
// discuss Crimea and Sevastopol separately" is a proposal on territory, as "room for negotiation over the four regions"
// already was. A region of venue or company ("talks in Crimea", "talk to Putin in Kursk") leaves the talks. Sentences
// written for this test (only Ukrainian and Russian regions carry region codes, so the places are those).
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a region a talk verb is about: territory', () => {
  assertIncludes([
    ['We proposed to discuss Crimea and Sevastopol separately, over fifteen years, Zelensky said.', 'UKR PROPOSE territory [UA-40,UA-43]'],
    ['Kyiv offered to negotiate over Kursk once the fighting stops, a Ukrainian official said.', 'UKR OFFER territory [RU-KRS]'],
    ['Moscow is ready to talk about the future of Kherson, Peskov told reporters.', 'RUS OFFER territory [UA-65]'],
    ['Zelensky proposed to discuss the Donbas directly with Putin at a leaders\' meeting.', 'UKR PROPOSE territory [UA-09,UA-14]'],
  ]);
});

test('a region of venue or company, or a talk with no region: still the talks', () => {
  assertNone([
    'Russia is ready to hold talks with Ukraine in Crimea, Peskov said.',
    'Zelensky said he would talk to Putin in Kursk.',
    'Moscow proposed to negotiate with the authorities from Belgorod, Lavrov said.',
  ], / territory /);
  assertIncludes([
    ['Aliyev said Baku was ready to discuss a peace treaty with Yerevan.', 'AZE OFFER talks []'],
    ['Russia is ready to hold talks with Ukraine in Crimea, Peskov said.', 'RUS OFFER talks [UA-43]'],
  ]);
});
