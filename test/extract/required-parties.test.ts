// What a settlement cannot be had without, or must satisfy, is demanded (issue 7, stance constructions: necessity
// and preconditions): a party required as such is its place at the table ("peace cannot be reached without
// involving Azerbaijan", "any solution must be acceptable to both parties" = DEMAND talks, discourse/party-required),
// a negated verb of thinking heads a "without" further away ("I can't imagine that the next round will take
// place without a truce" = DEMAND ceasefire, candidate/not-without), and what must be part of any agreement is
// its subject (content/condition-subject). Such conditions are demands even from a third party, not a
// mediator's proposal (claim/mediator-proposes). Sentences written for this test, with parties and places other
// than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a party a settlement cannot do without is demanded at the table', [
  { body: 'Peace in the Caucasus could not be reached without involving Azerbaijan, the French president said.', want: ['FRA DEMAND talks []'] },
  { body: '"We cannot imagine a lasting settlement without both parties," the Swiss foreign minister said.', want: ['CHE DEMAND talks []'] },
  { body: 'No deal on Kosovo can be made without Kosovo, the German chancellor said.', want: ['DEU DEMAND talks []'] },
  { body: 'Any solution must be acceptable to both parties, the Indian foreign minister said.', want: ['IND DEMAND talks []'] },
  // (A talks term near a party's participation does not stop it.)
  { body: "Any credible peace process would need Serbia's participation, the Hungarian prime minister said.", want: ['HUN DEMAND talks []'] },
]);

claimCases('a negated verb of thinking heads the "without" of its clause', [
  { body: '"I can\'t imagine that the next round will take place without a truce," the Turkish foreign minister said.', want: ['TUR DEMAND ceasefire []'] },
  { body: '"I do not think that a second round in Doha will be held without a ceasefire," the Qatari minister said.', want: ['QAT DEMAND ceasefire []'] },
]);

claimCases('what must be part of any agreement is demanded', [
  { body: 'The return of every abducted child must be part of any agreement, the EU foreign policy chief said.', want: ['EU DEMAND humanitarian []'] },
  { body: 'An exchange of all prisoners should be an element of the deal, the Qatari foreign minister said.', want: ['QAT DEMAND humanitarian []'] },
]);

claimCases('no party required: a "without" no negation heads, an act of the party, land that is part of a state', [
  { body: 'Seoul will keep working on the corridor even without Pyongyang, the South Korean minister said.', want: [] },
  { body: 'The delegations left Geneva without Serbia, the Swiss foreign ministry said.', want: [] },
  { body: 'The Kenyan president said discussing security guarantees without Eritrea was "a dead end".', want: ['KEN REJECT security_guarantees []'] },
  { body: 'Talks cannot start without Armenia withdrawing its troops from the border villages, Aliyev said.', want: ['AZE DEMAND territory []'] },
  { body: 'Nagorno-Karabakh must be part of Azerbaijan, Aliyev said.', want: [] },
  { body: 'A child was held for hours at the border crossing, the Armenian ombudsman said.', want: [] },
]);

claimCases('a settlement or meeting that must take a party in, or is made over its head, is a demand on the table', [
  { body: 'Any meeting on the Nile dam "must include Sudan and Egypt," the Arab League envoy said.', want: ['LAS DEMAND talks []'] },
  { body: 'The Kenyan president said any real negotiation must involve Eritrea.', want: ['KEN DEMAND talks []'] },
  { body: 'Any solution must be agreed with Kosovo, not imposed on it, the Croatian prime minister said.', want: ['HRV DEMAND talks []'] },
  { body: 'Armenian leaders said no settlement of the conflict can be written over the heads of Armenians.', want: ['ARM DEMAND talks []'] },
]);

claimCases('no party taken in: land or an act after the verb, a body that is no settlement, a party\'s own conduct', [
  { body: "Pashinyan said any agreement must include Armenia's right to the border villages.", want: [] },
  { body: 'The coalition of the willing must include Turkey, the Polish president said.', want: [] },
  { body: 'The Croatian minister said the delegation would include the foreign minister of Kosovo.', want: [] },
  { body: 'The Finnish minister said talks must involve Russia withdrawing its troops from the border first.', want: ['FIN DEMAND territory []'] },
]);
