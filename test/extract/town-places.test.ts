// A town or landmark (places.json 'settlements') stands for its region in a claim's regions, but makes no item a
// territory item on its own: "a corridor out of Mariupol" is not about land (issue 7: territory on unseen text,
// where towns are named far more often than regions). Sentences written for these tests.
import { claimCases } from './helpers.js';

claimCases('a town gives its region to a territorial claim', [
  { body: 'Kyiv will never withdraw from Sloviansk and Kramatorsk, Zelensky said.', want: ['UKR REJECT territory [UA-14]'] },
  { body: 'Moscow demanded that Ukrainian troops leave Kupiansk.', want: ['RUS DEMAND territory [UA-63]'] },
  { body: 'The Kremlin offered to pull back from Sudzha district in exchange for the return of its prisoners of war.', want: ['RUS OFFER territory [RU-KRS]', 'RUS DEMAND humanitarian []'] },
]);

claimCases('a town alone makes no territory claim', [
  { body: 'The Red Cross called for civilians to be allowed to leave Bakhmut.', want: [] },
  { body: 'Turkey offered to host talks in Mariupol.', want: ['TUR OFFER talks [UA-14]'] },
]);

claimCases('"as well as" separates list items', [
  { body: 'Ukraine sought a ceasefire at sea as well as the return of deported children.', want: ['UKR DEMAND ceasefire []', 'UKR DEMAND humanitarian []'] },
]);
