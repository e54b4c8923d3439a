// The alliance's name as a party that acts is no stance on membership (wrong issue from a party name: own sets AL
// and AH, al2 helper). "NATO" alone is an alliance term ("Georgia's path into NATO", "no to NATO"); when it names the
// party that sends, speaks or holds talks ("troops sent by NATO", "NATO Secretary General Mark Rutte said",
// "hoped the United States and NATO would hold a dialogue"), the stance is on what it does, not on joining it.
// Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('NATO as the agent, a speaker\'s title or a coordinated subject names no alliance issue', () => {
  assertNone([
    'Scholz said there would be no peacekeepers in Kosovo sent by European states or by NATO.',
    'Vucic said Serbia would not send troops to Kosovo, and NATO Secretary General Mark Rutte said KFOR would stay.',
    'China hoped the United States and NATO would hold talks with Russia on Armenia.',
  ], ' alliance ');
  assertIncludes([
    ['Scholz said there would be no peacekeepers in Kosovo sent by European states or by NATO.', 'DEU REJECT security_guarantees []'],
    ['Vucic said Serbia would not send troops to Kosovo, and NATO Secretary General Mark Rutte said KFOR would stay.', 'SRB REJECT security_guarantees []'],
  ]);
});

test('joining or leaving NATO stays the alliance issue', () => {
  assertIncludes([
    ['Pashinyan said Armenia wants to join NATO.', 'ARM DEMAND alliance []'],
    ['Lavrov said Georgia must never join NATO.', 'RUS DEMAND alliance []'],
    ['Moscow rejected any expansion of NATO to Moldova.', 'RUS REJECT alliance []'],
  ]);
});
