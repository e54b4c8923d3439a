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

// content/quoted-verb-object: a stance verb quoted on its own, its object after the closing mark outside the quote, is
// no bare answer to the last stance of another party: its object is the phrase after the mark. Sentences written for
// this test.
claimCases('a quoted verb with its object after the closing mark is no bare answer', [
  // A whole plan named after the mark: the talks (spec rule 9), not the withdrawal Azerbaijan demanded just before.
  {
    body: 'Azerbaijan demanded that Armenia withdraw from the enclaves. Belarus said Minsk "fully supports" the Chinese initiative.',
    want: ['AZE DEMAND territory []', 'BLR ACCEPT talks []', 'CHN PROPOSE talks []'],
  },
  {
    body: 'Serbia proposed a ceasefire in Kosovo. Hungary said it "strongly backs" the Turkish plan.',
    want: ['SRB PROPOSE ceasefire []', 'HUN ACCEPT talks []'],
  },
  {
    body: 'Ethiopia demanded access to the sea. Eritrea said it "firmly rejects" the Kenyan proposal.',
    want: ['ETH DEMAND territory []', 'ERI REJECT talks []'],
  },
  // A noun that refers back still takes the stance it refers to: the offer is the release of the detainees.
  {
    body: 'Armenia offered to release all Azerbaijani detainees. Azerbaijan "welcomed" the offer.',
    want: ['ARM OFFER humanitarian []', 'AZE ACCEPT humanitarian []'],
  },
]);
