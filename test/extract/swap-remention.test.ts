// A verb of swapping right before a humanitarian term makes its noun a re-mention head of that issue
// (discourse/issue-remention swapVerbs): "agreed to swap 12 detainees … offered to host the swap". An exchange of
// anything else stays no swap of people. Sentences written for this test, on disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('the exchange or swap re-mentions a swap of people named before', [
  { body: 'Baku and Yerevan agreed to swap 12 detainees. Georgia offered to host the swap.', want: ['GEO OFFER humanitarian []'] },
  { body: 'Israel and Hamas agreed on Sunday to exchange 30 hostages for 90 prisoners. Egypt offered to host the exchange.', want: ['EGY OFFER humanitarian []'] },
], (c) => c.type === 'OFFER');

claimCases('an exchange of views is no swap of people', [
  { body: 'The two sides held an exchange of views on Monday. Serbia said it would welcome the exchange.', want: [] },
], (c) => c.issue === 'humanitarian');
