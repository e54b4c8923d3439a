// A settlement term expected from a time on is asked of the other side (trigger/want-needs-act, wanted-act.ts
// expectedOnset 'onsetParticiples'): "We expect a full and lasting ceasefire starting tomorrow". Without a term, or
// without a time after the participle, an expectation is a forecast. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a term expected from a time on', [
  { body: '"We expect a full and lasting ceasefire starting tomorrow," Pashinyan told reporters in Yerevan.', want: ['ARM DEMAND ceasefire []'] },
  { body: 'Kurti said Kosovo expects a full ceasefire in the north, beginning on Monday.', want: ['XKX DEMAND ceasefire []'] },
]);

claimCases('a forecast, or no time after the participle, asks nothing', [
  { body: 'Vucic said he expects a difficult winter starting tomorrow.', want: [] },
  { body: 'Aliyev said he expects a ceasefire starting to take hold in the coming weeks.', want: [] },
]);
