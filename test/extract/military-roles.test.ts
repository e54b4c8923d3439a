// Military and security ranks after a party adjective or possessive speak for their state, like "the Russian
// side" (roles.json roles; issue 7: holders on unseen text, where generals and army chiefs are quoted as often as
// ministers). Sentences written for these tests, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a military rank speaks for its state', [
  { body: '"We will fight on until the occupiers leave the Zaporizhzhia region," the Ukrainian commander said.', want: ['UKR DEMAND territory [UA-23]'] },
  { body: '"We will not withdraw from the border villages," the Azerbaijani army chief said.', want: ['AZE REJECT territory []'] },
  { body: '"We are ready for an immediate truce," the Eritrean intelligence chief said.', want: ['ERI OFFER ceasefire []'] },
]);

claimCases('"general" alone is no rank', [
  { body: 'A general ceasefire was discussed in Geneva on Monday.', want: [] },
]);

// Hosting or visiting a party is a stance on talks, like meeting it (cues.json talkVerbs).
claimCases('hosting or visiting a party is about talks', [
  { body: 'Last week Baku said it was ready to host Pashinyan in Gabala.', want: ['AZE OFFER talks []'] },
  { body: 'Modi said he was ready to visit Kyiv and Moscow.', want: ['IND OFFER talks []'] },
  // What is hosted can name another issue.
  { body: 'Hungary is ready to host NATO troops.', want: ['HUN OFFER security_guarantees []'] },
]);

// A party's forces that would (not) withdraw concede (or refuse) it on the word of whoever says so
// (candidate/modal); with no one saying so ("under the plan", no author), no claim.
claimCases('forces that would withdraw, on a party\'s word', [
  { body: 'Baku said its forces could pull back from the border villages.', want: ['AZE OFFER territory []'] },
  { body: '"Our army will not withdraw from Huliaipole," Syrskyi said.', want: ['UKR REJECT territory [UA-23]'] },
  { body: 'Russian troops will withdraw from Kherson, Peskov said.', want: ['RUS OFFER territory [UA-65]'] },
  { body: 'Ethiopian troops would withdraw from the border town under the plan.', want: [] },
]);
