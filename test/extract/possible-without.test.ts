// A settlement said to be possible without something refuses that thing as its condition
// (candidate/possible-without): "the ceasefire could be enacted without the lifting of sanctions" rejects the
// linkage to sanctions. Before, the sentence read no stance ("enacted" is no cue) or the verb's own cue
// ("signed") accepted what follows "without". Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a ceasefire, a deal or talks possible without X: X is refused as a condition', [
  { body: 'Pashinyan said a peace treaty could be signed without changes to the Armenian constitution.', want: ['ARM REJECT governance []'] },
  { body: 'Netanyahu said a ceasefire deal could be reached without a full Israeli withdrawal from Gaza.', want: ['ISR REJECT territory []'] },
  { body: 'Kyiv maintains that the truce could be enacted without the lifting of sanctions.', want: ['UKR REJECT sanctions []'] },
  { body: 'Sudan\'s army chief said the talks could go ahead without the withdrawal of its forces from Khartoum.', want: ['SDN REJECT territory []'] },
]);

claimCases('negated, a manner, another subject or a past fact: no refusal', [
  { body: 'Zelensky said talks cannot be held without a ceasefire.', want: ['UKR DEMAND ceasefire []'] },
  { body: 'Russia said talks could resume without preconditions.', want: [] },
  { body: 'Russia could be defeated without Western troops, the analyst wrote.', want: [] },
  { body: 'The truce was enacted without the lifting of sanctions.', want: [] },
]);
