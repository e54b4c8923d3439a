// Tying the thing of a stance to something else ("linking it to", "tied it to", "making it conditional on") demands that
// something; the stance before it keeps its own object, and the subject of that stance holds both (cue linked-condition,
// holder/linked-condition). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('tying a stance\'s object to something demands that something', [
  { body: 'Until now, Putin had refused to accept a complete unconditional ceasefire, linking it to a halt in Western arms supplies to Ukraine.', want: ['RUS REJECT ceasefire []', 'RUS DEMAND military_limits []'] },
  { body: 'Aliyev rejected the truce, tying it to the withdrawal of Armenian troops from the enclaves.', want: ['AZE REJECT ceasefire []', 'AZE DEMAND territory []'] },
  { body: 'Israel accepted the truce but tied it to the release of all hostages.', want: ['ISR ACCEPT ceasefire []', 'ISR DEMAND humanitarian []'] },
  // (The party named as the refusal's object holds nothing.)
  { body: 'Belgrade has refused to recognise Kosovo, making it conditional on guarantees for the Serb minority.', want: ['SRB REJECT recognition []', 'SRB DEMAND rights []'] },
  { body: 'Pristina said Serbia rejected the plan, tying it to the withdrawal of Kosovo police from the north.', want: ['SRB REJECT talks []', 'SRB DEMAND territory []'] },
  { body: 'North Korea offered to halt missile tests, making it contingent on the lifting of sanctions.', want: ['PRK OFFER military_limits []', 'PRK DEMAND sanctions []'] },
]);

claimCases('linking things that are no stance\'s object demands nothing', [
  { body: 'Officials blamed the blackout on a strike, linking it to Russian drones.', want: [] },
  { body: 'Analysts said the fall in oil prices was linked to the ceasefire talks.', want: [] },
  { body: 'The ministry published a video of the strike, linking it to the talks in Geneva.', want: [] },
]);
