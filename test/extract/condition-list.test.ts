// A condition does not end at the commas of a list of names (claim/if-condition, conditionEnd's listComma): what
// follows the list is still the condition ("… from the Syunik, Tavush and Ararat regions and renounced NATO
// membership" demands both). Sentences written for this test, with parties and places other than the corpus's
// (the Ukrainian regions only to check that the list gives every region).
import { claimCases } from './helpers.js';

claimCases('a condition runs past a list of names', [
  {
    body: 'Aliyev said Azerbaijan would sign a peace treaty if Armenia withdrew from the Syunik, Tavush and Ararat regions and renounced NATO membership.',
    want: ['AZE OFFER talks []', 'AZE DEMAND territory []', 'AZE DEMAND alliance []'],
  },
  {
    body: 'Putin said Russia would stop its offensive as soon as Ukraine pulled its troops out of the Kherson, Zaporizhzhia and Donetsk regions and formally gave up its bid to join NATO.',
    want: ['RUS OFFER ceasefire []', 'RUS DEMAND territory [UA-14,UA-23,UA-65]', 'RUS DEMAND alliance []'],
  },
]);

claimCases('a comma before a party ends the condition', [
  {
    body: 'If Kosovo leaves Zvecan, Serbia and Kosovo will sign a peace treaty, Vucic said.',
    want: ['SRB OFFER talks []', 'XKX OFFER talks []'],
  },
]);
