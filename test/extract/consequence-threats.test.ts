// What another party will suffer under a condition is the speaker's threat (issue 7, "harmful-action threats";
// candidate/consequence-threat): "Putin said Ukraine would lose more land if it refused to negotiate" is
// Russia's threat, held like a deontic by the sentence's or the quote's speaker, never by the subject.
// Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a consequence under a condition threatens', [
  {
    body: 'The EU envoy said Belgrade would face new sanctions if it did not recognise Kosovo.',
    want: ['EU THREATEN sanctions []', 'EU DEMAND recognition []'],
  },
  {
    // (The threat takes its issue from the condition it spans: one statement, the threat alone, no second DEMAND —
    // claim/threat-carries-condition; this case wanted both before it, the tuning sets' gold marks the threat alone.)
    body: 'Aliyev said Armenia would pay dearly if it refused to withdraw from the border villages.',
    want: ['AZE THREATEN territory []'],
  },
  {
    body: 'If Israel rejects the truce, it will lose the guarantees, the Egyptian foreign minister said.',
    want: ['EGY THREATEN other []', 'EGY DEMAND ceasefire []'],
  },
  // "Unless" works like "if not".
  {
    body: 'Moldova will lose its EU funds unless it holds the referendum, the European Commission warned on Monday.',
    want: ['EU THREATEN other []', 'EU DEMAND governance []'],
  },
]);

claimCases('no threat: a forecast, a plea, a speaker who is no party', [
  // No condition: a forecast.
  { body: 'Ukraine would lose its electricity this winter, an energy analyst said.', want: [] },
  // First person: what the speaker's own side would suffer pleads, it threatens no one.
  { body: '"We would lose everything if we signed this," the Georgian prime minister said.', want: [] },
  // Nobody who speaks for a party.
  { body: 'Moldova could face a cold winter if gas transit stops, a Chisinau energy analyst said.', want: [] },
]);
