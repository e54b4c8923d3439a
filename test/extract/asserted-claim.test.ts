// A party's say-so before an infinitive ("the villages Baku claims to have annexed", "Serbia claimed to have
// incorporated") is a verb of asserting, no claim to land and no annexation to recognise: issues.json _noise consumes
// "claims to have (annexed)", "claimed to be" …, so a journalist's gloss of "the new territorial realities" adds no
// recognition claim to the land kept (content/realities-accounted). A claim to a place keeps recognition. Sentences
// written for this test, about disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a gloss of what a party claims to have annexed adds no recognition', [
  { body: 'Aliyev said any peace treaty would have to take into account the new territorial realities, a reference to the Armenian villages Baku claims to have annexed.', want: ['AZE DEMAND territory []'] },
  { body: 'Belgrade said any settlement must take account of "the new realities", by which it means the northern municipalities Serbia claimed to have incorporated.', want: ['SRB DEMAND territory []'] },
  { body: 'Eritrea insisted that any deal reflect the new territorial realities, meaning the border towns Asmara claims to be its own.', want: ['ERI DEMAND territory []'] },
]);

claimCases('a claim to a place is still recognition', [
  { body: 'Argentina demanded recognition of its claim to the Falklands.', want: ['ARG DEMAND recognition []'] },
  { body: 'Serbia will never recognise the independence that Kosovo claims to have won.', want: ['SRB REJECT recognition []'] },
]);
