// discourse/document-by-members and discourse/documents 'byVerbs': the states named after a participle of writing a
// document ("circulated by", "drafted by", "led by") are its authors, each of them; a group's adjective in the
// phrase ("A European counter-proposal") gives way to them. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the states that wrote a document, not the group its adjective names', [
  { body: 'A European counter-proposal, circulated by Britain, France and Germany over the weekend, would cap Armenia\'s army at 50,000.', want: ['GBR PROPOSE military_limits []', 'FRA PROPOSE military_limits []', 'DEU PROPOSE military_limits []'] },
  // (Paraphrase: the states named with no group adjective, every one of a list of three.)
  { body: 'The plan drafted by Britain, France and Germany would cap Armenia\'s army at 50,000.', want: ['GBR PROPOSE military_limits []', 'FRA PROPOSE military_limits []', 'DEU PROPOSE military_limits []'] },
  // (A verb of backing names a sponsor, not the writer: the group stays.)
  { body: 'A European plan, backed by France, would cap Armenia\'s army at 50,000.', want: ['EUR PROPOSE military_limits []'] },
]);

claimCases('an initiative led by a party is its own', [
  { body: 'The African initiative, led by South Africa, called for de-escalation on both sides and the return of prisoners of war.', want: ['ZAF PROPOSE ceasefire []', 'ZAF PROPOSE humanitarian []'] },
  { body: 'The Gulf peace initiative led by Qatar would free all hostages held in Gaza.', want: ['QAT PROPOSE humanitarian []'] },
  // (No document: a delegation led by a party is read by discourse/led-group; a mission's visit proposes nothing.)
  { body: 'The mission, led by Qatar, arrived in Cairo on Monday.', want: [] },
]);
