// Saying one will make no concessions, or no compromise, on a matter refuses to yield it: a REJECT on what follows
// ('on …'), held by the speaker (cue no-concession). Not the past ('had made no concession': a fact reported), not a
// compromise not yet found, and not one with no matter named. Sentences written for this test, with other parties and
// places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('no concessions on a matter refuse to yield it', [
  {
    body: 'Armenian Prime Minister Nikol Pashinyan told parliament on Tuesday that Yerevan would make no concessions on its land.',
    want: ['ARM REJECT territory []'],
  },
  // paraphrase: the phrase quoted inside the sentence, a relative clause naming the land
  {
    body: 'Deputy Foreign Minister Jeyhun Bayramov told a Baku newspaper that Azerbaijan would make "no concessions" on the territories it considers its own.',
    want: ['AZE REJECT territory []'],
  },
  // paraphrase: 'not … any', a ceasefire matter
  {
    body: 'Sudan\'s army chief said on Monday that the army would not make any concessions on the withdrawal of the Rapid Support Forces from Khartoum.',
    want: ['SDN REJECT territory []'],
  },
  // paraphrase: compromise, an existential sentence
  {
    body: '"There will be no compromise on the sanctions," the Lithuanian foreign minister said on Friday.',
    want: ['LTU REJECT sanctions []'],
  },
], (c) => c.type === 'REJECT');

claimCases('no refusal: a past fact, a compromise not yet found, no matter named', [
  // (The past reports what happened.)
  { body: 'Pashinyan insisted on Thursday that Armenia had made no concessions on its land during the talks.', want: [] },
  // (A compromise not found yet.)
  { body: 'Aliyev\'s aide said no compromise has yet been found on the border question.', want: [] },
  // (No matter named: the issue gate.)
  { body: '"We will not make any concessions in the dark," Pashinyan said.', want: [] },
], (c) => c.type === 'REJECT');
