// A state's possessive before a person the lexicon does not know, in a list opened by a verb that assembles a group
// ("brought together", "included", "alongside"), names that person for the state, learned for later mentions by
// surname (discourse/among-them-members 'assemblyWords'). Sentences written for this test, with other parties and
// places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a member named in an assembled list speaks for the state when named again by surname', [
  {
    body: "The mission brought together Ruto, Ghana's Nana Akufo-Addo, Malawi's Lazarus Chakwera and envoys from Egypt. Chakwera said he was ready to host talks between Khartoum and the RSF.",
    want: ['MWI OFFER talks []'],
  },
  // paraphrase: "included"
  {
    body: "The delegation included Botswana's Mokgweetsi Masisi and Ghana's Nana Akufo-Addo. Masisi told reporters he stood ready to host peace talks between the two sides.",
    want: ['BWA OFFER talks []'],
  },
  // paraphrase: "alongside", the surname alone as the speaker of an offer
  {
    body: "Ramaphosa travelled to Addis Ababa alongside Malawi's Lazarus Chakwera and Ghana's Nana Akufo-Addo. Chakwera told reporters he was offering to help bring about peace talks.",
    want: ['MWI OFFER talks []'],
  },
  // (No assembling verb and no speech: a name in a plain list is not learned.)
  {
    body: "Flags of Ghana, Malawi and Botswana flew over the hall. Chakwera said he was ready to host talks.",
    want: [],
  },
], (c) => c.type === 'OFFER');
