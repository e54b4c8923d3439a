// A list of a stance's items that an alternative interrupts ("…, start talks from the line of contact rather than from a
// withdrawal, and use frozen assets …") goes on after the alternative's comma: the next items are the stance's too
// (content/list-after-alternative). The alternative itself is in no item (content/contrast-alternative), and a comment or
// a clause of its own after the comma is no item. Sentences written for this test, with other parties and places than
// the corpus's.
import { claimCases } from './helpers.js';

claimCases('the list goes on after "rather than …,"', [
  // A plan's verb phrases: the item after the alternative is a provision too.
  {
    body: 'A Nordic draft circulated by Norway and Finland would cap Serbia\'s forces in the north at 2,000, start territorial negotiations from the current administrative line rather than from the 1999 boundary, and lift sanctions on Belgrade once the deal is signed.',
    want: ['NOR PROPOSE military_limits []', 'FIN PROPOSE military_limits []', 'NOR PROPOSE territory []', 'FIN PROPOSE territory []', 'NOR PROPOSE sanctions []', 'FIN PROPOSE sanctions []'],
  },
  // paraphrase: a demand of noun phrases, "instead of"
  {
    body: 'Azerbaijan demanded a comprehensive peace treaty instead of a temporary truce, and the release of all Azerbaijani prisoners held in Armenia.',
    want: ['AZE DEMAND humanitarian []', 'AZE DEMAND talks []'],
  },
  // paraphrase: an offer, a list of verbs without "and" after the alternative
  {
    body: 'Ethiopia offered to withdraw its troops from the border towns, hold talks in Nairobi rather than in Addis Ababa, release the detained Eritrean sailors and reopen the crossings.',
    want: ['ETH OFFER humanitarian []', 'ETH OFFER talks []', 'ETH OFFER territory []'],
  },
], (c) => c.type === 'PROPOSE' || c.type === 'DEMAND' || c.type === 'OFFER');

claimCases('no next item after the alternative\'s comma', [
  // (A comment on the act set off by the comma: no item of the stance.)
  {
    body: 'Israel said the best way forward was a permanent ceasefire rather than a pause, a striking shift that came hours after the talks in Cairo ended without sanctions relief.',
    want: ['ISR PROPOSE ceasefire []'],
  },
  // (A clause of its own: the speaker's second predicate is no item.)
  {
    body: 'Kosovo wants a peace treaty rather than a truce, and said on Monday that sanctions on Serbia should stay.',
    want: ['XKX DEMAND sanctions []', 'XKX PROPOSE talks []'],
  },
], (c) => c.type === 'PROPOSE' || c.type === 'DEMAND' || c.type === 'OFFER');

claimCases('a that-clause list goes on after the alternative\'s comma with the next "that"', [
  {
    body: 'Egypt proposed that the talks start from the current line rather than from a withdrawal, that sanctions on Eritrea be lifted in stages, and that all prisoners be exchanged.',
    want: ['EGY PROPOSE territory []', 'EGY PROPOSE sanctions []', 'EGY PROPOSE humanitarian []'],
  },
  {
    body: 'Baku demanded that Armenia withdraw its troops from Karabakh rather than from a few villages, that all Azerbaijani prisoners be released, and that sanctions on Baku be lifted.',
    want: ['AZE DEMAND territory []', 'AZE DEMAND humanitarian []', 'AZE DEMAND sanctions []'],
  },
], (c) => c.type === 'PROPOSE' || c.type === 'DEMAND' || c.type === 'OFFER');

claimCases('a "that" after a stance whose content is no that-clause opens no item', [
  {
    body: 'Kosovo wants a peace treaty rather than a truce, that much was clear on Monday.',
    want: ['XKX PROPOSE talks []'],
  },
], (c) => c.type === 'PROPOSE' || c.type === 'DEMAND' || c.type === 'OFFER');
