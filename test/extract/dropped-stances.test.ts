// Stances that trigger rules used to drop although the construction carries a real position (the "dropped" family):
// a meeting with a named party that a holder wants (trigger/want-needs-act), asking that a party do something, a
// mandative that-clause with the party as its subject (trigger/asked-that), and a need denied in the past ("did not
// need sanctions relief", trigger/negation). Sentences written for this test, with other parties and places;
// the negatives must stay dropped.
import { claimCases } from './helpers.js';

const talks = (c: { issue: string }) => c.issue === 'talks';

claimCases('a meeting with a named party that the holder wants puts the talks forward', [
  { body: 'Vucic said he wanted to meet Kosovo Prime Minister Albin Kurti in Brussels.', want: ['SRB PROPOSE talks []'] },
  { body: 'Pashinyan said he would like to meet Aliyev before the end of the year.', want: ['ARM PROPOSE talks []'] },
  { body: 'Abiy Ahmed wants to meet with Eritrean President Isaias Afwerki, his office said.', want: ['ETH PROPOSE talks []'] },
], talks);

claimCases('a meeting not wanted, with no named party, or with the speaker, puts nothing forward', [
  { body: 'Vucic said he did not want to meet Kurti in Brussels.', want: [] },
  { body: 'Aliyev wants to meet the press on Monday.', want: [] },
  { body: '"They want to meet me and I will do everything I can," Erdogan said.', want: [] },
], (c) => c.type === 'PROPOSE');

claimCases('welcoming people is still no acceptance', [
  { body: 'Pashinyan and Aliyev arrived in Washington on Friday. Trump welcomed them at the White House.', want: [] },
], (c) => c.type === 'ACCEPT');

claimCases('asking that a party do something demands it', [
  { body: 'Kurti asked that Serbia withdraw its troops from the border.', want: ['XKX DEMAND territory []'] },
  { body: 'Pashinyan asked that the United States not step back from the negotiations.', want: ['ARM DEMAND talks []'] },
], (c) => c.type === 'DEMAND');

claimCases('a that-clause with a finite verb after asking reports, it asks nothing', [
  { body: 'Pashinyan asked that Azerbaijan had withdrawn its troops.', want: [] },
  { body: 'Kurti asked whether Serbia would withdraw its troops from the border.', want: [] },
], (c) => c.type === 'DEMAND');

claimCases('a need denied, even in the past, refuses the thing', [
  { body: 'Kurti said Kosovo did not need sanctions relief to agree to the deal.', want: ['XKX REJECT sanctions []'] },
  { body: 'Pashinyan said Armenia did not need a truce.', want: ['ARM REJECT ceasefire []'] },
], (c) => c.type === 'REJECT');

claimCases('a demand or an offer denied in the past is a reported absence', [
  { body: 'Kurti did not demand sanctions relief, officials said.', want: [] },
  { body: 'Aliyev did not offer a truce.', want: [] },
]);
