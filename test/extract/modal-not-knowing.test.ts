// A negated modal before a verb of knowing or saying refuses nothing, also after "yet" ("could not yet say which
// areas …"): "yet" is skipped as the modal's adverbs are; one before a verb of conceding still refuses ("would not
// yet withdraw"). Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a negated modal + "yet" + a verb of knowing or saying refuses nothing', [
  { body: 'Kyiv could not yet say which occupied areas it would demand back, Yermak said.', want: [] },
  { body: 'Seoul could not yet confirm whether Pyongyang would return to the talks, the ministry said.', want: [] },
  { body: 'Moscow cannot yet comment on whether it would withdraw from Kherson, Peskov said.', want: [] },
]);

claimCases('negatives: "not yet" before a verb of conceding still refuses', [
  { body: 'Kyiv would not yet withdraw its troops from Kursk, Syrskyi said.', want: ['UKR REJECT territory [RU-KRS]'] },
  { body: 'Armenia will not yet sign the peace treaty with Azerbaijan, Pashinyan said.', want: ['ARM REJECT talks []'] },
]);
