// An agreement that the parties at the table came away with, or that was the talks' result, is accepted by each of
// them (candidate/talks-result), as one the talks "ended with" is (candidate/talks-outcome). Sentences written for
// this test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('parties that came away, walked away or emerged with an agreement each accept it', [
  {
    body: 'Armenian and Azerbaijani delegations met face to face in Almaty on Friday for the first time in a year, and came away with one concrete result: an agreement to exchange 40 detainees each.',
    want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'],
  },
  // (A gap of time before "with"; the venue, "in Brussels", is not at the table.)
  {
    body: 'Serbian and Kosovar negotiators sat across a table in Brussels on Monday and walked away less than two hours later with an agreement to release the detained police officers.',
    want: ['SRB ACCEPT humanitarian []', 'XKX ACCEPT humanitarian []'],
  },
  // paraphrase: "emerged with", no particle
  {
    body: 'Ethiopia and Eritrea emerged from two days of talks in Jeddah with a deal on a 30-day truce along the border.',
    want: ['ERI ACCEPT ceasefire []', 'ETH ACCEPT ceasefire []'],
  },
  // (Nothing agreed: no claim.)
  { body: 'Ethiopian and Eritrean envoys came away empty-handed from the talks in Nairobi.', want: [] },
  // (One party alone as the subject: not the table's outcome.)
  { body: 'Armenia and Azerbaijan met in Moscow on Monday. Pashinyan came away with a deal of his own.', want: [] },
], (c) => c.type === 'ACCEPT' || c.type === 'OFFER');

claimCases('an agreement that was the talks\' result or outcome: each party at the table accepts it', [
  {
    body: 'Delegations of Sudan and South Sudan met for two days in Juba. The only concrete result was an agreement to exchange prisoners of war, announced by the AU envoy.',
    want: ['SDN ACCEPT humanitarian []', 'SSD ACCEPT humanitarian []'],
  },
  // paraphrase: "outcome … of the talks"
  {
    body: 'Armenian and Azerbaijani negotiators spent a week in Geneva. The main outcome of the talks was a deal to exchange 30 detainees.',
    want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'],
  },
  // (A result that is no agreement: nothing.)
  { body: 'Serbia and Kosovo met again in Brussels. The result of the talks was a stalemate.', want: [] },
], (c) => c.type === 'ACCEPT' || c.type === 'OFFER');
