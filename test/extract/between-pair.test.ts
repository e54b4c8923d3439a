// The pair at the table named "between X … and Y" (discourse/between-pair): even when a participle ("led by …",
// "headed by …") breaks the coordination of the two parties, "the two delegations" and "both sides" after a sentence of
// talks "between a Serbian team led by … and a Kosovar delegation headed by …" are those two, one claim each (spec §3
// rule 8), not the lexicon's principal pair. Sentences written for this test, with parties and places other than the
// corpus's.
import { claimCases } from './helpers.js';

claimCases('"the two delegations" after talks between two described parties are those parties', [
  { body: 'The deal was reached in Brussels on Tuesday, after talks between a Serbian team led by Prime Minister Ana Brnabic and a Kosovar delegation headed by Albin Kurti. In return, Belgrade said it would reopen the border crossings. The two delegations also agreed to work on the release of prisoners of war.', want: ['SRB ACCEPT humanitarian []', 'XKX ACCEPT humanitarian []'] },
  { body: 'The text was agreed in Doha after hours of talks between an Armenian delegation led by Ararat Mirzoyan and an Azerbaijani team headed by Jeyhun Bayramov. Both sides agreed to exchange all prisoners of war.', want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
], (c) => c.issue === 'humanitarian');

claimCases('talks between two parties named together keep their pair', [
  { body: 'The text was agreed in Doha after talks between Armenia and Azerbaijan. Both sides agreed to exchange all prisoners of war.', want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
], (c) => c.issue === 'humanitarian');
