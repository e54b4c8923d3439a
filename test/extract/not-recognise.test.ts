// Not recognising an annexation, an independence or a border in the present or the perfect is a standing refusal
// (cue not-recognise, recognition only). Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('not recognising is a refusal of recognition', [
  { body: 'Pashinyan said: we do not recognise the annexation of the border villages.', want: ['ARM REJECT recognition []'] },
  { body: "Serbia does not recognise Kosovo's independence, Vucic said.", want: ['SRB REJECT recognition []'] },
  { body: 'Tbilisi has never recognised the independence of Abkhazia.', want: ['GEO REJECT recognition []'] },
  // (The simple past is mostly the sense of identifying: no stance.)
  { body: 'Baku said its guards did not recognise the Armenian officers at the checkpoint.', want: [] },
]);
