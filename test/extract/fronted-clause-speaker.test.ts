// The speaker of a deontic or of a clause reported is the subject of the verb of saying, not a party inside a
// subordinate clause fronted before the main clause ("After EU envoys met Aliyev in Baku, Azerbaijan's foreign
// minister said …": the envoys met, the minister speaks; holder/fronted-clause-speaker). Sentences written for this
// test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('a party in a fronted subordinate clause does not speak the main clause', [
  { body: 'After EU envoys met Aliyev in Baku last week, Azerbaijani Foreign Minister Jeyhun Bayramov said there could be no peace treaty without Armenia changing its constitution.', want: ['AZE DEMAND governance []'] },
  { body: 'When Blinken visited Belgrade on Monday, the Serbian foreign minister said Kosovo must withdraw its special police units from the north.', want: ['SRB DEMAND territory []'] },
  { body: 'After the Kenyan president met Abiy in Addis Ababa, the Eritrean information minister said Ethiopian troops must leave Badme.', want: ['ERI DEMAND territory []'] },
  { body: "After the French envoy met Pashinyan in Yerevan, Azerbaijan's foreign ministry said Armenia must withdraw its troops from the border villages.", want: ['AZE DEMAND territory []'] },
  { body: 'While Egyptian mediators met Hamas leaders in Cairo, Israeli officials said the hostages must be released before any truce.', want: ['ISR DEMAND humanitarian []'] },
]);

claimCases('negatives: the verb of saying inside the fronted clause, or the fronted subject speaking again', [
  { body: 'After Putin said Ukraine must withdraw, Zelensky rejected the demand.', want: ['RUS DEMAND territory []'] },
  { body: 'When the Serbian president met Kurti, he said Serbia would never recognise Kosovo.', want: ['SRB REJECT recognition []'] },
]);
