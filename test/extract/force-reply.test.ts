// Threats of force worded as using weapons or replying with a harmful step (trigger/harmful-act): "would use every
// weapon at its disposal", "will respond to the confiscation of its assets by seizing Western property". Sentences
// written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('using a weapon or an arsenal is a step of force', [
  { body: 'Pyongyang said it would use its nuclear arsenal if the South attacked.', want: ['PRK THREATEN military_limits []'] },
  { body: 'Baku said it would use every weapon at its disposal to defend its border.', want: ['AZE THREATEN military_limits []'] },
]);

claimCases('a reply by a harmful step threatens it', [
  { body: 'Azerbaijan would respond to any provocation by striking Armenian positions.', want: ['AZE THREATEN ceasefire []'] },
  { body: 'Beijing will respond to the confiscation of its assets by seizing European property.', want: ['CHN THREATEN sanctions []'] },
]);

claimCases('a reply in words, or troops used to guarantee, threaten nothing', [
  { body: 'Belgrade will respond to the proposal by sending a letter to Brussels.', want: [] },
  { body: 'Britain would use its troops to help patrol the demilitarised zone.', want: [] },
]);
