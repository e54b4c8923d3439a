// A party that would keep or take on a status of its own (candidate/own-status): "Moldova would remain a neutral
// country", "Armenia would declare itself a neutral, non-nuclear state", "Georgia will remain non-aligned" offer that
// status, a concession of the party's own (spec rule 7): OFFER alliance or military_limits. A status required of a
// party by another ("must remain neutral") stays a demand, a neutral place is no status, and under a mediator's plan
// the status is the plan's proposal. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases("a party's own status kept or taken on is offered", [
  { body: 'Moldova would remain a neutral country, Sandu said.', want: ['MDA OFFER alliance []'] },
  { body: 'Armenia would declare itself a neutral, non-nuclear state, Pashinyan said.', want: ['ARM OFFER alliance []', 'ARM OFFER military_limits []'] },
  { body: 'Georgia will remain non-aligned, the Georgian prime minister said.', want: ['GEO OFFER alliance []'] },
  { body: 'Under the draft Pashinyan presented, Armenia would also remain non-nuclear.', want: ['ARM OFFER military_limits []'] },
]);

claimCases('a status required by another, a neutral place, or a mediator\'s plan is no such offer', [
  { body: 'Aliyev said Armenia must remain neutral.', want: ['AZE DEMAND alliance []'] },
  { body: 'Switzerland would remain a neutral venue for the talks, the Swiss foreign minister said.', want: [] },
  { body: 'Under the US plan, Armenia would remain a non-nuclear state.', want: ['USA PROPOSE military_limits []'] },
]);
