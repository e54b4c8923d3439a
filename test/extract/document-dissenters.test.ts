// Parties that stayed out of a document are not its authors (discourse/document-dissenters): "Armenia and Georgia
// declined to sign the communique. '…,' the leaders said in the joint statement" — the leaders who speak in the
// statement are its signatories. And a dateline with the country in brackets before a colon ("ASTANA
// (Kazakhstan), March 3: …") names no party (discourse/dateline). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('dissenters are not the authors of the statement', [
  {
    body: 'More than 40 states signed the declaration on Sunday, while Armenia, Georgia and Kazakhstan among others declined to sign the final document. "We believe that peace requires dialogue between all parties," the leaders said in the joint statement.',
    want: ['ARM REJECT talks []', 'GEO REJECT talks []', 'KAZ REJECT talks []'],
  },
  {
    body: 'Armenia, Georgia and Kazakhstan declined to sign the declaration. They said in a statement that all prisoners of war must be released.',
    want: [],
  },
  {
    // (Choosing not to associate oneself with the final document refuses it, like declining to sign it above.)
    body: 'Serbia and Hungary chose not to associate themselves with the final document. The participants said in the communique that all hostages must be released.',
    want: ['SRB REJECT talks []', 'HUN REJECT talks []'],
  },
  // Outside the document the group is referred back to as usual.
  {
    body: 'Armenia, Georgia and Kazakhstan declined to sign the declaration. They said the text must be rewritten before any talks.',
    want: ['ARM PROPOSE talks []', 'GEO PROPOSE talks []', 'KAZ PROPOSE talks []'],
  },
  // A group that did not stay out of anything speaks in its statement.
  {
    body: 'Armenia, Georgia and Kazakhstan met in Astana on Monday. The leaders said in the joint statement that all prisoners of war must be released.',
    want: ['ARM PROPOSE humanitarian []', 'GEO PROPOSE humanitarian []', 'KAZ PROPOSE humanitarian []'],
  },
]);

claimCases('a dateline with its country in brackets', [
  {
    body: 'ASTANA (Kazakhstan), March 3: More than 30 states endorsing a joint declaration that calls for the release of all prisoners of war.',
    want: [],
  },
  // The country named again in the text speaks.
  {
    body: 'ASTANA (Kazakhstan), March 3: The summit ended on Sunday. Kazakhstan called for the release of all prisoners of war.',
    want: ['KAZ PROPOSE humanitarian []'],
  },
]);
