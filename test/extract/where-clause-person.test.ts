// discourse/where-clause-subject for a person: the "he" of a "where" clause set in after a fronted participle or
// place is the person named as the sentence's subject after the clause, not the person of the sentence before; the
// "he said" after the next quote then follows the right speaker. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a "he" in a fronted where-clause is the subject after it', [
  { body: 'Vucic, who first proposed the direct talks last Sunday, did not travel to Brussels.\nSpeaking in Tirana, where he attended a summit, Kurti said on Friday that Kosovo was ready for talks. "If the Serbian delegation does not agree to a ceasefire, we need strong sanctions," he said.', want: ['SRB PROPOSE talks []', 'XKX OFFER talks []', 'XKX DEMAND sanctions []'] },
  // (Paraphrase: a fronted place instead of the participle.)
  { body: 'Aliyev, who first proposed the direct talks last Sunday, did not travel to Granada.\nIn Brussels, where he attended a summit, Pashinyan said on Friday that Armenia was ready for talks. "If the Azerbaijani delegation does not agree to a ceasefire, we need strong sanctions," he said.', want: ['AZE PROPOSE talks []', 'ARM OFFER talks []', 'ARM DEMAND sanctions []'] },
  // (A plain sentence is unchanged.)
  { body: 'Vucic said Serbia would not recognise Kosovo.', want: ['SRB REJECT recognition []'] },
]);
