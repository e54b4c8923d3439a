// A prospective agreement on a condition of one's own is an offer (claim/conditional-acceptance-offers, spec §2
// OFFER vs ACCEPT): "Moscow will only agree to a full ceasefire if Kyiv withdraws" names what Moscow would do and
// what it wants for it. Agreeing to another's proposal, or an agreement given, stays an acceptance. Sentences
// written for this test, on other disputes.
import { claimCases } from './helpers.js';

const stance = (c: { type: string }) => c.type === 'ACCEPT' || c.type === 'OFFER';

claimCases('a party that would agree to a step on its own condition offers it', [
  { body: 'Baku will only agree to a full ceasefire if Armenian forces withdraw from Tavush.', want: ['AZE OFFER ceasefire []'] },
  { body: 'Israel would accept a six-week truce only if all the hostages were released.', want: ['ISR OFFER ceasefire []'] },
  { body: 'Seoul would agree to talks as long as Pyongyang halts its missile tests.', want: ['KOR OFFER talks []'] },
  { body: 'Belgrade could agree to a prisoner exchange provided that Pristina frees the detained Serbs.', want: ['SRB OFFER humanitarian []'] },
  { body: 'Sudan\'s army would agree to a ceasefire in exchange for the lifting of sanctions, Burhan said.', want: ['SDN OFFER ceasefire []'] },
  { body: 'Hungary said it would agree to use the frozen assets only if every member state shared the risks.', want: ['HUN OFFER sanctions []'] },
], stance);

claimCases('another\'s proposal accepted on a condition, an agreement given, or no condition: an acceptance', [
  { body: 'Kosovo would accept the Serbian proposal if the EU guaranteed its borders.', want: ['XKX ACCEPT talks []'] },
  { body: 'Azerbaijan agreed to a truce on condition that Armenia withdraw from Tavush.', want: ['AZE ACCEPT ceasefire []'] },
  { body: 'Israel will accept a truce, if necessary, officials said.', want: ['ISR ACCEPT ceasefire []'] },
  { body: 'Pyongyang will agree to talks with Seoul next month, its foreign ministry said.', want: ['PRK ACCEPT talks []'] },
], stance);
