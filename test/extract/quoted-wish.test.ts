// A wish whose object opens with a quote mark ('wanted "a full and unconditional ceasefire"', 'needs "legally
// binding security guarantees"') reads its object as the unquoted one does: the mark is not one of the five words
// in which trigger/want-needs-act looks for an issue (wanted-act.ts wantedFrom). A contrast of wishes ("wanted not
// negotiations but a pause") asks nothing of anyone. Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('quoted wish', [
  { body: 'Zelensky said Ukraine wanted "a full and unconditional ceasefire".', want: ['UKR DEMAND ceasefire []'] },
  { body: 'Pashinyan said Armenia needed "legally binding security guarantees" from its partners.', want: ['ARM DEMAND security_guarantees []'] },
  { body: 'Israel wants "the complete disarmament of Hezbollah" south of the Litani, Netanyahu said.', want: ['ISR DEMAND military_limits []'] },
  { body: 'Khartoum said it wanted "an immediate and unconditional ceasefire across the country".', want: ['SDN DEMAND ceasefire []'] },
  // Negatives: a contrast of wishes, quoted or not; a quoted wish with no issue.
  { body: 'Podolyak wrote that Russia wanted "not negotiations but a pause".', want: [] },
  { body: 'Kurti said Serbia wanted not dialogue but a frozen conflict.', want: [] },
  { body: 'Aliyev said Azerbaijan wanted "good neighbourly relations with everyone".', want: [] },
]);
