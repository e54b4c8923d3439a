// Figurative and rhetorical refusals (issue 7, "stance constructions"): a closed door refuses and an open one
// offers; not being fooled again by something refuses it; a minimal quantity ("not one inch") and "not a … to be
// traded" refuse giving anything; a quoted refusal that names no issue refuses what the speech answers ("said of
// calls to …", "when asked whether …", "…, dismissing …"). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a door closed or open', [
  { body: "'The door to Belgrade recognising Kosovo is closed,' Vucic said.", want: ['SRB REJECT recognition []'] },
  { body: 'Aliyev said the door to talks with Yerevan remains firmly closed.', want: ['AZE REJECT talks []'] },
  { body: "NATO's secretary-general said the door to membership remains open for Georgia.", want: ['NATO OFFER alliance []'] },
  { body: 'Brussels kept the door open to Serbian membership of the European Union.', want: ['EU OFFER other []'] },
  { body: 'Seoul closed the door on any easing of sanctions on Pyongyang.', want: ['KOR REJECT sanctions []'] },
  // A door that names no issue is a door.
  { body: 'The door to the hall was closed during the talks.', want: [] },
  { body: 'He closed the door on his way out of the talks.', want: [] },
]);

claimCases('not fooled again', [
  { body: "'Seoul will not be fooled again by a North Korean truce offer,' the South Korean minister said.", want: ['KOR REJECT ceasefire []'] },
  { body: 'Israel will not be tricked into another open-ended pause, Netanyahu said.', want: ['ISR REJECT ceasefire []'] },
  { body: "Serbian voters will not be fooled by the new minister's promises, Vucic said.", want: [] },
]);

claimCases('a refusal about what the speech answers', [
  { body: "'There will be no second Yalta,' the Armenian prime minister said of calls to cede land to Baku.", want: ['ARM REJECT territory []'] },
  { body: "'Not one inch,' Israel's prime minister replied when asked whether Israel would withdraw from the Jordan Valley.", want: ['ISR REJECT territory []'] },
  { body: "'Not a single metre,' the Serbian president said when asked about ceding northern Kosovo.", want: ['SRB REJECT territory []'] },
  { body: "'Karabakh is not a bargaining chip to be traded away,' Aliyev said when asked about a land swap.", want: ['AZE REJECT territory []'] },
  { body: "'The door to Ankara is closed,' the Armenian foreign minister said, dismissing a return to the 2021 draft.", want: ['ARM REJECT talks []'] },
  // Figures that refuse nothing, and a refusal with nothing to refuse.
  { body: "'There will be no second round of voting,' the Armenian electoral commission said.", want: [] },
  { body: "'It is a marathon, not a sprint,' the Armenian negotiator said of the talks.", want: [] },
]);

claimCases('a predicate past an insertion set off by commas', [
  { body: 'Baku said the presence of troops from NATO countries in Armenia, whatever their mandate, would be unacceptable.', want: ['AZE REJECT security_guarantees []'] },
  { body: 'Seoul said a freeze of the sanctions on Pyongyang, however brief, would be unacceptable.', want: ['KOR REJECT sanctions []'] },
  { body: 'Russia attacked Ukrainian ports, which is unacceptable, Kyiv said.', want: [] },
]);
