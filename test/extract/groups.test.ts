// Several parties and groups (issue 7, "lists and several parties"): a group whose members the article
// names once ("the leaders of Italy, Spain and Moldova") speaks as those members in its other mentions
// nearby; the first subject of a coordination holds with every member; three or more parties that agree
// together on something no one else put forward propose it; a future meeting of the subject's own with no
// one named is a schedule; a generic term ("restrictions") yields to the issue named with it. Sentences
// written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('group', [
  // The group's members are named two sentences later; "They" takes the whole coordination (and so does the
  // demand the threat's condition states: claim/threat-condition-other).
  {
    body: 'Moldova and European leaders met in Chisinau on Saturday and called for an immediate ceasefire. They warned Moscow of new sanctions if it failed to comply. The leaders of Italy, Spain and Moldova made the announcement after meeting in Chisinau.',
    want: ['MDA PROPOSE ceasefire []', 'ITA PROPOSE ceasefire []', 'ESP PROPOSE ceasefire []', 'ITA THREATEN sanctions []', 'ESP THREATEN sanctions []', 'MDA THREATEN sanctions []', 'ITA DEMAND other []', 'ESP DEMAND other []', 'MDA DEMAND other []'],
  },
  // A different role noun ("allies") is not the enumerated group ("leaders"). ("have long called for" is a standing
  // call, a demand: claim/perfect-call, as "Kyiv and its European allies have long called for …" in precision.test.ts.)
  {
    body: 'Georgia and its European allies have long called for an immediate halt to fighting. Nordic leaders, including from Norway and Finland, issued a statement on Monday.',
    want: ['GEO DEMAND ceasefire []', 'EUR DEMAND ceasefire []'],
  },
]);

// A group the spec has no code for (the G7) speaks as its member states, in every mention: spec rule 8.
// Named by a collective noun, it is also "it".
claimCases('group with member states', [
  {
    body: 'G7 leaders called on Belarus to pull its troops out of Moldova.',
    want: ['USA DEMAND territory []', 'JPN DEMAND territory []', 'DEU DEMAND territory []', 'FRA DEMAND territory []', 'GBR DEMAND territory []', 'ITA DEMAND territory []', 'CAN DEMAND territory []'],
  },
  {
    body: 'The Group of Seven said on Friday it would not lift sanctions on Minsk. Its leaders also urged Armenia and Azerbaijan to resume talks.',
    want: ['USA REJECT sanctions []', 'JPN REJECT sanctions []', 'DEU REJECT sanctions []', 'FRA REJECT sanctions []', 'GBR REJECT sanctions []', 'ITA REJECT sanctions []', 'CAN REJECT sanctions []',
      // (Urging both sides of a dispute together is a proposal to them, discourse/principal-sides.)
      'USA PROPOSE talks []', 'JPN PROPOSE talks []', 'DEU PROPOSE talks []', 'FRA PROPOSE talks []', 'GBR PROPOSE talks []', 'ITA PROPOSE talks []', 'CAN PROPOSE talks []'],
  },
  // "Internationally recognised territory" describes land: a territory demand, not recognition.
  {
    body: 'Poland demanded that Belarus withdraw its forces from the entire internationally recognized territory of Moldova.',
    want: ['POL DEMAND territory []'],
  },
]);

claimCases('joint agreement', [
  { body: 'Poland and the leaders of Estonia and Latvia met in Warsaw and agreed to a 30-day ceasefire in the Black Sea.', want: ['POL PROPOSE ceasefire []', 'EST PROPOSE ceasefire []', 'LVA PROPOSE ceasefire []'] },
  // Another's proposal is accepted.
  { body: 'Poland, Estonia and Latvia agreed to the US proposal for a 30-day ceasefire.', want: ['POL ACCEPT ceasefire []', 'EST ACCEPT ceasefire []', 'LVA ACCEPT ceasefire []', 'USA PROPOSE ceasefire []'] },
  // Two parties agree with each other.
  { body: 'Armenia and Azerbaijan agreed to a ceasefire along the border.', want: ['ARM ACCEPT ceasefire []', 'AZE ACCEPT ceasefire []'] },
]);

claimCases('schedule', [
  { body: 'The statement said Nordic leaders would meet later this month in Oslo.', want: [] },
  { body: 'The Kremlin said the two delegations will convene again in Istanbul on Monday.', want: [] },
  // A meeting with someone named stays an offer.
  { body: 'Erdogan will meet Putin in Sochi next week, the Kremlin said.', want: ['TUR OFFER talks []'] },
]);

claimCases('generic issue term', [
  { body: 'Kyiv would not accept any restrictions on Western arms deliveries, Sybiha said.', want: ['UKR REJECT military_limits []'] },
  { body: 'Belarus demanded that restrictions on its potash exports be lifted.', want: ['BLR DEMAND sanctions []'] },
]);

claimCases('the Baltic states speak as their three members', [
  { body: 'Moldova and the Baltic states called for tougher sanctions on Belarusian potash.', want: ['MDA DEMAND sanctions []', 'EST DEMAND sanctions []', 'LVA DEMAND sanctions []', 'LTU DEMAND sanctions []'] },
]);

claimCases('"his government" after a party\'s leader is that party, and "it" refers to it', [
  { body: "Hungary's foreign minister flew to Minsk on Friday. His government has said it will not back a new EU sanctions package.", want: ['HUN REJECT sanctions []'] },
]);

claimCases('a party adjective, one modifier and a role is that party\'s role', [
  { body: '"They must leave the nuclear plant and hand it back to its operator," the Armenian energy minister said.', want: ['ARM DEMAND territory []'] },
  { body: 'Russian troops must leave the Zaporizhzhia plant, the Ukrainian energy minister said.', want: ['UKR DEMAND territory [UA-23]'] },
  { body: 'The Georgian chief negotiator rejected any limit on the size of the army.', want: ['GEO REJECT military_limits []'] },
]);
