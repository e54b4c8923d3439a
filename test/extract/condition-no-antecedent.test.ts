// A condition clause that names no issue of its own ("if Yerevan rejected it") is no stance a later "the proposal",
// "the offer" or "it" of another party refers back to (content/condition-no-antecedent): the judgement is of the terms
// set out before it. Sentences written for this test, with other parties and places than the corpus.
import { claimCases } from './helpers.js';

const judgements = (c: { type: string; actor: string }) => c.type === 'REJECT';

claimCases('a judged proposal refers back past a bare condition to the terms', [
  { body: 'On Friday, Aliyev said Azerbaijan would sign a peace treaty if Armenia removed its territorial claims from its constitution and dropped its bid to host foreign troops. He warned that if Yerevan rejected it, the terms would be harder next time. Pashinyan called the proposal an "ultimatum".', want: ['ARM REJECT talks []'] },
  { body: 'On Monday, Vucic said Serbia would recognise Kosovo passports if Pristina set up the association of Serb municipalities and disbanded its special police units in the north. He warned that if Pristina rejected it, the terms would be harder next time. Kurti called the offer "blackmail".', want: ['XKX REJECT talks []'] },
  { body: 'On Thursday, Kurti said Pristina would hold local elections in the north if Belgrade recognised Kosovo passports and withdrew its troops from the border. He warned that if Belgrade rejected it, the terms would change. Vucic called the proposal "propaganda".', want: ['SRB REJECT talks []'] },
], judgements);

claimCases('a condition that names an issue stays the antecedent; nothing judged, nothing refused', [
  // (The condition is the substance asked: it remains what "the demand" refers to.)
  { body: 'On Friday, Aliyev said Azerbaijan would sign a peace treaty only if Armenia withdrew its troops from the border villages. Pashinyan rejected the demand.', want: ['ARM REJECT territory []'] },
  // (No judgement at all: the bare condition yields no refusal of anyone.)
  { body: 'On Friday, Aliyev said Azerbaijan would sign a peace treaty if Armenia removed its territorial claims from its constitution. He warned that if Yerevan rejected it, the terms would be harder next time.', want: [] },
], judgements);
