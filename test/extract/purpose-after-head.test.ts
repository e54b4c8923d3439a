// Once a stance's object has named an issue of its own, a purpose clause after it says why the step is taken, not
// what is held (content/purpose-after-head): "offered a two-day ceasefire on parts of the front to collect the bodies
// of the dead" offers a ceasefire, not a humanitarian step. Sentences written for these tests, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a purpose clause after the object names no issue of the stance', [
  { body: 'Israel offered a week-long truce in Gaza to free the remaining hostages.', want: ['ISR OFFER ceasefire []'] },
  { body: 'Sudan proposed a three-day truce in Darfur in order to evacuate the wounded.', want: ['SDN PROPOSE ceasefire []'] },
  { body: 'Azerbaijan offered a two-day pause in the shelling to collect the bodies of its soldiers.', want: ['AZE OFFER ceasefire []'] },
  { body: 'Armenia proposed a ceasefire along the border to secure the release of all detainees.', want: ['ARM PROPOSE ceasefire []'] },
]);

test('the purpose is still the content when it is the act itself or a second act', () => {
  // (An object naming no issue of its own: the infinitive is what is offered.)
  const swap = claimsOf('Armenia offered a deal to free all the prisoners.').map(label);
  assert.ok(swap.includes('ARM OFFER humanitarian []'), swap.join('\n'));
  // (The act a demand asks of its addressee, not a purpose.)
  const bloc = claimsOf('Hungary urged the bloc to shift its focus to a ceasefire.').map(label);
  assert.ok(bloc.some((l) => /^HUN \w+ ceasefire/.test(l)), bloc.join('\n'));
  // (A second infinitive joined by "and" is a second item.)
  const neutral = claimsOf('Georgia offered to renounce membership of any military bloc and to remain a non-nuclear state.').map(label);
  assert.ok(neutral.includes('GEO OFFER military_limits []'), neutral.join('\n'));
  // ("to the line" is where the object goes, no purpose.)
  const line = claimsOf('Kosovo proposed a withdrawal of troops to the lines of 2022.').map(label);
  assert.ok(line.includes('XKX PROPOSE territory []'), line.join('\n'));
});
