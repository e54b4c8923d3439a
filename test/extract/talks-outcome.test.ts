// An agreement that talks produced is accepted by the parties at the table (candidate/talks-outcome): the parties
// named with the talks, else the pair named together just before, else the principal pair. Sentences written for
// this test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('talks that ended with an agreement: each party at the table accepts it', [
  {
    body: 'Talks between Azerbaijan and Armenia in Almaty ended on Friday with an agreement to exchange 40 detainees on each side.',
    want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'],
  },
  {
    body: 'Serbian and Kosovar negotiators met in Brussels on Monday. The talks produced an agreement in principle on the release of detained police officers.',
    want: ['SRB ACCEPT humanitarian []', 'XKX ACCEPT humanitarian []'],
  },
  // (No pair named: the negotiation's principal pair.)
  {
    body: 'The third round in Geneva resulted in a preliminary deal on a 30-day truce along the front line, officials said.',
    want: ['RUS ACCEPT ceasefire []', 'UKR ACCEPT ceasefire []'],
  },
  // (A party as the verb's subject: its own verb, not the talks' outcome.)
  { body: 'Pashinyan ended the meeting with a call for a peace treaty.', want: [] },
  // (No agreement: no claim.)
  { body: 'The talks in Istanbul ended on Friday without a breakthrough.', want: [] },
]);

// A longer gap ("after less than two hours"), a result announced ("one concrete result:"), the pair after "between"
// rather than another party named earlier, and the parties as the subject of "ended … talks … with".
claimCases('talks outcome: longer gaps and parties that ended the talks', [
  {
    body: 'The first direct talks between Armenian and Azerbaijani delegations in more than a year ended in Almaty on Friday after less than two hours with an agreement to exchange 40 detainees each.',
    want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'],
  },
  {
    body: 'France welcomed the news. The talks between Serbia and Kosovo in Brussels on Monday produced one concrete result: an agreement to release the detained police officers.',
    // (The two at the table, not the venue after them, "in Brussels"; each accepts the agreement.)
    want: ['SRB ACCEPT humanitarian []', 'XKX ACCEPT humanitarian []'],
  },
  // paraphrase: the parties are the subject, the talks the object
  {
    body: 'Sudan and South Sudan ended a second round of talks in Juba on Thursday with an agreement to exchange prisoners of war.',
    want: ['SDN ACCEPT humanitarian []', 'SSD ACCEPT humanitarian []'],
  },
  // (Ended without one: nothing.)
  { body: 'Sudan and South Sudan ended a second round of talks in Juba on Thursday without an agreement to reopen the border.', want: [] },
], (c) => c.type === 'ACCEPT' || c.type === 'OFFER');

// (Each party at the table accepts what the round produced, a mediator too: no joint proposal, claim/joint-agreement.)
claimCases('three parties at the table each accept the agreement the talks ended with', [
  { body: 'Armenia, Azerbaijan and the United States ended a second round of three-way talks in Abu Dhabi on Thursday with an agreement to exchange 30 prisoners.', want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []', 'USA ACCEPT humanitarian []'] },
]);
