// Readiness to serve as a go-between names its issue by context (content/offered-service): travelling to a named
// place offers the talks; hosting or helping with nothing of its own offers help on the matter named before it.
// Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('readiness to travel to a named place offers the talks', [
  { body: 'Erdogan said he stood ready to travel to Baku and Yerevan if both capitals wanted Turkey\'s help.', want: ['TUR OFFER talks []'] },
  { body: 'Aliyev was ready to travel to the United States at the earliest date to complete the agreement.', want: ['AZE OFFER talks []'] },
  { body: 'Vucic said he was prepared to fly to Brussels next week.', want: ['SRB OFFER talks []'] },
  // (Not a place: a war or a front is no venue.)
  { body: 'Aliyev said Azerbaijan was ready to go to war.', want: [] },
]);

claimCases('readiness to host or help offers help on the matter named before', [
  { body: 'Israel and Hamas exchanged thirty hostages and prisoners on Monday. Egypt said it stood ready to help again.', want: ['EGY OFFER humanitarian []'] },
  { body: 'Kenya offered Nairobi as the venue for the next round of talks between the Sudanese army and the RSF, and Ethiopia is ready to do its part.', want: ['KEN OFFER talks []', 'ETH OFFER talks []'] },
  // (Nothing named before: helping alone offers nothing.)
  { body: 'Ethiopia is ready to do its part.', want: [] },
  // (A named object is read as it is: helping a party rebuild is no go-between's service.)
  { body: 'Aliyev said he was ready to help Armenia rebuild.', want: [] },
]);

claimCases('going on hosting, or serving as the platform or go-between, offers the talks whatever was named before', [
  { body: 'Qatar says it is ready to keep hosting in Doha.', want: ['QAT OFFER talks []'] },
  { body: 'A truce took hold in Gaza last week. Egypt said it stood ready to continue to serve as a platform for the process.', want: ['EGY OFFER talks []'] },
  { body: 'Kenya would be prepared to serve as a venue if both Sudanese parties agreed.', want: ['KEN OFFER talks []'] },
  { body: 'Oman said it remained willing to act as a mediator between Washington and Tehran.', want: ['OMN OFFER talks []'] },
  // (A named object of its own is read as it is: hosting refugees offers no talks.)
  { body: 'Armenia said it was ready to host refugees from Karabakh.', want: [] },
]);

claimCases('a readiness to mediate whose only issue is the mediation offers help on the matter named before', [
  { body: 'Qatar, which has brokered the release of dozens of hostages since October, said it remained ready to mediate further cases between Israel and Hamas.', want: ['QAT OFFER humanitarian []'] },
  { body: 'Armenia and Azerbaijan exchanged detainees on Friday with the mediation of the UAE. The UAE said it is ready to continue its mediation "for as long as needed".', want: ['ARE OFFER humanitarian []'] },
  { body: 'Sudan\'s army and the RSF agreed on aid convoys into El Fasher. Saudi Arabia said it stood ready to mediate again.', want: ['SAU OFFER humanitarian []'] },
  // (An issue named after the act is the matter: read as it is.)
  { body: 'Kenya freed two Sudanese detainees on Monday. Egypt said it was ready to mediate a ceasefire between the army and the RSF.', want: ['EGY OFFER ceasefire []'] },
  // (Nothing named before: the mediation is the talks.)
  { body: 'Oman said it remained ready to mediate between Washington and Tehran.', want: ['OMN OFFER talks []'] },
  // (Hosting hosts the talks whatever they are about: "them" are the talks.)
  { body: 'Serbia and Kosovo agreed on a truce in the north and on talks in spring, and Hungary said it was ready to host them in Budapest.', want: ['SRB ACCEPT ceasefire []', 'XKX ACCEPT ceasefire []', 'SRB ACCEPT talks []', 'XKX ACCEPT talks []', 'HUN OFFER talks []'] },
]);
