// Exhortation of a group of supporters (issue 7, "exhortation as demand"): "We encourage our allies to join us in and
// adhere to these sanctions". Urging, pushing or encouraging "our allies", "its Western partners" to act on an issue is
// the speaker's demand, as asking them is (trigger/needs-party-object groupCues, trigger/addressed-group); with nothing
// for them to do, or nothing on the settlement, there is no claim. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a group of supporters urged to act', [
  { body: '"We encourage our allies to join us in and adhere to these sanctions," the Treasury secretary said.', want: ['USA DEMAND sanctions []'] },
  { body: 'Kyiv urged its Western partners to impose new sanctions on Russian oil.', want: ['UKR DEMAND sanctions []'] },
  { body: 'Yerevan pressed its European partners to send more observers to the border with Azerbaijan.', want: ['ARM DEMAND security_guarantees []'] },
]);

claimCases('nothing asked on the settlement', [
  { body: 'The minister encouraged our partners to visit the exhibition.', want: [] },
  { body: 'Washington encouraged its allies, officials said.', want: [] },
]);
