// What a party wants may name several parties before what they are to do, or be introduced by a light verb or a
// writer's distancing (issue 7, stance constructions: want and need). Sentences written for this test, with other
// parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('wanting several parties involved in an issue demands it', [
  { body: 'Baku wanted Turkey, Russia and Iran involved in drafting security guarantees.', want: ['AZE DEMAND security_guarantees []'] },
  { body: 'Belgrade wants Hungary and Slovakia involved in drafting the security guarantees.', want: ['SRB DEMAND security_guarantees []'] },
]);

claimCases('wanting to see a thing, or what someone calls it, demands it', [
  { body: 'Moscow wanted to see what he called a neutral, demilitarised Georgia.', want: ['RUS DEMAND alliance []', 'RUS DEMAND military_limits []'] },
  { body: 'Jerusalem wants what it calls a fully demilitarised Gaza.', want: ['ISR DEMAND military_limits []'] },
]);

claimCases('wanting to see something that names no issue is no demand', [
  { body: 'Baku wanted to see what he called a friendly neighbour.', want: [] },
  { body: 'Ankara wanted Greece, Cyprus and Egypt at the dinner.', want: [] },
]);

// A benefit wanted for another party asks nothing of it: a proposal (trigger/want-needs-act benefitVerbs).
claimCases('a benefit wanted for another party is a proposal', [
  { body: 'Paris wants Armenia to receive security guarantees from the EU.', want: ['FRA PROPOSE security_guarantees []'] },
  // An act wanted of the other party stays a demand.
  { body: 'Baku wants Yerevan to withdraw its troops from Karabakh.', want: ['AZE DEMAND territory []'] },
]);

// A meeting or format of the talks wanted as such is a proposal of that format (trigger/want-needs-act
// formatOpeners); a wish about anything else with no party to act stays no claim.
claimCases('a format of the talks wanted is proposed', [
  { body: 'Baku wanted the next round to include border commanders, an Azerbaijani official said.', want: ['AZE PROPOSE talks []'] },
  { body: '"We want a first meeting of the contact group at the level of foreign ministers," the Kenyan president said.', want: ['KEN PROPOSE talks []'] },
  { body: 'Belgrade wants direct talks with Pristina before the summer, Vucic said.', want: ['SRB PROPOSE talks []'] },
  { body: 'Moldova wants the best for its people.', want: [] },
]);

claimCases('a negated wish for talks is no proposal', [
  { body: '"Baku does not want negotiations, it wants a war," the Armenian prime minister said.', want: [] },
]);
