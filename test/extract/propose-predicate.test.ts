// Predicates that recommend an arrangement still to come (cue propose-predicate): "a lasting truce is in
// everyone's interest", "a partial ceasefire would be a very good beginning" put it forward, held by the speaker
// (holder/predicate-speaker); a speech participle after "by" is said by the subject before it ("opened the talks
// by telling both sides that …"), not by those told. Sentences written for this test, with parties and places
// other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a predicate of recommendation proposes its subject', [
  { body: 'Ramaphosa said an exchange of all prisoners would be a good first step.', want: ['ZAF PROPOSE humanitarian []'] },
  { body: 'Orban said a ceasefire in Sudan is in everyone\'s interest.', want: ['HUN PROPOSE ceasefire []'] },
  { body: 'Lula said that talks in Brasilia would be in the interest of both sides.', want: ['BRA PROPOSE talks []'] },
  { body: 'Armenian and Azerbaijani delegations met after Tokayev opened the session by telling both sides that a truce along the border would be a very good beginning.', want: ['KAZ PROPOSE ceasefire []'] },
]);

claimCases('no proposal', [
  // no speaker
  { body: 'A truce would be a good start, analysts say.', want: [] },
  // no issue
  { body: 'Vucic said peace is in everyone\'s interest.', want: [] },
  // a judgement of what happened, not a recommendation
  { body: 'Pashinyan said the talks in Abu Dhabi were a good start.', want: [] },
], (c) => c.type === 'PROPOSE');
