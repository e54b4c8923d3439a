// A modal and a step of the settlement whose object opens with "no" (candidate/modal-negative-object, rules.json
// 'verbs'): "India will hold no talks with Pakistan" refuses the talks as "will not hold any talks" does.
// Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a modal step with a negative object is a refusal', [
  { body: 'India will hold no dialogue with Pakistan, Jaishankar said.', want: ['IND REJECT talks []'] },
  { body: '"We will hold no dialogue with Islamabad until the camps across the border are shut," Jaishankar said.', want: ['IND REJECT talks []'] },
  { body: 'Belgrade would allow no foreign troops in northern Kosovo, Vucic said.', want: ['SRB REJECT security_guarantees []'] },
  { body: 'Kyiv will hold no elections while martial law is in force, Zelensky said.', want: ['UKR REJECT governance []'] },
  { body: 'Seoul will lift no sanctions on Pyongyang before the missile tests stop, the unification ministry said.', want: ['KOR REJECT sanctions []'] },
], (c) => c.type === 'REJECT');

claimCases('no refusal: an idiom of effort or need, or no step of the settlement', [
  { body: 'Israel will spare no effort to reach a ceasefire, Netanyahu said.', want: [] },
  { body: 'Russia will have no choice but to respond, Peskov said.', want: [] },
  { body: 'Ukraine would make no difference to the talks, Peskov said.', want: [] },
], (c) => c.type === 'REJECT');
