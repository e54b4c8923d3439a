// Arranging, brokering, mediating, convening or organising a meeting, a truce or an exchange puts it forward
// (issue 7, "stance constructions"; cues.json `broker`): the one who works to bring it about proposes it.
// Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('arranging or brokering proposes', [
  { body: 'Erdogan said he had begun arranging a meeting between Aliyev and Pashinyan.', want: ['TUR PROPOSE talks []'] },
  { body: 'The Armenian prime minister instructed his negotiators to work toward arranging a leaders\' meeting in Abu Dhabi.', want: ['ARM PROPOSE talks []'] },
  { body: 'Qatar is brokering a prisoner exchange between Armenia and Azerbaijan.', want: ['QAT PROPOSE humanitarian []'] },
  { body: 'The Swiss foreign minister will convene a summit of the Serbian and Kosovar leaders in Geneva.', want: ['CHE PROPOSE talks []'] },
  { body: 'Egypt is mediating a truce in Gaza, the foreign ministry in Cairo said.', want: ['EGY PROPOSE ceasefire []'] },
]);

claimCases('arranging something else, or a broker as a noun', [
  // Nothing the talks are made of: no stance.
  { body: 'The mayor of Chisinau organised a concert for the refugees.', want: [] },
  { body: 'Seoul arranged weapons deliveries to Kyiv through Poland.', want: [] },
  // Convening with no object says who met (trigger/broker-object).
  { body: 'The Serbian and Kosovar delegations convened in Brussels for a new round of talks.', want: [] },
  // "broker" as a noun is no stance.
  { body: 'A peace broker from Oslo visited Baku and Yerevan last week.', want: [] },
  // Intransitive "mediate" names nothing new: the offer is the claim, nothing more.
  { body: 'Ankara would continue to mediate and had proposed a further exchange of prisoners, Erdogan said.', want: ['TUR PROPOSE humanitarian []'] },
]);
