// "had no such plans", "there were no such plans": a refusal of what the stance before it named, like "no plans to"
// (the reject cue), its object the anaphor "such" (content/anaphoric-object: the issue of the last claim of another
// party). Own set AH: "Poland, the Czech Republic and Britain said they had no such plans" after Scholz ruled out
// ground troops. Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, claimCases } from './helpers.js';

test('"no such plans" refuses what the stance before it named', () => {
  assertIncludes([
    ['France said there would be no French troops in Armenia. Germany and Italy said they had no such plans.', 'DEU REJECT security_guarantees []'],
    ['France said there would be no French troops in Armenia. Germany and Italy said they had no such plans.', 'ITA REJECT security_guarantees []'],
    ['Egypt proposed extending the truce in Gaza by two weeks. Israeli officials said there were "no such plans".', 'ISR REJECT ceasefire []'],
  ]);
});

claimCases('no refusal without a stance to refer to', [
  { body: 'Asked whether Aliyev would meet Pashinyan in Prague, his spokesman said there were no such plans for now.', want: [] },
  { body: 'The ministry said it had no such plans.', want: [] },
]);
