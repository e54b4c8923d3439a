// holder/subject-before-quote: a quotation that opens right after its clause's subject ('the United States "will help
// restore …"') quotes the reporter's words, but the act is the subject's own: the subject holds it, not the quote's
// speaker (a statement of another party) nor nobody. A deontic stays the speaker's. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a quote opened right after its subject is the subject\'s stance (holder/subject-before-quote)', [
  { body: 'The Armenian statement adds that the European Union "will help lift the restrictions on Armenian exports to the world market".', want: ['EU OFFER sanctions []'] },
  { body: 'In the Kosovo statement, Washington "remains committed to helping achieve the release of all detainees held by both sides".', want: ['USA OFFER humanitarian []'] },
  { body: 'The Sudanese statement says that Egypt "is ready to host the next round of talks in Cairo".', want: ['EGY OFFER talks []'] },
], (c) => c.type === 'OFFER');

claimCases('not a deontic, nor a party inside the quote', [
  // a deontic is the speaker's want of the subject, not the subject's own stance
  { body: 'Azerbaijani President Ilham Aliyev said Yerevan "must withdraw its troops from the border villages".', want: ['AZE DEMAND territory []'] },
  // the quote names its own subject: read inside the quote
  { body: 'Serbian President Aleksandar Vucic told reporters in Belgrade "Serbia will never recognise Kosovo".', want: ['SRB REJECT recognition []'] },
], (c) => c.type === 'DEMAND' || c.type === 'REJECT');
