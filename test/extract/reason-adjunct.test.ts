// A reason given for a stance's object ("on humanitarian grounds", "for purely humanitarian reasons", quoted or not)
// names no issue: a truce declared on humanitarian grounds is a ceasefire, and a head that names no issue gets none
// from its reason (content/circumstance 'reasonNouns'). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the reason for a stance names no issue of it', [
  { body: 'Sudan\'s army declared a week-long ceasefire in Darfur on "humanitarian grounds".', want: ['SDN OFFER ceasefire []'] },
  { body: 'Baku announced a three-day truce along the border for purely humanitarian reasons.', want: ['AZE OFFER ceasefire []'] },
  { body: 'The Kremlin said Putin had ordered a full cessation of hostilities in the war on "humanitarian grounds".', want: ['RUS OFFER ceasefire []'] },
  { body: 'Israel offered a pause in the fighting in Gaza for humanitarian purposes.', want: ['ISR OFFER ceasefire []'] },
  { body: 'Armenia agreed to a 48-hour truce on strictly humanitarian grounds.', want: ['ARM ACCEPT ceasefire []'] },
  { body: 'Armenia agreed on humanitarian grounds to a 48-hour truce.', want: ['ARM ACCEPT ceasefire []'] },
]);

claimCases('a reason does not take the place of the object\'s own issue', [
  // (The object is humanitarian itself: its issue stands.)
  { body: 'Kyiv demanded the return of the children on humanitarian grounds.', want: ['UKR DEMAND humanitarian []'] },
  { body: 'Ukraine wants a prisoner exchange for humanitarian reasons.', want: ['UKR DEMAND humanitarian []'] },
  // (A head of no issue gets none from its reason.)
  { body: 'Serbia offered a halt to police operations in northern Kosovo for "humanitarian reasons".', want: [] },
]);
