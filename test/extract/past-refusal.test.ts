// trigger/past-refusal: a negated answer in the past ("did not accept", "had not agreed to") to something put to the
// party is a refusal reported, not the absence of a stance; "has not agreed", "not yet", questions and conditions stay
// no claim. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a negated past answer to a proposal is a refusal (trigger/past-refusal)', [
  { body: 'Armenia proposed a ceasefire along the whole border. The Azerbaijani delegation did not accept it.', want: ['AZE REJECT ceasefire []'] },
  { body: 'Sudan\'s foreign minister said Khartoum had not agreed to any easing of sanctions on the militia\'s backers.', want: ['SDN REJECT sanctions []'] },
  { body: 'Eritrea did not accept the proposal for a ceasefire along the border, officials in Asmara said.', want: ['ERI REJECT ceasefire []'] },
  { body: 'Pristina said Serbia had not agreed to the exchange of prisoners proposed by the EU.', want: ['SRB REJECT humanitarian []'] },
], (c) => c.type === 'REJECT');

claimCases('no refusal: a pending answer, a question, a condition, or an agreement not reached', [
  // pending: present perfect and "yet"
  { body: 'Azerbaijan has not agreed to the ceasefire proposed by Armenia.', want: [] },
  { body: 'Serbia had not agreed to the exchange of prisoners yet, officials said.', want: [] },
  // a question
  { body: 'Why did Eritrea not accept the ceasefire proposal?', want: [] },
  // a condition
  { body: 'Aliyev said he was ready to meet Pashinyan even if Armenia did not agree to a ceasefire first.', want: [] },
  // "agree on": the two sides reached no agreement, no one refused
  { body: 'Israel and Hamas did not agree on a ceasefire in Cairo.', want: [] },
], (c) => c.type === 'REJECT');
