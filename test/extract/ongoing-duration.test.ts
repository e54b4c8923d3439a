// A stance that lasts "as long as" an event goes on says how long it holds: the condition, with no party at its head,
// is no demand of its own (claim/ongoing-duration). A party that goes on acting is still asked to stop, and a refusal
// that lasts while a party's forces stay still wants them gone (claim/durative-refusal).
// Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('an event going on only says how long the stance holds', [
  { body: 'Norway said it would keep up sanctions on Asmara as long as the shelling continues.', want: ['NOR THREATEN sanctions []'] },
  { body: 'Norway said it would keep up sanctions on Asmara for as long as the shelling goes on.', want: ['NOR THREATEN sanctions []'] },
  { body: 'Norway said it would keep up sanctions on Asmara so long as the shelling lasts.', want: ['NOR THREATEN sanctions []'] },
  { body: 'Norway said it would keep up sanctions on Asmara for as long as the shelling went on.', want: ['NOR THREATEN sanctions []'] },
]);

claimCases('a party that goes on acting is still asked to stop', [
  { body: 'Norway said it would keep up sanctions on Asmara as long as Eritrea continues the shelling.', want: ['NOR THREATEN sanctions []', 'NOR DEMAND ceasefire []'] },
  { body: 'Serbia will not negotiate as long as NATO troops occupy the north.', want: ['SRB REJECT talks []', 'SRB DEMAND security_guarantees []'] },
]);
