// No need of a thing refuses it (issue 7, negation scope): "we do not need a truce", "sees no need for new talks",
// "there is no need for peacekeepers" are refusals, while a negated demand ("never demanded a withdrawal") still
// reports none. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('no need refuses', [
  { body: '"We do not need a truce," Aliyev said on Tuesday.', want: ['AZE REJECT ceasefire []'] },
  { body: 'Belgrade sees no need for new talks, the Serbian president said.', want: ['SRB REJECT talks []'] },
  { body: '"There is no need for peacekeepers," the Russian foreign minister said.', want: ['RUS REJECT security_guarantees []'] },
  { body: '"I don\'t think they need a ceasefire," the Turkish president said.', want: ['TUR REJECT ceasefire []'] },
]);

claimCases('a negated demand still reports none', [
  { body: 'Moscow never demanded a withdrawal from Kherson, the Kremlin spokesman said.', want: [] },
  // Needing something of one's own, not of another party, is no demand either way.
  { body: 'Kyiv did not need more time to answer, Yermak said.', want: [] },
]);
