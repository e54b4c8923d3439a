// A thing denied to be a (real, serious) peace proposal is refused by its judge (cue not-a-proposal, talks when the
// subject names no issue); "not a realistic outcome/prospect/goal" refuses its subject (cue reject-predicate). Only
// as the predicate of a copula (trigger/attributive-predicate). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('an offer denied to be a peace proposal is refused', [
  { body: 'Pashinyan said the Azerbaijani offer was "not a peace proposal" but a demand for more land.', want: ['ARM REJECT talks []'] },
  { body: 'Aliyev said the Armenian draft was not a serious peace plan.', want: ['AZE REJECT talks []'] },
  // paraphrase: the judge after the clause, a pronoun subject referring back to a plan
  { body: 'Hamas put forward a truce plan on Monday. It is not a serious proposal, the Israeli foreign minister said.', want: ['ISR REJECT talks []'] },
], (c) => c.type === 'REJECT');

claimCases('an issue denied to be a realistic outcome is refused', [
  { body: 'The Serbian defence minister told allies that membership of NATO for Kosovo was not a realistic outcome of the dialogue.', want: ['SRB REJECT alliance []'] },
  { body: 'Addis Ababa said Eritrean troops staying in Tigray was not a realistic prospect.', want: [] },
], (c) => c.issue === 'alliance');

claimCases('no copula, no refusal', [
  // "not a peace plan" as an apposition or an object judges nothing
  { body: 'The envoy said he had brought back from Khartoum "not a peace plan, but a door that is a little less closed".', want: [] },
  { body: 'The Sudanese paper is a statement of principles, not a peace plan, a researcher said.', want: [] },
], (c) => c.type === 'REJECT');
