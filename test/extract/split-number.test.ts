// A numbered list line ("1. The release of all prisoners …") that reaches the extractor as two sentences, "1." and the
// line's text, is still one bullet of the list its introducer opened: the text is the item, with the introducer's
// holder and type (content/split-number). Sentences written for this test, with other parties and places than the
// corpus's.
import { claimCases } from './helpers.js';

claimCases('a numbered line parted from its number is still a bullet', [
  {
    body: 'What followed was what Yerevan now calls its "peace agenda", a list of steps it says any settlement must contain:\n\n1. The release of all prisoners and detainees, on an "all for all" basis.\n2. The withdrawal of Azerbaijani troops and the cessation of hostilities.\n3. Security guarantees for Armenia within a new regional architecture.',
    want: ['ARM DEMAND ceasefire []', 'ARM DEMAND humanitarian []', 'ARM DEMAND security_guarantees []', 'ARM DEMAND territory []'],
  },
  // paraphrase: a mediator's points, "must include"
  {
    body: 'The Ethiopian proposal, officials in Addis Ababa said, holds that a final settlement with Eritrea must include:\n\n1. A permanent ceasefire along the whole border.\n2. The lifting of sanctions on both countries.',
    want: ['ETH DEMAND ceasefire []', 'ETH DEMAND sanctions []'],
  },
], (c) => c.type === 'DEMAND' || c.type === 'PROPOSE');

claimCases('a numbered line after no introducer is read as a sentence of its own', [
  // (No list opened before it: the line's own cue and subject decide, no item of an earlier stance.)
  {
    body: 'Serbia and Kosovo met in Brussels on Monday.\n\n1. Kosovo rejected any new talks on the north.',
    want: ['XKX REJECT talks []'],
  },
]);
