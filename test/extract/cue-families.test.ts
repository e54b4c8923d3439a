// Cue families added from unseen articles (issue 7, "stance constructions" and "cue senses"): applying for
// something asks for it; expressing anger or opposition over something rejects it; planning to speak with a
// leader puts talks forward (PROPOSE: a format); offering details, a timeline or condolences is no offer. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('apply for', [
  { body: 'Georgia applied to join NATO in March.', want: ['GEO DEMAND alliance []'] },
  { body: 'Finland applied for fast-tracked membership of the alliance.', want: ['FIN DEMAND alliance []'] },
]);

claimCases('expressed anger', [
  { body: "Ankara expressed anger over Minsk's call for a transitional government in Moldova.", want: ['TUR REJECT governance []', 'BLR DEMAND governance []'] },
  { body: 'Poland voiced opposition to any easing of sanctions on Belarus.', want: ['POL REJECT sanctions []'] },
]);

claimCases('plans to speak', [
  { body: 'Erdogan said he plans to speak with Zelensky later this week.', want: ['TUR PROPOSE talks []'] },
]);

claimCases('offered information', [
  { body: 'Erdogan offered few details and gave no timeline for a peace deal.', want: [] },
  { body: 'The Hungarian prime minister offered his condolences to the families.', want: [] },
  // An offer of something else is still an offer.
  { body: 'Ankara offered to host a new round of talks.', want: ['TUR OFFER talks []'] },
]);

claimCases('condemns and persuades', [
  // A plan that condemns something rejects it (not proposes it).
  { body: 'The Brazilian plan also condemns unilateral sanctions.', want: ['BRA REJECT sanctions []'] },
  // Persuading both sides to stop fighting is a mediator's proposal.
  { body: 'Erdogan said he would like to persuade Russia and Ukraine to agree on a ceasefire.', want: ['TUR PROPOSE ceasefire []'] },
  // Refusing the possibility of a stance refuses it; the stance inside is not stated. "The head of" a
  // ministry speaks for its party.
  { body: 'The head of the Turkish Foreign Ministry rejected the possibility that Ankara would persuade Minsk to hold talks.', want: ['TUR REJECT talks []'] },
]);

claimCases('agreement reached', [
  { body: 'Sandu said an agreement on security guarantees for Moldova had been reached.', want: ['MDA ACCEPT security_guarantees []'] },
  // Not reached: no acceptance.
  { body: 'No agreement on a ceasefire was reached, the Kremlin said.', want: [] },
  { body: 'Erdogan said a deal on prisoner exchanges had not yet been agreed.', want: [] },
]);

claimCases('expected to act', [
  { body: 'Erdogan said he expected Brussels to take over the security guarantees for Moldova.', want: ['TUR DEMAND security_guarantees []'] },
  // An expectation with no party to act predicts.
  { body: 'Talks on a Black Sea ceasefire are expected to resume in Istanbul next week.', want: [] },
]);

claimCases('pushing and pressuring a party to act', [
  { body: 'Washington has continued to push Baku to advance negotiations with Yerevan.', want: ['USA PROPOSE talks []'] }, // (talks between the two sides, as 'push Moscow to advance negotiations with Kyiv': discourse/principal-sides)
  { body: 'Brussels pressured Belgrade to recognise Kosovo.', want: ['EU DEMAND recognition []'] },
  { body: 'Ankara is nudging Tbilisi to lift the sanctions on Russian airlines.', want: ['TUR DEMAND sanctions []'] },
  // A particle makes another verb: repel, proceed.
  { body: 'Ukrainian forces pushed back Russian troops from the outskirts of Kharkiv.', want: [] },
  { body: 'Minsk pressed ahead with the talks on the border.', want: [] },
]);

