// A shortened re-mention names the issue of the term it shortens (discourse/issue-remention): "the guarantees"
// after "security guarantees", "such a force" after "a reassurance force". Sentences written for this test,
// with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a determiner and the head of an earlier issue term name its issue', [
  {
    body: 'Armenia and Azerbaijan discussed security guarantees for the border villages on Monday. Pashinyan said the guarantees had to be legally binding and ratified by parliament.',
    want: ['ARM DEMAND security_guarantees []'],
  },
  {
    body: 'France and Britain are planning a reassurance force for Kosovo. Berlin said it was prepared to contribute to the force.',
    want: ['DEU OFFER security_guarantees []'],
  },
  {
    body: 'Ethiopia and Eritrea discussed a peacekeeping force for the border on Monday. Asmara rejected such a force on Tuesday.',
    want: ['ERI REJECT security_guarantees []'],
  },
  {
    body: 'The mediators proposed a free economic zone in Abyei on Monday. Khartoum rejected the zone on Tuesday.',
    want: ['SDN REJECT territory []'],
  },
]);

claimCases('no re-mention: no earlier term, an indefinite noun, or the war itself', [
  // no earlier term: "the guarantees" alone names no issue
  { body: 'Pashinyan said the guarantees had to be legally binding.', want: [] },
  // "a force" introduces something new
  { body: 'France and Britain are planning a reassurance force for Kosovo. Berlin said it was ready to build a force of its own for the Baltic.', want: [] },
  // "the war" after "end the war" is the war, not a ceasefire
  { body: 'Eritrea called for an end to the war in Tigray. Asmara said the war had destroyed the region\'s roads.', want: ['ERI DEMAND ceasefire []'] }, // (Eritrea, named alone, is read as a side of its dispute with Ethiopia: discourse/principal-sides)
]);
