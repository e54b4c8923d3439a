// A measure in the progressive is the measure (trigger/harmful-act, src/extract/harm.ts): "we're going to be doing
// very severe tariffs if we don't have a deal" threatens sanctions as "we will impose tariffs" does; "do" is the
// light verb of a measure and threatens only with a sanctions term after it. Sentences written for this test, with
// other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a modal + be + the -ing form of a measure threatens it', [
  { body: "We're going to be doing very severe tariffs on Caracas if we don't have a deal in 30 days, the US president said.", want: ['USA THREATEN sanctions []'] },
  { body: 'The EU will be imposing new sanctions on Belgrade if there is no deal by June, Kallas said.', want: ['EU THREATEN sanctions []'] },
  { body: 'Britain is going to be slapping tariffs on Sudanese gold, the minister warned.', want: ['GBR THREATEN sanctions []'] },
]);

claimCases('no measure: "do" without a sanctions term, progressives of other verbs', [
  { body: 'Israel said it would do anything to bring the hostages home.', want: [] },
  { body: 'Washington will be doing more business with Baku, the envoy said.', want: [] },
  { body: 'Armenia will be responding to the Azerbaijani proposal next week, the minister said.', want: [] },
]);
