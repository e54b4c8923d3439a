// A statement after "according to" reports what its clause's own subject did: that subject, with every party
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
