// Readiness frames of third parties and endorsements of another's readiness (branch h-ready52):
// - a role or a part a party would play or take on is its share in the peace process, the talks (issue frame,
//   issues.json talks: weak, so a role in something named keeps that issue);
// - a share in maritime security, the safety of shipping or navigation, or mine clearance is a naval task of the
//   forces that guarantee a peace, a security guarantee (issues.json security_guarantees: term 'maritime security' and
//   an outranking frame), while a belligerent's own promise of safe navigation stays the truce at sea;
// - appreciating or valuing another's effort or desire ('we highly appreciate', 'we value') endorses it, as
//   'appreciates' does (cue 'welcome').
// Sentences written for this test, about disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a role or a part a party would play is its share in the talks', [
  { body: 'Egypt would continue to play a constructive role, its foreign minister said.', want: ['EGY OFFER talks []'] },
  { body: 'Norway stood ready to play its part, the Norwegian foreign minister told reporters after meeting Aliyev and Pashinyan.', want: ['NOR OFFER talks []'] },
  { body: 'Kenya was ready to keep playing its role as a mediator between Ethiopia and Eritrea.', want: ['KEN OFFER talks []'] },
  { body: 'The African Union said it was willing to take on a facilitating role between Khartoum and the Rapid Support Forces.', want: ['AU OFFER talks []'] },
]);

claimCases('a role in something named keeps that issue (the frame is weak)', [
  { body: 'Qatar said it was ready to play a constructive role in ending the fighting in Sudan.', want: ['QAT OFFER ceasefire []'] },
  { body: 'Greece said it was ready to take on a role in the safety of shipping in the Red Sea.', want: ['GRC OFFER security_guarantees []'] },
]);

claimCases('a role played as a fact, a role sought, or taking part: no role frame', [
  { body: 'Ankara played no role in the talks between Baku and Yerevan, a diplomat said.', want: [] },
  { body: 'India is seeking a bigger role in global trade, officials said.', want: [] },
  { body: 'Saudi Arabia wants to assume a central role in international diplomacy.', want: [] },
  { body: 'Ethiopia said it would not take part in the talks in Nairobi.', want: ['ETH REJECT talks []'] },
]);

claimCases('a share in maritime security, shipping safety or mine clearance is a security guarantee', [
  { body: 'Italy would contribute to maritime security and demining off the coast of Gaza, Rome said.', want: ['ITA OFFER security_guarantees []'] },
  { body: 'Cyprus was ready to help with mine clearance in the eastern Mediterranean after a ceasefire.', want: ['CYP OFFER security_guarantees []'] },
  { body: 'Turkey offered to take part in maritime security operations in the Red Sea.', want: ['TUR OFFER security_guarantees []'] },
]);

claimCases('a belligerent\'s own promise of safe navigation stays the truce at sea', [
  { body: 'Iran agreed to ensure safe navigation in the Strait of Hormuz.', want: ['IRN OFFER ceasefire []'] },
  { body: 'Yemen\'s Houthis said they were ready to guarantee the safety of navigation in the Red Sea if the bombing of Gaza stopped.', want: ['YEM OFFER ceasefire []', 'YEM DEMAND ceasefire []'] },
]);

claimCases('appreciating or valuing another\'s effort or desire endorses it', [
  { body: 'We highly appreciate the sincere desire of our Turkish friends to contribute to the settlement of the conflict, Aliyev said.', want: ['AZE ACCEPT talks []'] },
  { body: 'Pashinyan said: We value the humanitarian work of the Red Cross in returning prisoners to Armenia.', want: ['ARM ACCEPT humanitarian []'] },
]);

claimCases('"valued at" and shared "values" are no endorsement', [
  { body: 'The frozen assets, valued at 5 billion euros, remain in Belgium.', want: [] },
  { body: 'Serbia and Kosovo share European values, Borrell said.', want: [] },
]);
