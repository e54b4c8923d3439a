// A sentence opened by "In" and a capital, then a government office the lexicon gives no party (a title and a name it
// does not know, "the Ministry of Foreign Affairs", "a Foreign Ministry spokesman"), is that office speaking for the
// capital's state (discourse/fronted-capital). Sentences written for this test, with parties and places other than
// the corpus's.
import { claimCases } from './helpers.js';

claimCases('an office after a fronted capital speaks for the capital\'s state', [
  { body: 'In Nairobi, Foreign Minister Musalia Mudavadi welcomed the ceasefire agreement between Sudan and South Sudan.', want: ['KEN ACCEPT ceasefire []'] },
  { body: 'In Addis Ababa, the Ministry of Foreign Affairs welcomed the ceasefire agreement.', want: ['ETH ACCEPT ceasefire []'] },
  { body: 'In Belgrade, a Foreign Ministry spokesman said Serbia would never recognise the independence of Kosovo.', want: ['SRB REJECT recognition []'] },
  { body: 'In Yerevan, a senior official welcomed the ceasefire agreement.', want: ['ARM ACCEPT ceasefire []'] },
  { body: 'In Dublin, Taoiseach Micheál Martin welcomed the ceasefire agreement in Gaza.', want: ['IRL ACCEPT ceasefire []'] },
  // (A country's name after the first word of an unknown name is a surname, not a party.)
  { body: 'In Lisbon, Prime Minister Luis Montenegro welcomed the ceasefire agreement.', want: ['PRT ACCEPT ceasefire []'] },
  // (The office is "he" in the next sentence.)
  { body: 'In Nairobi, Foreign Minister Musalia Mudavadi spoke to reporters on Monday. He said Kenya was ready to host talks between the Sudanese army and the RSF.', want: ['KEN OFFER talks []'] },
]);

claimCases('no office of the capital: a known party, a visitor, people of no office', [
  { body: 'In Baku, Armenian Foreign Minister Ararat Mirzoyan welcomed the ceasefire agreement.', want: ['ARM ACCEPT ceasefire []'] },
  { body: 'In Ankara, President Aliyev welcomed the ceasefire agreement.', want: ['AZE ACCEPT ceasefire []'] },
  { body: 'In Belgrade, political scientist Dusan Spasojevic said the ceasefire agreement would hold.', want: [] },
  { body: 'In Belgrade, opposition lawmakers welcomed the ceasefire agreement.', want: [] },
  { body: 'In Nairobi, officials said the Sudanese army had agreed to a ceasefire.', want: [] },
]);

// The foreign minister's title in its national forms ("Foreign Affairs Minister", "External Affairs Minister", "Foreign
// Affairs Ministry", roles.json) is an office too: before it, "In Ottawa, Foreign Affairs Minister Anita Anand
// welcomed …" found no holder at all.
claimCases('the foreign minister\'s title in its national forms, after a fronted capital', [
  { body: 'In Nairobi, Foreign Affairs Minister Musalia Mudavadi welcomed the agreement on prisoners between Ethiopia and Eritrea.', want: ['KEN ACCEPT humanitarian []'] },
  { body: 'In New Delhi, External Affairs Minister Arun Mehra welcomed the ceasefire agreement between Israel and Hamas.', want: ['IND ACCEPT ceasefire []'] },
  { body: 'In Accra, the Foreign Affairs Ministry has rejected any recognition of the annexation.', want: ['GHA REJECT recognition []'] },
]);

claimCases('no stance or no office of the capital, with the same titles', [
  { body: 'In Nairobi, Foreign Affairs Minister Musalia Mudavadi welcomed the visitors.', want: [] },
  { body: 'In Nairobi, Foreign Affairs Minister Musalia Mudavadi welcomed the delegation to the city.', want: [] },
  { body: 'In Ankara, Armenian Foreign Affairs Minister Ararat Mirzoyan welcomed the ceasefire agreement.', want: ['ARM ACCEPT ceasefire []'] },
]);
