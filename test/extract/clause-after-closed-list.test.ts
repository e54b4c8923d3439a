// A list of objects closed by the "and" before its last member takes no member after a following ", and": a party
// there followed by its verb is the subject of a clause of its own (discourse/clause-after-closed-list). Sentences
// written for this test.
import { claimCases } from './helpers.js';

claimCases('a party after ", and" past a closed list of objects holds its own clause', [
  {
    body: "Belgrade could not have a veto over Kosovo's path to the EU and NATO, and Europe would continue to tighten sanctions on Serbia, the statement said.",
    want: ['EUR THREATEN sanctions []'],
  },
  {
    body: 'Yerevan signed the transit deal with Baku and Ankara, and Moscow will not accept any foreign troops on the border, Lavrov said.',
    want: ['RUS REJECT security_guarantees []'],
  },
], (c) => c.issue === 'sanctions' || c.issue === 'security_guarantees');

claimCases('without a verb after it the party stays one of the objects; an open list is not closed', [
  {
    body: 'Addis Ababa sought guarantees from the African Union and the United Nations, and from Kenya, before it would agree to a ceasefire in Tigray.',
    want: ['ETH DEMAND security_guarantees []'],
  },
  {
    body: 'Israel has rejected a truce with Hamas and Hezbollah, and Egypt said it was ready to host talks between the sides in Cairo.',
    want: ['EGY OFFER talks []'],
  },
], (c) => c.issue === 'security_guarantees' || c.issue === 'talks');
