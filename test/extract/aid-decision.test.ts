// Agreeing to finance a side is a decision on aid, no stance on the terms of a settlement (content/aid-decision):
// "agreed to a loan for Ukraine to be repaid from frozen Russian assets" names the sanctions only to describe the
// loan; the agreement is a stance outside the issue list (issue "other"). Agreeing to a use of the assets themselves, or to a truce, is still a claim; so is refusing to agree to the
// loan. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('an agreement to finance a side is on no listed issue', [
  { body: 'Saudi Arabia agreed on Thursday to provide Sudan with a loan of about 2 billion dollars to be repaid from frozen assets of the army\'s firms.', want: ['SAU OFFER other []'] },
  { body: 'The G7 leaders agreed in Apulia to a roughly $5 billion loan for Armenia, to be serviced from the profits of frozen Azerbaijani assets.', want: ['USA PROPOSE other []', 'JPN PROPOSE other []', 'DEU PROPOSE other []', 'FRA PROPOSE other []', 'GBR PROPOSE other []', 'ITA PROPOSE other []', 'CAN PROPOSE other []'] },
  // (Paraphrase: the verb of lending itself.)
  { body: 'European Union leaders agreed early on Friday to lend Armenia 9 billion euros over two years, backed by frozen Azerbaijani assets.', want: ['EU OFFER other []'] },
  { body: 'France, Germany and Italy agreed on a new funding package for Kosovo financed by sanctions revenue.', want: ['FRA PROPOSE other []', 'DEU PROPOSE other []', 'ITA PROPOSE other []'] },
]);

claimCases('an agreement on the terms or on the assets themselves stays a claim', [
  { body: 'Britain, France and Germany agreed to a 30-day ceasefire between Israel and Hamas.', want: ['GBR PROPOSE ceasefire []', 'FRA PROPOSE ceasefire []', 'DEU PROPOSE ceasefire []'] },
  // (The object's head is the truce; the loan after "and" does not make the agreement one on aid.)
  { body: 'Qatar and Egypt agreed to a ceasefire in Darfur and a loan for Sudan.', want: ['QAT ACCEPT ceasefire []', 'EGY ACCEPT ceasefire []'] },
  { body: 'Belgium said it would agree to use the frozen Russian assets for Ukraine.', want: ['BEL OFFER sanctions []'] },
  { body: 'Belgium refused to agree to the loan backed by frozen Russian assets.', want: ['BEL REJECT sanctions []'] },
]);
