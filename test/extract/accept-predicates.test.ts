// Predicates of welcome, the mirror of reject-predicate (issue 7, stance constructions: evaluations): "can only be
// welcomed", "a step in the right direction", "a good starting point", "deserves attention" accept their
// subject, held by the speaker (cue accept-predicate). A predicate in a clause that ", which" opens judges the
// antecedent, the words before the comma (content/scope), and is no part of an earlier stance's content
// (sentence/complement), for refusals too. Sentences written for this test, with parties and places other than
// the corpus's.
import { claimCases } from './helpers.js';

claimCases('a predicate of welcome accepts its subject', [
  { body: 'Vucic said the EU proposal for a new round in Brussels was a step in the right direction.', want: ['EU PROPOSE talks []', 'SRB ACCEPT talks []'] },
  { body: 'Lula said the Indonesian idea of a demilitarised zone deserves attention.', want: ['IDN PROPOSE military_limits []', 'BRA ACCEPT military_limits []'] },
  { body: 'Sybiha said the Turkish offer to host talks can only be welcomed.', want: ['TUR OFFER talks []', 'UKR ACCEPT talks []'] },
  { body: 'The Ethiopian draft is a step in the right direction, the Kenyan foreign minister said.', want: ['KEN ACCEPT talks []'] },
]);

claimCases('a judgement after ", which" is about the antecedent', [
  { body: 'Tokayev said that Turkey and Qatar have suggested hosting talks between Armenia and Azerbaijan, which "can only be welcomed".', want: ['TUR PROPOSE talks []', 'QAT PROPOSE talks []', 'KAZ ACCEPT talks []'] },
  { body: 'Baku proposed a peace treaty, which Yerevan called a good starting point.', want: ['AZE PROPOSE talks []', 'ARM ACCEPT talks []'] },
  { body: 'Hungary floated a buffer zone in Zakarpattia, which Warsaw described as a non-starter.', want: ['HUN PROPOSE territory [UA-21]', 'POL REJECT territory [UA-21]'] },
]);

claimCases('no welcome', [
  // a party's own status called irreversible is no acceptance
  { body: "Kim said the country's nuclear status was irreversible.", want: [] },
  // no party judges
  { body: 'The proposal is worth considering, analysts said.', want: [] },
]);

claimCases('a proposal found acceptable is accepted; an acceptable thing before its noun is described, not accepted', [
  // (A second predicate with no issue of its own: "ready to continue contacts" is the talks since issues.json has
  // "continue contacts", and its holder there is read as the Armenian adjective, a holder question of its own.)
  { body: 'Aliyev said Azerbaijan considers the Armenian proposals acceptable and is ready to reply in writing.', want: ['AZE ACCEPT talks []'] },
  { body: 'Vucic said Belgrade found the EU plan largely acceptable.', want: ['SRB ACCEPT talks []'] },
  { body: 'The Eritrean delegation said the African Union draft was acceptable in principle.', want: ['ERI ACCEPT talks []'] },
  // an adjective before its noun describes
  { body: 'Pashinyan said Armenia was looking for acceptable options with Baku.', want: [] },
  { body: 'The mediators hope for a mutually acceptable solution, a Qatari official said.', want: [] },
]);
