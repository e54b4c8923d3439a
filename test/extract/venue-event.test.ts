// A capital named right before a noun of a meeting or a round of talks is the venue, not a party: neither the speaker of
// a deontic nor the subject of the sentence (discourse/venue-event). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a capital before "round", "meeting", "session", "negotiations" names the venue; the party that speaks holds the stance', [
  { body: 'Ahead of the second Doha round last week, Baku repeated that Armenian forces must leave the border villages.', want: ['AZE DEMAND territory []'] },
  { body: 'Heading into a fresh Nairobi meeting, Asmara said Ethiopian troops must withdraw from Badme.', want: ['ERI DEMAND territory []'] },
  { body: 'Before the next Brussels session, Pristina said Serbian police must leave the northern municipalities.', want: ['XKX DEMAND territory []'] },
  { body: 'On the eve of the latest Cairo negotiations, Israel said Hamas must release all the hostages.', want: ['ISR DEMAND humanitarian []'] },
]);

claimCases('negatives: a capital that is the subject, or one before a verb, still speaks for its state', [
  { body: 'Ahead of the talks, Asmara said Ethiopian troops must withdraw from Badme.', want: ['ERI DEMAND territory []'] },
  { body: 'Baku met the Turkish envoy on Monday and said Armenian forces must leave the border villages.', want: ['AZE DEMAND territory []'] },
]);
