// Taking part is a commitment (issue 7, "commitments"): "will participate in any peacekeeping mission",
// "will take part in the reassurance force", "will be involved in providing guarantees" offer what the subject
// takes part in; a party that would provide guarantees offers security guarantees. Taking part is never a
// seizure, whatever force it joins. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('taking part offers', [
  { body: 'Poland will participate in any peacekeeping mission in Moldova, the Polish defence minister said.', want: ['POL OFFER security_guarantees []'] },
  // "take part" is no "take … by force": not a threat.
  { body: 'Britain will take part in the reassurance force, the British prime minister said.', want: ['GBR OFFER security_guarantees []'] },
  { body: 'Ankara said it would be involved in providing guarantees for Armenia.', want: ['TUR OFFER security_guarantees []'] },
  { body: 'France would provide guarantees to Georgia after a settlement, Macron said.', want: ['FRA OFFER security_guarantees []'] },
]);

claimCases('taking part in something else', [
  { body: 'Serbia will take part in the football tournament in Pristina next month.', want: [] },
  { body: 'Estonia will participate in the song contest in Basel.', want: [] },
  // A seizure by force is still a threat.
  { body: 'Azerbaijani forces will take the border villages by force, Aliyev said.', want: ['AZE THREATEN territory []'] },
]);
