// A goal phrase right after a noun for unspecified efforts ("all efforts aimed at resolving the crisis") is the
// noun's purpose, not a goal its speaker states (trigger/purpose-of-efforts). Sentences written for this test.
import { claimCases } from './helpers.js';

// (Quoted right after its subject, 'Muscat "remains committed to …"' is Muscat's own undertaking, as the unquoted Qatar
// case below is Qatar's: holder/subject-before-quote. Before that rule nobody held it, "remains" being read as a plural
// noun subject by holder/quoted-noun-subject, and this case expected no claim. The "talks" read of "resolving the
// crisis" that comes with it is an issue matter, not this test's: filtered out.)
claimCases('the purpose of efforts, quoted', [
  {
    body: 'The Omani foreign ministry said in a statement that Muscat "remains committed to supporting all efforts aimed at resolving the crisis and alleviating its humanitarian consequences".',
    want: ['OMN OFFER humanitarian []'],
  },
], (c) => c.issue !== 'talks');

claimCases('the purpose of efforts', [
  {
    body: 'Qatar said it remains committed to supporting all efforts aimed at ending the war in Gaza and easing its humanitarian toll.',
    // (Support one is committed to go on giving is one's own undertaking, OFFER, trigger/continued-support; own set E's
    // gold reads the same words of the UAE so.)
    want: ['QAT OFFER humanitarian []'],
  },
  // Whoever backs or proposes the efforts keeps the stance of their own verb.
  {
    body: 'Norway backs all efforts aimed at a ceasefire in Gaza.',
    want: ['NOR ACCEPT ceasefire []'],
  },
  {
    body: 'Azerbaijan proposed measures aimed at a ceasefire along the border.',
    want: ['AZE PROPOSE ceasefire []'],
  },
]);
