// A harsher demand held out for a later round ("warned that next time Russia might also want Kharkiv and Sumy", "if
// Kyiv refused, at the next meeting Russia would ask for more regions") is a warning, a threat (spec §2 THREATEN), not
// a demand made now (claim/escalated-demand). Gold of own sets AL, P. A demand now, or a wish about the next round's
// agenda, stays a demand. Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

const scored = (c: { issue: string }) => c.issue !== 'other';

claimCases('a demand raised next time is a threat', [
  { body: 'An Azerbaijani negotiator warned that next time Baku might also want more territory.', want: ['AZE THREATEN territory []'] },
  { body: 'Pashinyan said Baku had told Yerevan that next time it would also demand more territory.', want: ['AZE THREATEN territory []'] },
  { body: 'Kosovo officials said that at the next round Belgrade would ask for further territory.', want: ['SRB THREATEN territory []'] },
], scored);

claimCases('a demand now, or for the next round\'s agenda, stays a demand', [
  { body: 'Baku demanded more territory at the meeting.', want: ['AZE DEMAND territory []'] },
  { body: 'Pashinyan wanted the next round to focus on a full ceasefire.', want: ['ARM DEMAND ceasefire []'] },
  { body: 'Baku said it would also demand more territory.', want: ['AZE DEMAND territory []'] },
], scored);
