// A demand with its penalty after "or" (issue 7, threats stated without "threaten"): "urged Kyiv to begin negotiations
// now or face losing more territory". The penalty is the demand holder's threat (candidate/or-face, holder/or-face),
// and no part of what is asked: the demand's content ends at "or". Without a demand before it, or with an
// alternative act demanded ("or pay compensation"), nothing is threatened. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a demand, or a penalty', [
  { body: 'The Kremlin urged Kyiv to begin negotiations now or face losing more territory.', want: ['RUS DEMAND talks []', 'RUS THREATEN territory []'] },
  // (More villages lost is more land lost: territory, the frame of 'more' before a noun of land in issues.json.)
  { body: 'Aliyev called on Yerevan to sign the peace treaty or risk losing more villages.', want: ['AZE DEMAND talks []', 'AZE THREATEN territory []'] },
  { body: 'Brussels told Belgrade it must recognise Kosovo\'s documents or face the suspension of EU funds.', want: ['EU THREATEN other []'] },
  { body: 'Washington urged Pyongyang to halt its missile tests or face new sanctions.', want: ['USA DEMAND military_limits []', 'USA THREATEN sanctions []'] },
]);

claimCases('no demand, or an alternative demanded', [
  { body: 'Farmers in the region face losing their crops or face ruin.', want: [] },
  { body: 'Moscow demanded that Kyiv return the seized tankers or pay compensation.', want: ['RUS DEMAND other []'] },
  { body: 'Analysts said Serbia would have to choose: join the EU or face isolation.', want: [] },
]);

// (types43) A quote mark may open the penalty: 'or face "massive" new sanctions'.
claimCases('a demand, or a quoted penalty', [
  { body: 'The EU demanded that Belgrade recognise the Kosovo plates by Friday or face "serious" new sanctions.', want: ['EU DEMAND recognition []', 'EU THREATEN sanctions []'] },
  { body: 'Addis Ababa urged Asmara to pull its troops out of Tigray or risk "tougher" sanctions.', want: ['ETH DEMAND territory []', 'ETH THREATEN sanctions []'] },
]);

claimCases('a quoted alternative is no penalty', [
  { body: 'Analysts said Belgrade faces a "hard" choice: join the EU or face "isolation".', want: [] },
]);
