// A plan's provisions and a party's list stated where no cue heads them (the "lists and provisions" family of own
// sets AK and AM): a relative clause on the plan ("circulated a counter-proposal over the weekend that would cap …",
// candidate/plan-relative), a list of authors after "by" ("A draft circulated by Turkey, Qatar and Egypt would …",
// candidate/provision-author-list), a fronted participle naming the authors ("Drawn up by Britain, France and
// Germany, the counter-draft sets …", discourse/fronted-authors) and a typed list noun whose copula follows an aside
// ("Their proposals, according to a document …, include …", candidate/list-noun-aside). Sentences written for this
// test, with other parties and places.
import { claimCases, assertNone } from './helpers.js';

claimCases('a relative clause on a plan states its provisions', [
  { body: 'Ankara drew up a plan which would freeze the front line.', want: ['TUR PROPOSE ceasefire []'] },
  { body: 'Armenia circulated a counter-proposal over the weekend that would lift sanctions on Azerbaijan.', want: ['ARM PROPOSE sanctions []'] },
  { body: 'Norway circulated a counter-proposal on Sunday that would free all prisoners and freeze the front line.', want: ['NOR PROPOSE humanitarian []', 'NOR PROPOSE ceasefire []'] },
  // (A relative clause with a subject of its own describes the plan: its content is no provision.)
  { body: 'Baku rejected a Russian proposal that Yerevan had accepted in March.', want: ['AZE REJECT talks []', 'RUS PROPOSE talks []', 'ARM ACCEPT talks []'] },
]);

claimCases('a list of authors after "by" is the plan\'s', [
  { body: 'A draft circulated by Turkey, Qatar and Egypt before the talks would freeze the front line.', want: ['TUR PROPOSE ceasefire []', 'QAT PROPOSE ceasefire []', 'EGY PROPOSE ceasefire []'] },
  { body: 'A text drafted by Kenya, Uganda and Ghana would exchange all prisoners of war.', want: ['KEN PROPOSE humanitarian []', 'UGA PROPOSE humanitarian []', 'GHA PROPOSE humanitarian []'] },
]);

claimCases('a fronted participle names the plan\'s authors', [
  { body: 'Drawn up by Britain, France and Germany, the counter-draft sets a peacetime cap of 800,000 on Ukraine\'s army.', want: ['GBR PROPOSE military_limits []', 'FRA PROPOSE military_limits []', 'DEU PROPOSE military_limits []'] },
  { body: 'Kenya and Ghana tabled a draft on Sunday. Put forward by Kenya and Ghana, it would exchange all prisoners.', want: ['KEN PROPOSE talks []', 'GHA PROPOSE talks []', 'KEN PROPOSE humanitarian []', 'GHA PROPOSE humanitarian []'] },
]);

// (A verb of backing names a supporter, not the plan's author; nor does a fronted phrase name one for a party's own act.)
assertNone([
  'Backed by Washington, the plan sets a peacetime cap of 800,000 on Ukraine\'s army.',
  'Pressed by Brussels, Serbia said it would not recognise Kosovo.',
], ' PROPOSE ');

claimCases('a typed list noun past an aside', [
  { body: 'South Africa sent a delegation to Kyiv. Their proposals, according to a document circulated to reporters, include a de-escalation by both sides, security guarantees for all parties and the release of prisoners of war.', want: ['ZAF PROPOSE ceasefire []', 'ZAF PROPOSE security_guarantees []', 'ZAF PROPOSE humanitarian []'] },
  { body: 'Eritrea\'s demands, according to a letter seen by Reuters, include the withdrawal of Ethiopian troops and the lifting of sanctions.', want: ['ERI DEMAND territory []', 'ERI DEMAND sanctions []'] },
]);

claimCases('a party lists its terms', [
  { body: 'Asked what those goals were, Aliyev listed the demilitarisation of Armenia and a ban on foreign troops.', want: ['AZE DEMAND military_limits []', 'AZE DEMAND security_guarantees []'] },
  { body: 'Vucic demanded that Kosovo dissolve its army. He also listed the lifting of sanctions on Serbian banks.', want: ['SRB DEMAND other []', 'SRB DEMAND sanctions []'] },
  // (A typed list noun before: its type.)
  { body: 'Asmara set out the concessions it could make. Eritrea listed the withdrawal of its troops from Tigray.', want: ['ERI OFFER other []', 'ERI OFFER territory []'] },
]);

// (A document's list names the guarantors; "them" and a colon are candidate/listed-back's.)
assertNone([
  'The guarantor states, among which the paper listed the permanent members of the UN Security Council, would act together.',
], ' DEMAND ');
