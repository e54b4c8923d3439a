// A party a settlement cannot do without, in the other wordings of "without" (discourse/party-taken-in): a verb of
// talking and its preposition ("without talking to Eritrea"), a noun of taking part and "of" ("without the
// involvement of both parties"), a passive of being taken in after the party ("without Kosovo being included"), and a
// process judged unthinkable without a party ("a peace process without Armenia was inconceivable",
// candidate/not-without 'judgedNouns', 'judgements'). Each is the party's place at the table: DEMAND talks, as
// discourse/party-required reads "without involving Azerbaijan". Sentences written for this test, with parties and
// places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a party a settlement cannot do without, talked to, taken part or taken in', [
  { body: '"No one will make peace in the Horn without talking to Eritrea," the Kenyan president said.', want: ['KEN DEMAND talks []'] },
  { body: 'The Qatari prime minister said there would be no settlement in Gaza without negotiating directly with Hamas.', want: ['QAT DEMAND talks []'] },
  { body: 'The Swiss foreign minister said peace in the Caucasus could not be reached without the involvement of both parties.', want: ['CHE DEMAND talks []'] },
  { body: 'Lasting peace in the Balkans cannot be won without Kosovo being included at some point, the Austrian chancellor said.', want: ['AUT DEMAND talks []'] },
  { body: 'The French president said no deal on the Nile dam would work without Ethiopia having been consulted.', want: ['FRA DEMAND talks []'] },
]);

claimCases('a process judged unthinkable without a party', [
  { body: 'The Swiss president said a peace process without Armenia was "inconceivable".', want: ['CHE DEMAND talks []'] },
  { body: 'Any settlement on Kosovo reached without Serbia would be "inconceivable", the Hungarian prime minister said.', want: ['HUN DEMAND talks []'] },
]);

claimCases('no party taken in: no negation, talk about an issue, an act of the party, a war', [
  { body: 'The Kenyan delegation left Nairobi without talking to Eritrea, the foreign ministry said.', want: [] },
  { body: 'Peace in the Caucasus cannot be reached without talking to Azerbaijan about the border villages, the French president said.', want: [] },
  { body: 'Peace in the Balkans cannot be won without Serbia being defeated, the commentator wrote.', want: [] },
  { body: 'The war could not have been fought without the involvement of Belarus in the invasion, the Polish president said.', want: [] },
]);
