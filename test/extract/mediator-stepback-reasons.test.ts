// A mediator that could step back from its role or end its mediation threatens the talks (cue walk-away, base
// forms as after a modal; a past "stepped back" reports the act). A reason after the head ("for humanitarian
// reasons", "on humanitarian grounds") names no issue of its own (content/circumstance 'reasonNouns').
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a mediator stepping back threatens the talks', () => {
  assertIncludes([
    ['Qatar said it could step back from its role as a mediator if Hamas and Israel showed no seriousness.', 'QAT THREATEN talks []'],
    ['Egypt warned it would end its mediation unless both sides stopped the strikes.', 'EGY THREATEN talks []'],
  ]);
  assertNone(['Last year Qatar stepped back from its role as a mediator.', 'In 2024 Egypt ended its mediation after the talks collapsed.'], ' THREATEN ');
});

test('a reason after the head leaves the head its issue', () => {
  assertIncludes([
    // (Azerbaijan is a side of its dispute with Armenia: its call is a demand, discourse/principal-sides.)
    ['Azerbaijan called for a truce on humanitarian grounds.', 'AZE DEMAND ceasefire []'],
    ['Aliyev announced a ceasefire for humanitarian reasons along the border.', 'AZE OFFER ceasefire []'],
  ]);
});
