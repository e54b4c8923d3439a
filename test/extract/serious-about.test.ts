// Being serious or sincere about dialogue signals readiness for it (issue 7, stance constructions: the willing cue
// family). Sentences written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('serious about talks is an offer of them', [
  { body: 'Aliyev said he was serious about dialogue with Yerevan.', want: ['AZE OFFER talks []'] },
  { body: 'Vucic insisted Belgrade was sincere about the EU-brokered talks.', want: ['SRB OFFER talks []'] },
]);

claimCases('serious about something that is no issue is nothing', [
  { body: 'Aliyev said he was serious about football.', want: [] },
]);