claimCases('the next step placed on a party (an expletive "it" holds nothing)', [
  { body: 'Blinken said it now falls on Moscow to accept the ceasefire terms.', want: ['USA DEMAND ceasefire []'] },
  { body: 'The EU envoy said the onus is on Belgrade to recognise Kosovo.', want: ['EU DEMAND recognition []'] },
  // Deferring to a party is no demand of it.
  { body: 'The US said it was up to Ukraine to decide when to negotiate.', want: [] },
  // The dummy "it" is no party: "it" does not take Saudi Arabia here.
  { body: 'Rubio thanked Saudi Arabia for hosting the talks and said it now falls on Russia to accept the truce.', want: ['USA DEMAND ceasefire []'] },
]);

claimCases('a third party wanting something of the sides demands it; calling for it proposes it', [
  { body: 'Trump wanted an immediate ceasefire, the White House said.', want: ['USA DEMAND ceasefire []'] },
  { body: 'China called for an immediate ceasefire.', want: ['CHN PROPOSE ceasefire []'] },
]);

claimCases('not abandoning or not objecting: a double negative keeps or grants the stance', [
  { body: 'Baku has not abandoned its demand that Armenia withdraw from the border villages, an aide said.', want: ['AZE DEMAND territory []'] },
  { body: 'Chisinau is not giving up on EU membership, the Moldovan foreign minister stressed.', want: ['MDA DEMAND other []'] },
  { body: 'Ankara no longer objects to Swedish membership of NATO, the envoy said.', want: ['TUR ACCEPT alliance []'] },
  { body: 'Beijing has not objected to the idea of a European contingent in western Ukraine.', want: ['CHN ACCEPT security_guarantees []'] },
  // A plain negation still reports an absence or refuses.
  { body: 'Baku did not demand a withdrawal.', want: [] },
]);

claimCases('the only possible basis of a settlement is a demand of the speaker\'s', [
  { body: "Any settlement can only be based on the full restoration of Georgia's internationally recognised borders, the Georgian foreign minister said.", want: ['GEO DEMAND territory []'] },
  { body: 'Peace must be based on the withdrawal of Russian troops from Transnistria, the Moldovan president said.', want: ['MDA DEMAND territory []'] },
]);

claimCases('saying yes or no to a proposal; contacts with a party; a discussion paper', [
  { body: 'Yerevan said yes to the EU plan for a monitoring mission, a spokesman said.', want: ['ARM ACCEPT security_guarantees []', 'EU PROPOSE security_guarantees []'] },
  { body: 'Peskov said Moscow was open to contacts with Chisinau.', want: ['RUS OFFER talks []'] },
  { body: "The Elysee's discussion paper says Moldova's EU accession should be completed by 2030.", want: ['FRA PROPOSE other []'] },
]);

claimCases('telling a party to act demands it; telling reporters does not', [
  { body: 'Erdogan told Aliyev to stop shelling the border villages and to start talks with Yerevan.', want: ['TUR DEMAND ceasefire []', 'TUR PROPOSE talks []'] }, // (talks between the two sides: a third party's proposal, discourse/principal-sides)
  { body: 'Erdogan told reporters to expect progress at the next round.', want: [] },
  // (Telling a party that one is ready to act reports an offer: the "to" is the readiness's, not the telling's.)
  { body: 'Armenia and Azerbaijan have told us they are ready to exchange prisoners.', want: ['ARM OFFER humanitarian []', 'AZE OFFER humanitarian []'] },
  { body: 'Serbia has told Brussels it is ready to recognise the Kosovo passports.', want: ['SRB OFFER recognition []'] },
]);

claimCases('wanting the parties back at the table names an act', [
  { body: 'Brazil wants the warring parties back at the negotiating table by summer, its foreign minister said.', want: ['BRA DEMAND talks []'] },
]);

claimCases('advancing towards a place is no demand; sending envoys is about talks', [
  { body: 'As Azerbaijani forces pressed towards Lachin, Yerevan called for international monitors.', want: ['ARM DEMAND security_guarantees []'] },
  { body: 'Ankara offered to send envoys to Baku and Yerevan.', want: ['TUR OFFER talks []'] },
]);
