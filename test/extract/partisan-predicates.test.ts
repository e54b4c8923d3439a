// Calling a meeting or plan partisan refuses it (cues.json reject-predicate: "anti-Russian", "one-sided",
// "biased"), as "unacceptable" does. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a partisan predicate refuses its subject', [
  { body: 'Moscow called the Copenhagen meeting openly anti-Russian.', want: ['RUS REJECT talks []'] },
  { body: "Armenia's foreign ministry called the Brussels meeting one-sided.", want: ['ARM REJECT talks []'] },
  // (A verb of judging holds its predicate: "dismissed … as", "denounced … as" like "called"; a party adjective in
  // its object is not the judge: this gave CHN REJECT too.)
  { body: 'Kyiv dismissed the Chinese-hosted summit as biased.', want: ['UKR REJECT talks []'] },
  { body: 'Kyiv dismissed the Chinese summit as unacceptable.', want: ['UKR REJECT talks []'] },
  // (As an attribute of a noun it judges nothing.)
  { body: 'The anti-Russian sanctions were extended by the EU in July.', want: [] },
]);
