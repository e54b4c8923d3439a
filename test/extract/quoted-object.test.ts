// A stance verb whose object opens with a quotation mark takes the quoted words as its object; it is no bare answer
// to the last stance of another party (content/quoted-object, content/bare-answer). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a quoted object is no bare answer', [
  // The answer's issue is the quoted words', not the prisoner exchange Armenia offered just before.
  {
    body: 'Armenia offered to release all Azerbaijani detainees. Kazakhstan said it supported "every effort to end the conflict".',
    want: ['ARM OFFER humanitarian []', 'KAZ ACCEPT talks []'],
  },
  {
    body: 'Serbia offered to free the Kosovo police officers it holds. Hungary said it backed “every effort that leads to a settlement”.',
    want: ['SRB OFFER humanitarian []', 'HUN ACCEPT talks []'],
  },
  // Near shapes that keep their answer: nothing after the verb but a stop, or a comma and a closing mark.
  {
    body: 'Armenia offered to release all Azerbaijani detainees. Azerbaijan agreed.',
    want: ['ARM OFFER humanitarian []', 'AZE ACCEPT humanitarian []'],
  },
  {
    body: 'Armenia offered to release all Azerbaijani detainees. "Azerbaijan agreed," the minister said.',
    want: ['ARM OFFER humanitarian []', 'AZE ACCEPT humanitarian []'],
  },
]);
