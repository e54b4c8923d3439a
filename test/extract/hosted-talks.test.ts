// Hosting talks on a subject offers the talks, not the subject (content/hosted-talks, spec rule 9). Sentences
// written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('the agenda of hosted talks is no stance of the host', [
  { body: 'Armenia is ready to host talks on prisoners and on the safety of navigation in the Caspian Sea.', want: ['ARM OFFER talks []'] },
  { body: 'Qatar said it was ready to host a new round of talks between Israel and Hamas on hostages and on a truce.', want: ['QAT OFFER talks []'] },
  { body: 'Egypt said it would host a meeting on a ceasefire in Gaza.', want: ['EGY OFFER talks []'] },
  { body: 'Oman offered to convene a meeting on the release of the detained sailors.', want: ['OMN OFFER talks []'] },
]);

claimCases('what stays: the host\'s own acts and the talks themselves', [
  // (A second verb with its own object is the host's own offer.)
  { body: 'Oman offered to host talks and to release the detained sailors.', want: ['OMN OFFER talks []', 'OMN OFFER humanitarian []'] },
  // (A new clause after the comma keeps its own claim.)
  { body: 'Egypt said it would host a meeting in Cairo, and that Hamas must free the hostages.', want: ['EGY OFFER talks []', 'EGY PROPOSE humanitarian []'] },
  { body: 'Switzerland would host a peace summit, Berne said.', want: ['CHE OFFER talks []'] },
  // (No hosting: the subject is the party's own offer.)
  { body: 'Azerbaijan is ready to exchange prisoners with Armenia.', want: ['AZE OFFER humanitarian []'] },
  { body: 'Serbia is ready to hold talks with Kosovo.', want: ['SRB OFFER talks []'] },
]);
