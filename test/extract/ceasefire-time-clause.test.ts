// A ceasefire named alone as the time of the holder's own step ("would deploy only after a ceasefire.", "once a truce
// takes effect") is the time of an expected halt, as the end of the war is
// (content/event-time-clause 'halts', for a holder that is no principal side): no one is asked for it, so no demand.
// A principal side's own step after a ceasefire, a ceasefire a party must agree to, or one with terms of its own, is
// still demanded. (Guns falling silent stay a demand: "negotiations could only begin once the guns were silent" asks
// for the ceasefire first, test/extract/normative-stance.test.ts.) Sentences written for
// this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a ceasefire as the time of a step demands nothing', [
  { body: 'Ruto told reporters that Kenyan troops would be deployed to Sudan only after a ceasefire.', want: ['KEN OFFER security_guarantees []'] },
  { body: 'The Turkish government said trade with Yerevan would resume only after a truce, and not before.', want: [] },
  { body: 'Sisi said Egyptian troops would be deployed to Sudan only after a ceasefire is declared.', want: ['EGY OFFER security_guarantees []'] },
]);

claimCases('what stays: a side\'s own step after a ceasefire, a ceasefire a party must agree to, or one with terms', [
  { body: 'Pashinyan said the guarantees for Armenia could only come into force after a ceasefire with Azerbaijan.', want: ['ARM DEMAND ceasefire []'] },
  { body: 'Eritrea said elections could be held only after a ceasefire of at least sixty days.', want: ['ERI DEMAND ceasefire []'] },
  { body: 'London said it would keep the sanctions on Serbia until Belgrade agrees to a ceasefire.', want: ['GBR THREATEN sanctions []', 'GBR DEMAND ceasefire []'] },
]);
