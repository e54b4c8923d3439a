// A refusal whose subject (or fronted object) is only a demonstrative refuses the issue named last before it
// (content/demonstrative-subject). Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

const refusals = (c: { type: string }) => c.type === 'REJECT';

claimCases('a demonstrative refers the refusal back to the issue named before', [
  { body: 'In Vienna the Azerbaijani side raised again the status of the Armenian language and of the church. These are not subjects of negotiation, Pashinyan said.', want: ['ARM REJECT rights []'] },
  { body: 'Belgrade demanded a ceasefire in the north. This is not up for discussion, Kurti said.', want: ['XKX REJECT ceasefire []'] },
  { body: 'Azerbaijan wants the exchange to include prisoners convicted of serious crimes, and that we cannot accept, Pashinyan said.', want: ['ARM REJECT humanitarian []'] },
], refusals);

claimCases('a demonstrative with nothing named before it refuses no issue', [
  { body: 'This is not up for discussion, Kurti said.', want: [] },
  { body: 'Belgrade demanded the return of its police to the north of Kosovo. This is not a subject for discussion, Kurti said.', want: [] },
], refusals);
