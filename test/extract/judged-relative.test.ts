// A refusal predicate in a relative clause on a stance's own noun ("demands that were 'non-starters', including …")
// judges the noun and does not end its content: the demands' content goes on to what "including" names
// (content/judged-relative). Sentences written for this test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

// (The noun's own claim on `other`, which the reference scorer does not count, is outside these cases.)
const demands = (c: { type: string; issue: string }) => c.type === 'DEMAND' && c.issue !== 'other';

claimCases('the judged demands keep their content', [
  { body: 'A source in the Armenian delegation said the Azerbaijani side had put forward demands that were "non-starters", including that Armenia withdraw its troops from the border villages.', want: ['AZE DEMAND territory []'] },
  { body: 'A Kosovo official said Serbia had presented demands which were unacceptable, including the lifting of sanctions on Serbian banks.', want: ['SRB DEMAND sanctions []'] },
], demands);
