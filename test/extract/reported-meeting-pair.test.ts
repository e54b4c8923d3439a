// A meeting of two leaders reported by a third party's speaker ("He added that Aliyev and Pashinyan could meet …") is
// the speaker's stance, not that of the party named last in the pair (holder/reported-meeting-pair). Sentences written
// for this test, about other disputes.
import { claimCases } from './helpers.js';

const talks = (c: { issue: string }) => c.issue === 'talks';

claimCases('the speaker who reports a meeting of a pair holds it', [
  { body: 'Armenia\'s foreign ministry spokeswoman said that Pashinyan and President Ilham Aliyev could meet in Prague.', want: ['ARM OFFER talks []'] },
  { body: 'Serbia\'s foreign minister spoke to reporters in Belgrade. He added that Vucic and Prime Minister Albin Kurti could meet in Brussels.', want: ['SRB OFFER talks []'] },
  { body: 'Qatar\'s foreign ministry spokesman said that Netanyahu and Egyptian President Abdel Fattah al-Sisi might meet in Cairo next week.', want: ['QAT OFFER talks []'] },
], talks);

claimCases('negatives: the pair names itself, or no pair meets', [
  { body: 'Aliyev and Pashinyan could meet in Prague.', want: ['AZE OFFER talks []', 'ARM OFFER talks []'] },
  { body: 'The Armenian foreign ministry spokeswoman said that Azerbaijani negotiators could meet the Armenian delegation in Prague.', want: ['AZE OFFER talks []'] },
], talks);
