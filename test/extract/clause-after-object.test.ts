// A party after ", and" whose verb follows it opens a clause of its own when the party before the comma is an object
// (discourse/clause-after-object), so the two are no pair; a bare "both delegations" or "the two countries" after
// exactly two parties that are no object in its sentence is those two, and in a sentence of meeting that pair is the
// one at the table for the mentions after it (discourse/both-sides). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('the pair at the table is the two parties that are no object', [
  {
    body: 'Armenia said on Tuesday it was ready to accept a proposal for a ceasefire with Azerbaijan, and the European Union agreed to resume its aid, after talks between the two sides in Brussels. The Armenian delegation also raised the release of prisoners. Both delegations agreed to name their negotiating teams.',
    want: ['ARM ACCEPT ceasefire []', 'ARM ACCEPT talks []', 'EU ACCEPT talks []'],
  },
], (c) => c.issue === 'talks' || c.issue === 'ceasefire');

claimCases('three parties named together: "both delegations" is not the envoy who reports them', [
  {
    body: 'The deal was agreed at trilateral talks between Armenia, Azerbaijan and the United States in Washington, and the US envoy said both delegations had also agreed to continue talks next month.',
    want: [],
  },
], (c) => c.actor === 'USA' && c.issue === 'talks');
