// Working with another party on a whole plan, draft or document takes it up as the basis of the talks (spec §3 rule 9;
// candidate/worked-plan): "Ukraine would work \"calmly\" with Washington on the document" accepts it, and a cue of
// readiness right before the verb ("ready to keep working with the Americans on the draft") is on the talks.
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a modal of working on a plan with another party: the plan taken up, talks (a cue of going on stays an offer)', () => {
  assertIncludes([
    ['Pashinyan said Armenia would work "calmly" with Baku on the document but would not give up its sovereignty.', 'ARM ACCEPT talks []'],
    ['Kurti said Kosovo will keep working with Brussels on the draft.', 'XKX OFFER talks []'],
    ['Abiy Ahmed said Ethiopia would continue to work with the Kenyan mediators on the revised framework.', 'ETH OFFER talks []'],
    ['Israeli officials said Israel would work with the Egyptian side on the points of the plan.', 'ISR ACCEPT talks []'],
  ]);
});

test('a cue of readiness or promise before the verb: talks', () => {
  assertIncludes([
    ['Aliyev said Azerbaijan was nonetheless ready to keep working with the Americans on the draft.', 'AZE OFFER talks []'],
    ['Vucic promised to work with the EU envoys on the text.', 'SRB OFFER talks []'],
  ]);
});

test('no plan taken up: no talks claim from working', () => {
  assertNone([
    // (A past report, no stance.)
    'Eritrean and Ethiopian officials worked on the final text in Nairobi.',
    // (Negated.)
    'Pashinyan said Armenia would not work with Baku on the document.',
    // (No plan: work on something else.)
    'Kurti said Kosovo would work with Brussels on the reconstruction of the bridge.',
  ], /(ACCEPT|OFFER) talks/);
});
