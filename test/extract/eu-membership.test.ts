// discourse/eu-membership: joining the European Union is no NATO membership, neutrality or NATO expansion (spec §2),
// so a stance on it alone is issue other; the other side's not objecting to it, and an item naming NATO or neutrality
// as well, stay the alliance. Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('EU membership, its path and the steps of accession are issue other', [
  { body: 'Armenia wants to join the European Union within ten years, its prime minister said.', want: ['ARM DEMAND other []'] },
  { body: 'Baku demanded that Yerevan give up its path to the European Union.', want: ['AZE DEMAND other []'] },
  { body: 'EU leaders agreed on Thursday to open accession negotiations with Moldova.', want: ['EU OFFER other []'] },
  { body: 'Budapest said it would not support opening a single negotiating cluster with Georgia.', want: ['HUN REJECT other []'] },
  { body: 'Chisinau demanded candidate status by the end of the year.', want: ['MDA DEMAND other []'] },
  // (The Union named right after a membership term, past a preposition: "membership | in the EU".)
  { body: 'Moldova demanded a clear path to membership in the EU.', want: ['MDA DEMAND other []'] },
  { body: 'Georgia demanded membership in NATO by December.', want: ['GEO DEMAND alliance []'] },
]);

claimCases('the other side not objecting to it stays the alliance', [
  { body: 'Belgrade would not object to Kosovo joining the European Union, the Serbian president said.', want: ['SRB ACCEPT alliance []'] },
]);

claimCases('an item naming NATO or neutrality as well stays the alliance', [
  { body: "Tbilisi said Moscow could have no veto over Georgia's path to the EU and NATO.", want: ['GEO REJECT alliance []'] },
  { body: 'Moldova offered to stay neutral while keeping its right to join the European Union.', want: ['MDA OFFER alliance []'] },
  { body: 'Finland demanded that Georgia be allowed to join NATO.', want: ['FIN DEMAND alliance []'] },
]);
