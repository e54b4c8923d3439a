// Diplomacy a party stays open or committed to, and keeping the sides talking, are the talks (issues.json talks
// frames): "Baku remained open to diplomacy with Yerevan" offers talks like "open to negotiations". Bare
// "diplomacy" and bare "talking" name no issue. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('open to, committed to, returning to diplomacy offers the talks', [
  { body: 'Azerbaijan remained open to diplomacy with Yerevan, its foreign minister said.', want: ['AZE OFFER talks []'] },
  { body: 'Serbia said it was committed to diplomacy with Pristina.', want: ['SRB OFFER talks []'] },
  { body: "Sudan's army is open to diplomacy, the general said.", want: ['SDN OFFER talks []'] },
]);

claimCases('keeping or getting the sides talking is the talks', [
  { body: 'Qatar is ready to help keep the two sides talking.', want: ['QAT OFFER talks []'] },
  { body: 'Norway said it was willing to get both parties talking again.', want: ['NOR OFFER talks []'] },
]);

claimCases('bare diplomacy and bare talking name no issue', [
  { body: 'Analysts see little room for diplomacy before the election in Armenia.', want: [] },
  { body: 'Trump keeps talking about tariffs on Brazil.', want: [] },
  { body: 'Serbia is ready to keep talking to reporters about the match.', want: [] },
]);
