// A definite role ("the prime minister", "the president") that no mention in the text carries refers back to the
// last person named whose office in the lexicon (people.json 'role') is that role (discourse/known-office): news names
// a leader without a title and calls them by the office later. Not a vice president or a deputy for "the president",
// and nobody when two parties' holders of the office are named. Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a role refers back to the person whose known office it is', [
  { body: 'Albin Kurti met foreign ambassadors in Pristina on Thursday. "Belgrade has to recognise our passports first," the prime minister said afterwards.', want: ['XKX DEMAND recognition []'] },
  { body: 'Aleksandar Vucic spoke to reporters in Belgrade on Monday. The president said Serbia would never recognise Kosovo.', want: ['SRB REJECT recognition []'] },
  { body: 'Ilham Aliyev received the EU envoy in Baku on Monday. The president demanded that Armenia change its constitution.', want: ['AZE DEMAND governance []'] },
  { body: 'Benjamin Netanyahu opened the cabinet meeting on Sunday. The prime minister ruled out a ceasefire while the hostages remain in Gaza.', want: ['ISR REJECT ceasefire []'] },
  { body: 'Abiy Ahmed addressed parliament in Addis Ababa. Afterwards the prime minister called for a ceasefire in Tigray.', want: ['ETH DEMAND ceasefire []'] },
  // (A vice president is not "the president": Vucic is.)
  { body: 'JD Vance and Aleksandar Vucic met in Munich on Friday. The president called for new sanctions on Kosovo.', want: ['SRB DEMAND sanctions []'] },
]);

claimCases('no known office, another office, or two parties holding it', [
  // (Two presidents of two parties: the role is ambiguous.)
  { body: 'Ilham Aliyev and Aleksandar Vucic met in Baku on Tuesday. The president called for new sanctions.', want: [] },
  // (A prime minister is not "the president".)
  { body: 'Nikol Pashinyan flew to Brussels on Monday. The president called for an immediate ceasefire.', want: [] },
]);
