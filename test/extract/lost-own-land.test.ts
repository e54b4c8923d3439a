// Losing, surrendering or trading a party's land named with its adjective ("the loss of Ukrainian territory",
// "would not trade Russian territory") is territory (issues.json territory terms): the noise term that keeps
// "strikes on Ukrainian territory" from reading as an issue must not eat it, alone or coordinated with a second
// item. Sentences written for this test, with other parties.
import { claimCases } from './helpers.js';

claimCases('losing a party\'s named land is territory', [
  { body: 'Kyiv would accept no proposal involving the loss of Ukrainian territory or a freeze of the conflict.', want: ['UKR REJECT territory []', 'UKR REJECT ceasefire []'] },
  { body: 'The Ukrainian foreign minister said Kyiv rejects any loss of Ukrainian territory.', want: ['UKR REJECT territory []'] },
  { body: 'Zelensky said he would not trade Ukrainian territory for peace.', want: ['UKR REJECT territory []'] },
  { body: 'Moscow would not give away an inch of Russian territory, the Kremlin said.', want: ['RUS REJECT territory []'] },
  // (Where something happens stays no issue.)
  { body: 'Kyiv said Russian troops had shelled villages on Ukrainian territory overnight.', want: [] },
  { body: 'Drones struck deep into Ukrainian territory overnight.', want: [] },
]);
