// Inside a quote, a plural noun subject that names no party holds the stance, so no party does
// (holder/quoted-noun-subject); an adverb in -s between the subject and the cue ("always", "sometimes",
// "perhaps") is skipped like the others, not read as that plural noun. Sentences written for these tests.
import { claimCases } from './helpers.js';

claimCases('quoted subject adverbs', [
  { body: '"We are a peaceful nation. We have always supported the continuation of dialogue," Aliyev said.', want: ['AZE ACCEPT talks []'] },
  { body: '"Our country has always rejected any partition of Kosovo," Vucic said.', want: ['SRB REJECT territory []'] },
  { body: '"We have perhaps never opposed a ceasefire in Gaza," Netanyahu said.', want: ['ISR OFFER ceasefire []'] }, // (a refusal negated: an offer, trigger/negation)
  // Negatives: a plural noun subject naming no party, with or without the adverb.
  { body: '"Many countries have always supported the continuation of dialogue," Aliyev said.', want: [] },
  { body: '"Today, 26 countries have officially committed to send troops," Macron said.', want: [] },
]);
