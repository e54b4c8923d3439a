// An unnamed person placed in a party's delegation or government speaks for that party, and "the source" of the
// next sentence is that person (discourse/source-in-party, its mention part; its holder part: source-back-reference.test.ts). Sentences written for these tests.
import { claimCases } from './helpers.js';

claimCases('a source in a party\'s delegation, and "the source" after it', [
  { body: 'A source in the Armenian delegation spoke to reporters on Monday. The source called the ceasefire proposal unacceptable.', want: ['ARM REJECT ceasefire []'] },
  { body: 'A member of the Serbian delegation briefed reporters in Brussels. The same source called the ceasefire plan unacceptable.', want: ['SRB REJECT ceasefire []'] },
]);

claimCases('"the source" with no party named before it is no one\'s', [
  { body: 'According to a source familiar with the talks, the mood was tense. The source called the ceasefire proposal unacceptable.', want: [] },
]);

// A package of demands judged, with nothing before it to refer back to, is judged for what its sentence names after
// "including" (content/judged-package-including).
// (The demands keep their content past the judgement too: the other side's demand, content/judged-relative.)
claimCases('judged demands and the content named after "including"', [
  { body: 'A source in the Armenian delegation said the Azerbaijani side had made demands that were "unacceptable", including that Armenia withdraw its troops from the territory it holds near the border.', want: ['ARM REJECT territory []', 'AZE DEMAND territory []'] },
  { body: 'A member of the Serbian delegation said the Kosovo side had made demands that were "unacceptable", including the release of all detained Kosovo police officers.', want: ['SRB REJECT humanitarian []', 'XKX DEMAND humanitarian []'] },
]);
