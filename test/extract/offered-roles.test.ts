// A party that would take a role in the settlement offers it ("his country would be an ideal host for any
// future negotiations", "Qatar could be a guarantor"): candidate/modal offeredRoles, with the role's issue
// (issue 7, commitments). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a role in the settlement offered', [
  { body: 'Erdogan said his country would be "an ideal host" for any future negotiations.', want: ['TUR OFFER talks []'] },
  // (a scare quote inside the phrase, after its determiner)
  { body: 'Aliyev said Kazakhstan would be an "ideal venue" for the next round between Armenia and Azerbaijan.', want: ['KAZ OFFER talks []'] },
  { body: 'Kazakhstan would be a natural venue for talks between Baku and Yerevan, Tokayev said.', want: ['KAZ OFFER talks []'] },
  { body: 'Qatar could be a guarantor of any deal between Armenia and Azerbaijan, its emir said.', want: ['QAT OFFER security_guarantees []'] },
  // Not a party's role in the settlement.
  { body: 'Erdogan said the new stadium would be a venue for the final.', want: [] },
  { body: 'The summit would be a waste of time, Erdogan said.', want: [] },
]);

// A meeting of the subject's own "in" a capital is a schedule: the capital is the venue, no one to meet.
claimCases('a venue is no one to meet', [
  { body: 'Poland and Lithuania issued a statement. The leaders would meet again in Vilnius.', want: [] },
  { body: 'Erdogan said Turkey would meet Armenia in Kars next month.', want: ['TUR OFFER talks []'] },
]);

// "Georgia filed an application to join the EU", "Kyiv submitted a request for …": a stance noun that a verb
// of making introduces is the subject's new stance (not one reported before, nor a noun with no holder).
claimCases('a stance noun made by the subject', [
  { body: 'Georgia filed an application to join NATO on Thursday.', want: ['GEO DEMAND alliance []'] },
  { body: 'Sandu said she was signing an application for accelerated accession to NATO.', want: ['MDA DEMAND alliance []'] },
  { body: 'Kyiv formally lodged a request for talks with Moscow.', want: ['UKR DEMAND talks []'] },
  // Reporters asking for comment make no stance; "a request" reported without a maker holds nothing.
  { body: 'Reporters sent a request for comment to the Kremlin.', want: [] },
  { body: 'A request for talks was discussed in Chisinau.', want: [] },
]);

// A role shared with others ("among the guarantor states", "one of the guarantors") or taken "as" one ("could act
// as guarantor", "would serve as a mediator") is offered as well (candidate/modal offeredRoles, roleVerbs).
claimCases('a role among others, or acted as, offered', [
  { body: 'Kazakhstan could be among the guarantor states if both parties asked it to, Tokayev said.', want: ['KAZ OFFER security_guarantees []'] },
  { body: 'Egypt would be one of the guarantors of the truce in Gaza, Sisi said.', want: ['EGY OFFER security_guarantees []'] },
  { body: 'Qatar could act as a guarantor of any agreement between Sudan and the RSF, the emir said.', want: ['QAT OFFER security_guarantees []'] },
  { body: 'Norway could serve as a mediator between Colombia and the ELN, the Norwegian minister said.', want: ['NOR OFFER talks []'] },
  // no party's role in a settlement
  { body: 'The stadium could serve as a venue for the final.', want: [] },
  { body: 'The foreign ministers would be among the guests at the dinner, Sisi said.', want: [] },
]);
