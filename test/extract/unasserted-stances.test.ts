// Stances a sentence names but nobody takes (issue 7, precision): a stance after "without", an observer's guess
// ("concerns that …", "the findings suggest …"), a move said not to be an offer or a proposal (the speaker refuses
// it), and a threat whose condition is that no agreement comes about (a failure feared, no demand). Sentences
// written for this test, with other parties and places than the corpora; each family with cases that must keep
// their claims.
import { claimCases } from './helpers.js';

claimCases('a stance after "without" is not taken', [
  { body: 'Armenia and Azerbaijan ended the Washington round without agreeing to a ceasefire.', want: [] },
  { body: 'Israeli and Hamas envoys ended the Cairo round without accepting the Egyptian truce proposal.', want: [] },
  // (The gerund's own subject between them: a party the lexicon knows, or any name.)
  { body: "The talks in Geneva ended without Serbia agreeing to recognise Kosovo's passports.", want: [] },
  { body: 'The round in Doha closed without the Kremlin accepting the 30-day truce.', want: [] },
  { body: 'Israel resumed its strikes without Hamas offering to release the hostages.', want: [] },
  // (A stance taken without delay is still taken.)
  // (One party agreeing to an act of its own offers it, claim/own-act-agreed.)
  { body: "Serbia agreed to recognise Kosovo's passports without delay.", want: ['SRB OFFER recognition []'] },
  // (A stance taken without conditions is still taken.)
  { body: 'Serbia accepted the EU proposal for new talks without conditions, the foreign minister said.', want: ['SRB ACCEPT talks []', 'EU PROPOSE talks []'] },
]);

claimCases('an observer\'s guess about a party is no stance of the party', [
  { body: 'There are growing concerns in the West that Pyongyang might provide military support for Russia.', want: [] },
  { body: 'Diplomats voiced concern that Azerbaijan could reject a ceasefire.', want: [] },
  { body: 'There was speculation in Belgrade that Serbia would recognise Kosovo under the EU plan.', want: [] },
  { body: 'The findings suggest Khartoum would only agree to a truce if the RSF left Omdurman, the analysts wrote.', want: [] },
  // (The guess covers its own clause: the main clause after it is the party's own.)
  { body: 'Amid concerns that the talks could stall, Armenia offered to hold a new round in Geneva.', want: ['ARM OFFER talks []'] },
]);

claimCases('a move said not to be an offer or a proposal is refused by the speaker', [
  { body: 'Seoul said it does not see the North\'s latest message as a genuine offer to resume talks.', want: ['KOR REJECT talks []'] },
  { body: 'The Serbian foreign minister said Belgrade did not regard the Kosovo memorandum as a serious proposal.', want: ['SRB REJECT talks []', 'XKX PROPOSE talks []'] },
  { body: '"This is not a peace plan," the Armenian prime minister said of the Azerbaijani text.', want: ['ARM REJECT talks []'] },
  // (An offer regarded as one is still offered.)
  { body: 'Moldova offered to host a new round of talks in Chisinau.', want: ['MDA OFFER talks []'] },
]);

claimCases('a threat whose condition is that no agreement comes about demands nothing', [
  { body: 'If there is no agreement on a ceasefire by spring, Azerbaijan will resume its offensive, a Baku official said.', want: ['AZE THREATEN ceasefire []'] },
  { body: '"If we and Hamas cannot reach a ceasefire deal by Friday, we will resume our strikes on Rafah," the Israeli defence minister said.', want: ['ISR THREATEN ceasefire []'] },
  // (Another party's own act in the condition stays what the threatener demands.)
  { body: 'North Korea will resume its missile tests if Seoul does not make a deal on the joint drills, Pyongyang said.', want: ['PRK THREATEN military_limits []', 'PRK DEMAND other []'] }, // (missile tests are weapons: military limits, issues.json)
  { body: 'Azerbaijan will resume its offensive unless Armenia stops shelling its positions, Aliyev said.', want: ['AZE THREATEN ceasefire []', 'AZE DEMAND ceasefire []'] },
]);

claimCases('a question about a party\'s stance asserts none', [
  { body: 'Umerov inquired about Russia\'s readiness to present its conditions for ceasing hostilities.', want: [] },
  { body: 'The Armenian envoy asked about Azerbaijan\'s willingness to sign the peace treaty.', want: [] },
  { body: 'Baku spoke about its readiness to sign the peace treaty.', want: ['AZE OFFER talks []'] },
  { body: 'Yerevan asked about the timetable, and Aliyev reaffirmed Azerbaijan\'s readiness to sign the peace treaty.', want: ['AZE OFFER talks []'] },
]);

claimCases('a stance forecast with "be likely/expected to" is not taken (trigger/forecast)', [
  { body: 'Observers say Venezuela is likely to demand direct talks with Guyana at the summit.', want: [] },
  { body: 'Moscow is widely expected to reject the plan when the envoys meet on Friday.', want: [] },
  { body: 'Budapest was highly unlikely to accept the new sanctions package, diplomats said.', want: [] },
  // (A party's own stance, stated, with no forecast: kept.)
  { body: 'Venezuela demanded direct talks with Guyana at the summit.', want: ['VEN DEMAND talks []'] },
]);
