// A verb of listing whose object is "them", "these" or "those" before a colon lists the typed list noun named last
// ("conditions", "demands", "security interests") in its sentence or the two before (candidate/listed-back): the items
// after the colon are the listing party's stances of that noun's type. Sentences written for these tests.
import { claimCases } from './helpers.js';

claimCases('"listed them:" lists the noun named before', [
  {
    body: 'Baku has set out its conditions for a deal. Aliyev listed them: recognition of Azerbaijani sovereignty over Karabakh, the demilitarisation of the border, and a change to Armenia\'s constitution.',
    want: ['AZE DEMAND recognition []', 'AZE DEMAND military_limits []', 'AZE DEMAND governance []'],
  },
  {
    body: 'Belgrade said a settlement was possible only if Serbia\'s legitimate security interests were respected. Vucic spelled them out: a ban on Kosovo joining NATO and the withdrawal of Kosovo police from the north.',
    want: ['SRB DEMAND alliance []', 'SRB DEMAND territory []'],
  },
  {
    body: 'Pristina has made several concessions. Kurti named these: an amnesty for Serb officials and elections in the northern municipalities.',
    want: ['XKX OFFER other []', 'XKX OFFER governance []'], // an amnesty for officials: issue other (spec §2 humanitarian is prisoners, children, civilians, bodies)
  },
]);

claimCases('"listed them:" with no list noun before lists no stance', [
  { body: 'Three villages were shelled overnight. The ministry listed them: Kalynivka, Hrabove and Bilohorivka.', want: [] },
  { body: 'The envoys met four times in May. Aliyev listed them: Geneva, Vienna, Brussels and Moscow.', want: [] },
]);

// A list noun whose predicate says it stays the same, then a colon, states its items (candidate/unchanged-list);
// a participle of listing after the attribution spells out the list noun named before it (candidate/listing-participle).
claimCases('"X\'s demand had not changed: …" and ", Y said, listing …"', [
  {
    body: 'Baku\'s demand had not changed, Aliyev added: the withdrawal of Armenian troops from Tavush and a change to Armenia\'s constitution.',
    want: ['AZE DEMAND territory []', 'AZE DEMAND governance []'],
  },
  { body: 'Armenia\'s conditions remain unchanged: a ceasefire along the border.', want: ['ARM DEMAND ceasefire []'] },
  {
    body: 'A settlement was possible only if Serbia\'s security interests were respected, Vucic said, listing a ban on Kosovo joining NATO and the withdrawal of Kosovo police from the north.',
    want: ['SRB DEMAND alliance []', 'SRB DEMAND territory []'],
  },
  // No list noun before the participle: nothing is listed.
  { body: 'The talks were going well, Vucic said, listing Geneva, Vienna and Brussels as venues.', want: [] },
]);
