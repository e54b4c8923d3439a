// Readings that looked like stances of the wrong party or on the wrong issue (issue 7, precision): encouraging a
// party to signal readiness is the encourager's demand; a former office-holder speaks for no party; a capability
// is no threat; agreeing to a process about an issue is agreeing to talks; a stance noun that is its clause's
// subject ends at the predicate's verb; liberated land and a negotiated end name their issues. Sentences written
// for this test, with other parties and places than the corpora; each family has cases that keep their claims.
import { claimCases } from './helpers.js';

claimCases('encouraging a party to signal readiness is the encourager\'s demand', [
  { body: 'The EU had quietly encouraged Belgrade to signal that Serbia was open to talks with Pristina.', want: ['EU PROPOSE talks []'] }, // (as its Russia–Ukraine analogue reads: the sides of another dispute are its principal sides, discourse/principal-sides)
  { body: 'Washington encouraged Seoul to declare that South Korea was ready to resume talks with Pyongyang.', want: ['USA PROPOSE talks []'] }, // (as its Russia–Ukraine analogue reads: the sides of another dispute are its principal sides, discourse/principal-sides)
]);

claimCases('a former office-holder speaks for no party', [
  { body: 'Former US national security adviser John Bolton said Israel should reject the ceasefire.', want: [] },
  { body: 'Serbia\'s foreign minister said Belgrade would never recognise Kosovo.', want: ['SRB REJECT recognition []'] },
]);

claimCases('a capability is no threat', [
  { body: '"We must retain the capacity to continue fighting," the Armenian defence minister said.', want: [] },
  { body: 'Sudan still has the means to continue fighting for years, the analyst said.', want: [] },
  { body: '"We will continue fighting," the Armenian defence minister said.', want: ['ARM THREATEN ceasefire []'] },
]);

claimCases('agreeing to a process about an issue is agreeing to talks', [
  { body: 'Armenia and Azerbaijan agreed to discuss a ceasefire at the next round.', want: ['ARM ACCEPT talks []', 'AZE ACCEPT talks []'] },
  { body: 'Serbia and Kosovo agreed to set up working groups on humanitarian issues.', want: ['SRB ACCEPT talks []', 'XKX ACCEPT talks []'] },
  { body: 'Moldova and Russia agreed to exchange written positions on a truce in Transnistria.', want: ['MDA ACCEPT talks []', 'RUS ACCEPT talks []'] },
  { body: 'Armenia and Azerbaijan agreed to a ceasefire on the border.', want: ['ARM ACCEPT ceasefire []', 'AZE ACCEPT ceasefire []'] },
]);

claimCases('a stance noun that is its clause\'s subject ends at the predicate', [
  { body: 'Egypt\'s calls for a negotiated end to the war were welcomed in Khartoum.', want: ['EGY PROPOSE talks []'] },
  { body: 'Turkey\'s calls for a negotiated end to the war were welcomed in Moscow.', want: ['TUR PROPOSE talks []'] },
]);

claimCases('fighting on until occupied land is liberated demands the land', [
  { body: 'Azerbaijan vowed to fight on until every occupied village is liberated.', want: ['AZE DEMAND territory []'] },
]);

claimCases('a concession ("despite …") ends the stance\'s content', [
  { body: 'Azerbaijan has demanded a full Armenian withdrawal from the disputed villages, despite the fact that much of the area remains under Armenian control.', want: ['AZE DEMAND territory []'] },
  { body: 'Russia demanded that Kyiv pull its troops out of the region, despite talks on an exchange of wounded prisoners.', want: ['RUS DEMAND territory []'] },
]);

claimCases('"remains" names the dead only as a noun, not as the verb of state', [
  { body: 'Moscow rejected the Ukrainian proposal, which remains "the only realistic basis" for talks, a Kremlin aide said.', want: ['RUS REJECT talks []', 'UKR PROPOSE talks []'] },
  { body: 'Russia offered to hand over the remains of 900 Ukrainian soldiers.', want: ['RUS OFFER humanitarian []'] },
  { body: 'Kyiv demanded the return of the remains of its fallen defenders.', want: ['UKR DEMAND humanitarian []'] },
]);
