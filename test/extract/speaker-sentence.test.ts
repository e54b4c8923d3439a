// A sentence that only introduces a party's words ("X briefed diplomats on Tuesday.", "X went on television.",
// "X was firm on Friday.") makes no claim of its own; it carries its party to the unattributed stances of the next
// sentences of its paragraph (discourse/speaker-sentence). Found by the paraphrase battery 3 (condition-split,
// speaker-carried). Passages written for this test.
import { claimCases } from './helpers.js';

claimCases('a claimless speaker sentence carries its party on', [
  { body: "Armenia's deputy foreign minister briefed diplomats in Yerevan on Tuesday. Azerbaijan would first have to hand back the prisoners of war it still holds.", want: ['ARM DEMAND humanitarian []'] },
  { body: "Kosovo's foreign minister spoke to reporters in Pristina. Serbia must first free the three detained Kosovo police officers.", want: ['XKX DEMAND humanitarian []'] },
  { body: 'The Venezuelan foreign minister went on state television on Sunday. There will be no ceasefire on the border while Guyanese troops remain there.', want: ['VEN REJECT ceasefire []'] },
]);

claimCases('no speaker carried: another verb, a new paragraph, a speaker of its own', [
  { body: "Azerbaijan's troops shelled the villages on Tuesday. Armenia would first have to hand back the prisoners of war it still holds.", want: [] },
  { body: "Armenia's deputy foreign minister briefed diplomats on Tuesday.\n\nAzerbaijan would first have to hand back the prisoners of war it still holds.", want: [] },
  { body: 'Pashinyan spoke in Yerevan on Monday. Aliyev said Armenia must change its constitution.', want: ['AZE DEMAND governance []'] },
]);
