// candidate/postponed-relief: weighing the relief of one's own measure only after a later state puts it off, a
// refusal for now; under a plain condition the weighed relief stays an offer. Sentences written for these tests,
// with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('relief weighed only after a later state: REJECT', [
  { body: 'Washington would consider lifting the tariffs on Serbian steel only after Belgrade had recognised Kosovo, a State Department spokesman said.', want: ['USA DEMAND recognition []', 'USA REJECT sanctions []'] },
  { body: 'The European Union would consider easing its sanctions on Khartoum only once the shelling of the camps had stopped, an EU spokeswoman said.', want: ['EU REJECT sanctions []'] },
  { body: 'Baku said it would consider unfreezing Armenian assets only when the last mines had been mapped.', want: ['AZE REJECT sanctions []'] },
]);

claimCases('relief weighed under a plain condition, or with no deferral: OFFER', [
  { body: 'Washington would consider lifting the tariffs on Serbian steel if Belgrade recognised Kosovo, a State Department spokesman said.', want: ['USA DEMAND recognition []', 'USA OFFER sanctions []'] },
  { body: 'Asked about the embargo, the British foreign secretary said London would consider easing the sanctions on Eritrea.', want: ['GBR OFFER sanctions []'] },
]);
