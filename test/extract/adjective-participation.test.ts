// A party's participation named by a party adjective ("any credible process would need Russian participation") is
// the party's place at the table, the talks, as "Russia's participation" is (discourse/party-participation): what a
// process is said to need of it is a demand on the talks. A part in the war ("Belarusian participation in the
// invasion") or a participation no party adjective owns ("popular participation") names no talks.
// Family from own sets AA and AN; sentences written for this test with other parties.
import { claimCases } from './helpers.js';

claimCases('a party adjective owns the participation a process needs', [
  { body: 'The Qatari minister said any credible peace process would need Israeli participation.', want: ['QAT DEMAND talks []'] },
  { body: 'Kurti said any lasting settlement would need "painful compromise" and Serbian participation.', want: ['XKX DEMAND talks []'] },
  { body: 'Pashinyan said a durable agreement would require Azerbaijani participation.', want: ['ARM DEMAND talks []'] },
]);

claimCases('a part in the war, or no party, gives no talks', [
  { body: 'Kyiv said the offensive would need Belarusian participation in the invasion.', want: [] },
  { body: 'Abiy said any durable settlement would need popular participation.', want: [] },
]);
