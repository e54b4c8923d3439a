// Numbered points on lines of their own go on with one speaker's list: the holder carried from point N (the speaker a
// deontic took, a claim's holder) goes on to point N+1 across the paragraph break (discourse/numbered-carry).
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const ALIYEV = 'Speaking in Baku on Friday, Aliyev said Azerbaijan would sign the treaty as soon as Yerevan met his terms. His list, as he set it out:\n\n'
  + '1. Armenian troops must be withdrawn from the border posts in Syunik.\n\n'
  + '2. Yerevan must remove the claim to Karabakh from its constitution.\n\n'
  + '3. All sanctions against Azerbaijani officials must be lifted.\n\n'
  + '4. The OSCE Minsk Group must be dissolved before any talks.';

const VUCIC = 'Vucic told parliament on Tuesday what Belgrade wanted from the Brussels talks:\n\n'
  + '1) Kosovo must set up the association of Serb-majority municipalities.\n\n'
  + '2) Pristina must withdraw its special police from the north.\n\n'
  + '3) Prisoners held on both sides should be released in a full exchange.';

const BULLETS = 'Abiy said on Monday that Ethiopia would halt its offensive immediately.\n\n'
  + '- Eritrean troops must leave Badme and the border villages.\n\n'
  + '- All prisoners of war must be exchanged before any talks.';

test('a numbered point after the one before: the same holder', () => {
  assertIncludes([
    [ALIYEV, 'AZE DEMAND territory []'],
    [ALIYEV, 'AZE DEMAND sanctions []'],
    [ALIYEV, 'AZE DEMAND talks []'],
    [VUCIC, 'SRB DEMAND territory []'],
    [VUCIC, 'SRB DEMAND humanitarian []'],
    [BULLETS, 'ETH DEMAND humanitarian []'],
  ]);
});

test('no carry past prose, nor into a list that starts again', () => {
  // (A prose paragraph between the points: the second list point is no continuation.)
  assertNone([
    'Aliyev said Azerbaijan would sign the treaty once Yerevan met his terms.\n\n'
      + '1. Armenian troops must be withdrawn from the border posts in Syunik.\n\n'
      + 'The weather in Baku was cold on Friday.\n\n'
      + '2. All sanctions against Azerbaijani officials must be lifted.',
    'Aliyev said Azerbaijan would sign the treaty once Yerevan met his terms.\n\n'
      + '1. Armenian troops must be withdrawn from the border posts in Syunik.\n\n'
      + '1. All sanctions against Azerbaijani officials must be lifted.',
  ], /^AZE DEMAND sanctions/);
  assertNone([
    'Abiy said on Monday that Ethiopia would halt its offensive immediately.\n\n'
      + '- Eritrean troops must leave Badme and the border villages.\n\n'
      + 'The weather in Addis Ababa was cold.\n\n'
      + '- All prisoners of war must be exchanged before any talks.',
  ], /^ETH DEMAND humanitarian/);
});
