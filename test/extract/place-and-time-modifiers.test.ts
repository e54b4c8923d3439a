// Words that name an issue only as a place or a time of the stance do not give it its issue (issues.json): a host
// offering itself "as neutral ground" offers the talks a venue, not neutrality; a country offering "its territory as a
// logistics hub" offers support to a force, not land; forces "stationed in a neighbouring NATO country" are a
// guarantee, not membership; "post-ceasefire hubs" are no ceasefire. Sentences written for these tests.
import { claimCases } from './helpers.js';

claimCases('a place or a time that names no issue', [
  { body: 'Qatar and Oman have both offered themselves as neutral ground for talks between Armenia and Azerbaijan.', want: ['QAT OFFER talks []', 'OMN OFFER talks []'] },
  { body: 'Romania said it would not send troops to Moldova but would offer its territory as a logistics hub.', want: ['ROU REJECT security_guarantees []', 'ROU OFFER security_guarantees []'] },
  { body: 'Italy was prepared to contribute forces to the mission, possibly stationed in a neighbouring NATO country rather than in Kosovo itself.', want: ['ITA OFFER security_guarantees []'] },
  { body: 'Britain and France pledged post-ceasefire hubs in Gaza.', want: [] },
]);

claimCases('membership and neutrality themselves still name the alliance', [
  { body: 'Sweden wants to become a NATO member.', want: ['SWE DEMAND alliance []'] },
  { body: 'Moldova said it would remain neutral and would not join any military alliance.', want: ['MDA OFFER alliance []'] },
]);

// Delegations going home to consult pause the talks; they offer nothing ('capitals for consultations', _noise).
claimCases('going home for consultations is no offer', [
  { body: 'The mediator said both delegations would return to their capitals for consultations.', want: [] },
  { body: 'Serbia said it was ready for consultations with Kosovo.', want: ['SRB OFFER talks []'] },
]);

// Neutral countries as mediators are a format of the talks, not neutrality (issues.json talks).
claimCases('neutral mediators are the talks', [
  { body: 'Lula proposed a group of neutral countries to mediate between Armenia and Azerbaijan.', want: ['BRA PROPOSE talks []'] },
]);

// Russia's own grain exports are a sanctions matter (issues.json sanctions). (The Black Sea grain deal itself names no
// scored issue, as the shared dev gold codes it: other. Reading it as a sea ceasefire was tried and dropped: +16 tp and
// about +35 fp over the tuning sets, whose writers disagree.)
claimCases('Russian grain exports are sanctions', [
  { body: 'Moscow demanded that the West lift restrictions on Russian grain exports.', want: ['RUS DEMAND sanctions []'] },
]);
