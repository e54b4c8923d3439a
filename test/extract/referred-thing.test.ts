// A party takes a stance on a thing named before by naming it (refback, thirtieth session): "Addis Ababa welcomed the
// report" accepts what the report urged; "Yerevan welcomed the paper", "Pashinyan called the Azerbaijani memorandum an
// ultimatum" answer a whole plan, the talks (spec rule 9); "dismissed the gathering as a futile attempt to …" refuses
// the talks, not what the judgement after "as" names (content/referred-document, content/referred-meeting; the name
// given in quotes and an object with a possessive or a participle set off by commas, candidate/named-judgement).
// Sentences written for this test, with other parties.
import { claimCases } from './helpers.js';

claimCases('a stance on a document or meeting named before takes what it holds', [
  {
    body: 'The African Union released a report on Monday. In its report, the African Union urged Ethiopia and Eritrea to halt all shelling around Zalambessa. Addis Ababa welcomed the report.',
    // (A call addressed to both sides to act is a demand on them, claim/addressed-sides.)
    want: ['AU DEMAND ceasefire []', 'ETH ACCEPT ceasefire []'],
  },
  {
    body: 'Azerbaijan handed Armenia a six-point paper on Monday that calls for a peace treaty and for Yerevan to amend its constitution. Yerevan welcomed the paper.',
    want: ['ARM ACCEPT talks []'],
  },
  {
    body: 'Azerbaijan sent Armenia a memorandum demanding that Yerevan amend its constitution. Pashinyan called the Azerbaijani memorandum an "ultimatum".',
    want: ['AZE DEMAND governance []', 'ARM REJECT talks []'],
  },
  { body: 'Prime Minister Albin Kurti called Serbia\'s written memorandum, handed over on Monday, "an ultimatum".', want: ['XKX REJECT talks []'] },
  { body: 'Pakistan\'s foreign ministry dismissed the gathering as a futile attempt to impose sanctions on Islamabad.', want: ['PAK REJECT talks []'] },
]);

claimCases('no stance: a news report denied, a judgement by no party, an event or a report that holds no position', [
  {
    body: 'The African Union released a report on Monday. In its report, the African Union urged Ethiopia and Eritrea to halt all shelling around Zalambessa. Asmara dismissed the report as fabricated.',
    want: ['AU DEMAND ceasefire []'],
  },
  {
    body: 'Azerbaijan sent Armenia a memorandum demanding that Yerevan amend its constitution. Analysts called the Azerbaijani memorandum an "ultimatum".',
    want: ['AZE DEMAND governance []'],
  },
  { body: 'Israel welcomed the delegation at the airport on Monday.', want: [] },
  { body: 'Hamas called the strike a war crime.', want: [] },
  { body: 'A report in a local newspaper said the front had been quiet for a week. Khartoum welcomed the report.', want: [] },
]);
