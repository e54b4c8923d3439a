// Not considering, contemplating or entertaining something rules it out (cues.json not-consider); a negated verb of
// regarding with two objects is a judgement, no refusal (trigger/considered-object). Issue 7: stance constructions.
// Sentences written for these tests, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('not considering something rules it out', [
  { body: 'Ukraine has never considered giving up Kharkiv, the minister said.', want: ['UKR REJECT territory [UA-63]'] },
  { body: 'Taipei does not contemplate unification talks with Beijing.', want: ['TWN REJECT talks []'] },
  { body: 'Belgrade did not even entertain the idea of recognising Pristina.', want: ['SRB REJECT recognition []'] },
]);

claimCases('a negated judgement is no refusal', [
  { body: 'The Russian ministry said it did not consider the strike a violation of the truce.', want: [] },
  { body: 'Armenia does not consider the border incident a provocation.', want: [] },
]);
