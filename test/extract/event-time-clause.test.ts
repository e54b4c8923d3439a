// A clause of time whose subject is an event ("once the fighting stopped", "after the exchange of prisoners is
// completed") says when, not what (content/event-time-clause). Sentences written for this test, with other
// parties and places.
import { claimCases } from './helpers.js';

claimCases('an issue named only in a time clause of an event is no stance', [
  { body: 'Pashinyan said Armenia was open to them once the fighting stopped.', want: [] },
  // (The main clause's sending of soldiers is an offer of forces, issues.json security_guarantees' frame of sending verbs;
  // the time clause adds no ceasefire.)
  { body: 'Macron said France could send several thousand soldiers to Armenia, only after the fighting stops.', want: ['FRA OFFER security_guarantees []'] },
  { body: 'Sudan\'s army said it would resume the talks in Jeddah after the exchange of prisoners is completed.', want: ['SDN OFFER talks []'] },
]);

claimCases('what stays: the stance\'s own object, and a condition on a party', [
  { body: 'Serbia would withdraw its troops from the border once the fighting ends.', want: ['SRB OFFER territory []'] },
  { body: 'Sudan\'s army is ready for a ceasefire once the exchange of prisoners is completed.', want: ['SDN OFFER ceasefire []'] },
  { body: 'Armenia is ready to release the Azerbaijani detainees once the war is over.', want: ['ARM OFFER humanitarian []'] },
  // (The fighting as the object, not in a time clause.)
  { body: 'Azerbaijan is ready to stop the fighting in Karabakh.', want: ['AZE OFFER ceasefire []'] },
]);
