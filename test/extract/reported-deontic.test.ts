// Who holds a deontic reported about another party: the speaker, found in a parenthesis (holder/parenthetical-speaker)
// or in a counted group noun (discourse/group-nouns numbers); the subject of the deontic is its target, so a single
// side addressed is a demand, not a mediator's proposal (claim/mediator-proposes); a capital in apposition to a venue
// noun is an object, not what a later "it" stands for (discourse/venue-apposition). Sentences written for this test,
// with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a speaker in a parenthesis holds the deontic, not the clause subject', [
  { body: 'Pashinyan has weighed in on social media. Azerbaijan, he writes, should agree to the meeting in Brussels "IMMEDIATELY".', want: ['ARM DEMAND talks []'] },
  { body: 'Kosovo, Borrell said on Monday, must return to the table in Brussels.', want: ['EU DEMAND talks []'] },
  // (Not a deontic: the subject keeps its own stance.)
  { body: 'Belgrade, Vucic said, was ready to resume talks with Pristina.', want: ['SRB OFFER talks []'] },
]);

claimCases('a third party that tells one side what it must do demands it', [
  { body: 'Macron said Azerbaijan must agree to a 30-day ceasefire.', want: ['FRA DEMAND ceasefire []'] },
  { body: 'Erdogan said Eritrea should accept a ceasefire without conditions.', want: ['TUR DEMAND ceasefire []'] },
  // (Both sides addressed together: a mediator's proposal.)
  { body: 'Guterres said Armenia and Azerbaijan must agree to a ceasefire.', want: ['UN PROPOSE ceasefire []'] },
]);

claimCases('a counted group noun refers back to the parties named together', [
  { body: 'On Saturday the leaders of France, Germany and Italy travelled to Addis Ababa. After a meeting with Abiy, the three leaders said Eritrea must agree to a full ceasefire from Monday.', want: ['FRA DEMAND ceasefire []', 'DEU DEMAND ceasefire []', 'ITA DEMAND ceasefire []'] },
]);

claimCases('a capital in apposition to a venue noun is no subject for a later "it"', [
  { body: 'The planned summit in the Georgian capital Tbilisi has been put on hold after Baku signaled to Yerevan that it was not backing away from its demand for a full withdrawal of Armenian troops from the border villages.', want: ['AZE DEMAND territory []'] },
  { body: 'The meeting in the Turkish capital Ankara was cancelled after Baku said it would not withdraw its troops from the border villages.', want: ['AZE REJECT territory []'] },
  // (A capital heading the sentence is still its subject.)
  { body: 'The Serbian capital Belgrade said it would not recognise Kosovo.', want: ['SRB REJECT recognition []'] },
]);
