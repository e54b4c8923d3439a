// A cue that may be a noun ("demand", "offer", "request", "proposal") is a verb right after a modal, an auxiliary or
// "to", whatever determiner stands further back ("said that Kyiv would demand a ceasefire": the "that" is no article of
// "demand"), holder/noun-needs-possessor 'verbMarkers'. A warning that one's own side could demand more is a threat of
// that harder demand (sentence/warned-escalation). Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a cue after a modal is a verb', [
  { body: 'The office of President Vucic said that Serbia would demand an immediate ceasefire.', want: ['SRB DEMAND ceasefire []'] },
  { body: 'The foreign ministry said that Armenia will offer talks on the border in Geneva.', want: ['ARM OFFER talks []'] },
  // Still a noun after a determiner with no modal between.
  { body: 'Serbia said that the demand was unacceptable.', want: [] },
]);

claimCases('a warning that one\'s own side could demand more is one threat', [
  { body: 'Aliyev warned that Baku could demand more land.', want: ['AZE THREATEN territory []'] },
  { body: 'Putin warned that Moscow might demand the whole of the Zaporizhzhia region.', want: ['RUS THREATEN territory [UA-23]'] },
]);
