// A state's possessive before a person the lexicon does not know, who then speaks ("Zambia's Hakainde Hichilema,
// who spoke next, said …"), is that person speaking for the state (discourse/possessed-person): the "he" of the
// next quote and the bare surname later are the state's, not the last party named before. Sentences written for
// this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a possessed unknown name that speaks is a person of the state', [
  { body: 'Putin spoke first. Zambia\'s Hakainde Hichilema, who spoke next, said little. "Africa is ready to host talks between the two sides," he said.', want: ['ZMB OFFER talks []'] },
  { body: "Erdogan spoke first. Senegal's Macky Sall told reporters that he was ready to mediate between Armenia and Azerbaijan.", want: ['SEN OFFER talks []'] },
  { body: "Erdogan spoke first. Ghana's John Mahama said the mission was ready to host the next round. Mahama also called for a ceasefire.", want: ['GHA OFFER talks []', 'GHA PROPOSE ceasefire []'] },
]);

claimCases('not a speaker: a possessed name that does not speak stays a thing', [
  { body: "Russia's Black Sea Fleet left Sevastopol, and Moscow said it was ready to talk to Ankara.", want: ['RUS OFFER talks []'] },
]);

// A state's possessive before a person the lexicon knows as that state's ("Turkey's Recep Tayyip Erdogan") is one
// member of a list: the chain of the list runs on through the pair, so "their" after it finds every member, not only
// the last one (the chain had stopped at each "Party's Person" pair).
claimCases('a list of known persons each after their state\'s possessive stays one list', [
  { body: "The summit brought together Aliyev, Turkey's Recep Tayyip Erdogan and Armenia's Nikol Pashinyan. Their proposals include a ceasefire.", want: ['AZE PROPOSE ceasefire []', 'TUR PROPOSE ceasefire []', 'ARM PROPOSE ceasefire []'] },
  { body: "Kenya's William Ruto, Egypt's Abdel Fattah el-Sisi and Scholz met on Monday. Their plan calls for a ceasefire.", want: ['KEN PROPOSE ceasefire []', 'EGY PROPOSE ceasefire []', 'DEU PROPOSE ceasefire []'] },
]);

claimCases('not a list: one known person after the state\'s possessive is one speaker', [
  { body: "Turkey's Erdogan said Ankara was ready to host talks between Armenia and Azerbaijan.", want: ['TUR OFFER talks []'] },
  { body: "Japan's Fumio Kishida met Biden in Tokyo.", want: [] },
]);

// Heads of state and government and foreign ministers of the states that speak in this news, added to
// lexicon/data/people.json: named without their state, they speak for it.
claimCases('a known leader named without the state speaks for the state', [
  { body: 'President Azali Assoumani said a ceasefire was needed now.', want: ['COM DEMAND ceasefire []'] },
  { body: 'Kishida said Japan was ready to host talks between the two Koreas.', want: ['JPN OFFER talks []'] },
  { body: 'Christodoulides said Europe "must be at the table" when its security is discussed.', want: ['CYP DEMAND talks []'] },
]);

// A party's role right before a person the lexicon knows as that party's ("French President Emmanuel Macron") is one
// member of a list too: "A's Role Person and B's Role Person" + verb is one claim per party, not only the last
// person's (holder/described-person). Sentences written for this test.
claimCases('two persons each after their own role, coordinated, both hold the verb', [
  { body: 'Kenyan President William Ruto and Nigerian President Bola Tinubu welcomed the prisoner exchange between Ethiopia and Eritrea.', want: ['KEN ACCEPT humanitarian []', 'NGA ACCEPT humanitarian []'] },
  { body: 'Turkish President Recep Tayyip Erdogan and Azerbaijani President Ilham Aliyev called for a ceasefire in Karabakh.', want: ['TUR PROPOSE ceasefire []', 'AZE PROPOSE ceasefire []'] },
]);

claimCases('not a list: a role and its person after a verb, or an object', [
  { body: 'Azerbaijani President Ilham Aliyev met Turkish President Recep Tayyip Erdogan, who called for a ceasefire in Karabakh.', want: ['TUR PROPOSE ceasefire []'] },
  { body: 'Aliyev met Turkish President Recep Tayyip Erdogan and called for a ceasefire in Karabakh.', want: ['AZE PROPOSE ceasefire []'] },
  { body: 'French President Emmanuel Macron welcomed the ceasefire between Armenia and Azerbaijan.', want: ['FRA ACCEPT ceasefire []'] },
]);
