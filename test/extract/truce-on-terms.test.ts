// A relative clause on a list noun of terms whose verb halts the fighting, held by the party that sets the terms
// ("set out the conditions under which Azerbaijan would halt the shelling: …"), is that party's own conditional offer
// of a truce; the items after the colon are its demands, and no demand of a ceasefire is read from the clause
// (sentence/truce-on-terms). Sentences written for this test, about disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a truce offered on the terms listed', [
  { body: 'Aliyev set out the conditions under which Azerbaijan would halt the shelling: the withdrawal of Armenian troops from the border villages and the release of the detained soldiers.', want: ['AZE OFFER ceasefire []', 'AZE DEMAND territory []', 'AZE DEMAND humanitarian []'] },
  { body: 'The Eritrean president laid out the terms on which he said Asmara would stop fighting in Tigray: the disarmament of the Tigrayan forces and the return of the disputed town of Badme.', want: ['ERI OFFER ceasefire []', 'ERI DEMAND military_limits []', 'ERI DEMAND other []'] },
]);

claimCases('no truce offered: another party\'s act, or talks', [
  // (The RSF's joining is no offer of the army's, and no ceasefire the army demands.)
  { body: "Sudan's army chief set out the conditions under which the RSF could join a ceasefire: the withdrawal of its fighters from the homes of civilians in Khartoum.", want: ['SDN DEMAND humanitarian []'] },
  // (Negotiating is not halting the fighting: the clause describes the terms, test/extract/list-nouns.test.ts.)
  { body: "Kosovo's prime minister set out the conditions under which Pristina would negotiate: the recognition of Kosovo by Serbia and the withdrawal of Serbian police from the north.", want: ['XKX DEMAND recognition []', 'XKX DEMAND territory []'] },
  // (With no list after it, the clause was an offer already.)
  { body: 'Vucic set out the conditions under which Serbia would halt the strikes on the border crossings.', want: ['SRB OFFER ceasefire []'] },
]);
