// Justice for a war's crimes is no issue of the list (spec §2: issue other): an amnesty for what was done in the war,
// war crimes, a tribunal, impunity (issues.json other). Own set AJ: "Kyiv had asked for the amnesty clause to be
// removed", "a blanket amnesty for wartime conduct" were read as humanitarian. An amnesty for political prisoners
// stays humanitarian. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('an amnesty for the war, war crimes and a tribunal are issue other', [
  { body: 'Pristina asked for the amnesty clause to be removed from the draft agreement.', want: ['XKX DEMAND other []'] },
  { body: 'Addis Ababa rejected a blanket amnesty for crimes committed in Tigray.', want: ['ETH REJECT other []'] },
  { body: 'Kyiv called for a special tribunal for the crime of aggression.', want: ['UKR DEMAND other []'] },
]);

claimCases('prisoners and hostages stay humanitarian', [
  { body: 'Putin demanded an amnesty for political prisoners.', want: ['RUS DEMAND humanitarian []'] },
  { body: 'Israel demanded the release of all hostages held by Hamas.', want: ['ISR DEMAND humanitarian []'] },
]);
