// A statement after "according to" or "in" reports what its clause's own subject did: that subject, with every party
// coordinated with it, holds the stance (holder/reported-by-statement); a plan's provision stays its authors'
// (holder/under-document). Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a statement reports its clause subject\'s stance', [
  {
    body: 'According to statements released by the Kremlin, Russia and Azerbaijan also agreed to develop measures for implementing the truce.',
    want: ['RUS ACCEPT ceasefire []', 'AZE ACCEPT ceasefire []'],
  },
  { body: 'According to a statement from Belgrade, Serbia will not recognise Kosovo.', want: ['SRB REJECT recognition []'] },
  // (A plan's provision is still its authors' proposal.)
  { body: 'According to the Turkish plan, Armenia would withdraw its troops from the border villages.', want: ['TUR PROPOSE territory []'] },
]);

// ("In the Armenian statement, Washington …": a statement of one party may report what another, its clause's subject,
// said or pledged; that subject holds it, not the statement's authors.)
claimCases('a statement after "in" reports its clause subject\'s stance', [
  { body: 'In the Armenian statement, Washington went further, saying it would help lift the sanctions on Armenian exports.', want: ['USA OFFER sanctions []'] },
  { body: 'In the Kosovo statement, the European Union said it remained committed to helping achieve the release of all detainees.', want: ['EU OFFER humanitarian []'] },
  { body: 'In the Sudanese statement, Egypt said it was ready to host the next round of talks in Cairo.', want: ['EGY OFFER talks []'] },
]);

// (A plan's provision after "in" is still its authors' proposal, whoever its clause's subject is.)
claimCases('a plan after "in" provides for its clause: its authors propose it', [
  { body: 'In the Turkish plan, Armenia would withdraw its troops from the border villages.', want: ['TUR PROPOSE territory []'] },
], (c) => c.type === 'PROPOSE');
