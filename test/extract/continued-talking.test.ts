// Going on talking, negotiating or facilitating is the talks (issues.json talks terms "keep talking", "continue
// talking", "keep negotiating", "continue facilitating"): readiness to do so offers them. Sentences written for this
// test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('readiness to keep talking offers the talks', [
  { body: 'Ryabkov said Serbia would not make any concessions but was ready to keep talking to Washington.', want: ['SRB OFFER talks []'] },
  { body: 'Baku said it was ready to continue talking with Yerevan.', want: ['AZE OFFER talks []'] },
  { body: 'The UAE, which hosted the talks between Khartoum and the RSF, said it was ready to continue facilitating them.', want: ['ARE OFFER talks []'] },
  { body: 'Eritrea said it would keep negotiating with Ethiopia.', want: ['ERI OFFER talks []'] },
  // (Talking to reporters is no talks: no claim.)
  { body: 'Aliyev said he was ready to keep the border closed, talking to reporters in Baku.', want: [] },
], (c) => c.issue === 'talks');

claimCases('talking to the press is no talks', [
  { body: 'Serbia is ready to keep talking to reporters about the match.', want: [] },
  { body: 'Baku said it would continue talking to journalists every week.', want: [] },
], (c) => c.issue === 'talks');
