// A party inside a subordinate clause that opens its sentence ("After X met Y, …", "On Monday, when …, …") is not the
// sentence's subject for a pronoun of the next sentence when the main clause names a party after the comma
// (discourse/fronted-clause-subject). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('"he" of the next sentence is the main clause\'s subject, not the party of the fronted clause', [
  { body: 'On Monday, after Blinken and Nuland spent three hours with Aliyev in Baku, Armenian Foreign Minister Ararat Mirzoyan restated Yerevan\'s position.\nAzerbaijani forces, he said, must withdraw from the border villages.', want: ['ARM DEMAND territory []'] },
  { body: 'When Abiy Ahmed visited Nairobi last week, Eritrean President Isaias Afwerki gave an interview.\nEthiopian troops, he said, must withdraw from Badme.', want: ['ERI DEMAND territory []'] },
  { body: 'After Vucic met the EU envoy in Brussels, Kosovo Prime Minister Albin Kurti spoke to reporters.\nSerbian police, he said, must leave the northern municipalities.', want: ['XKX DEMAND territory []'] },
]);

claimCases('negatives: with no party after the comma, or no fronted clause, the reading is unchanged', [
  { body: 'After Ilham Aliyev met Pashinyan in Washington, reporters waited outside for hours.\nArmenian forces, he said, must leave the border villages.', want: ['AZE DEMAND territory []'] },
  { body: 'Armenian Foreign Minister Ararat Mirzoyan met Blinken after Aliyev had left.\nAzerbaijani forces, he said, must withdraw from the border villages.', want: ['ARM DEMAND territory []'] },
]);
