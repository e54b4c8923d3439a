// A stance inside the subject a refusing predicate judges, held by the same party, is what that party refuses, not a
// stance of its own (sentence/judged-subject): "'Any attempts to make demands are unacceptable for us,' Lavrov said"
// holds no Russian demand. Another party's stance there, and a stance before a clause's edge ("dismissed the plan,
// saying …"), stay.
// Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

const noDemand = (c: { type: string }) => c.type === 'DEMAND';

claimCases('a stance the same party judges unacceptable is no demand of its own', [
  { body: '"Any attempts to make demands, especially ultimatums, are unacceptable for us," the Serbian foreign minister told reporters.', want: [] },
  { body: '"Talk about the need to make concessions to Baku, giving up Armenian land, is unacceptable for Armenia," Pashinyan told reporters.', want: [] },
  { body: 'The demand that Kosovo recognise Serbian sovereignty over the north is unacceptable, Kurti said.', want: [] },
], noDemand);

claimCases('another party\'s stance, or one before the clause\'s edge, stays', [
  { body: 'Azerbaijan\'s demand for the withdrawal of Armenian troops from the border villages is unacceptable, Pashinyan said.', want: ['AZE DEMAND territory []'] },
  { body: 'Baku demanded the withdrawal of Armenian troops from the border villages, and Yerevan said that was unacceptable.', want: ['AZE DEMAND territory []'] },
], noDemand);
