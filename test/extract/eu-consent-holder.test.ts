// claim/eu-consent-holder: not objecting to a state's joining the European Union stays the alliance only as the stance
// of the party that does not object; another party asking for or reporting that consent wants the Union membership,
// issue other (spec §2). Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('the non-objector itself keeps the alliance', [
  { body: 'Belgrade would not object to Kosovo joining the European Union, the Serbian president said.', want: ['SRB ACCEPT alliance []'] },
  { body: 'Baku said on Monday it does not object to Armenia joining the European Union.', want: ['AZE ACCEPT alliance []'] },
]);

claimCases('another party asking for or reporting the consent: issue other', [
  { body: 'Pristina said it expected the five holdout members not to object to Kosovo joining the European Union.', want: ['XKX DEMAND other []'] },
  { body: 'The Armenian delegation stressed that neutrality would not stand in the way of membership of the European Union.', want: ['ARM ACCEPT other []'] },
  { body: 'Chisinau insisted that neutrality must not stand in the way of the country joining the European Union.', want: ['MDA DEMAND other []'] },
]);

claimCases('a term of NATO or neutrality as content keeps the alliance', [
  { body: 'Tbilisi said Moscow should not object to Georgia joining the EU and NATO.', want: ['GEO DEMAND alliance []'] },
]);
