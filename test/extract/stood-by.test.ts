// Standing by or sticking to a proposal keeps the holder's acceptance of it in force (cue stand-by): "Ukraine
// still stood by the 30-day ceasefire" is an acceptance, not an offer. Standing by one's own stance restates it
// (trigger/stood-by-own-stance): the stance noun's cue reads it. Sentences written for this test, with parties
// and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('standing by a proposal accepts it', [
  { body: 'Pashinyan said Armenia still stood by the ceasefire it had signed in Moscow.', want: ['ARM ACCEPT ceasefire []'] },
  { body: 'Israel said it sticks to the ceasefire deal brokered by Qatar.', want: ['ISR ACCEPT ceasefire []'] },
  // a readiness before "and that" does not reach over the second clause
  { body: 'Vucic said he was ready to meet Kurti next week and that Serbia stands by the truce along the boundary line.', want: ['SRB OFFER talks []', 'SRB ACCEPT ceasefire []'] },
]);

claimCases('standing by one\'s own stance restates it, no acceptance', [
  { body: 'Baku stands by its demand that Yerevan withdraw from Karabakh.', want: [] },
  { body: 'The Sudanese army sticks to the demand for a ceasefire in Darfur.', want: [] },
], (c) => c.type === 'ACCEPT');

claimCases('no stance in what is stood by', [
  { body: 'Serbia stood by Belgrade\'s allies in the region.', want: [] },
  { body: 'The world stood by and watched as El Fasher fell.', want: [] },
]);

// trigger/kept-own-stance: refusing to give up one's own stance keeps it; giving up a thing or another's plan stays a refusal.
claimCases('not giving up one\'s own demand or bid keeps it: a demand, not a refusal', [
  { body: 'Russia would not drop its long-standing demand that Georgia stay out of the alliance, Lavrov said.', want: ['RUS DEMAND alliance []'] },
  { body: 'Serbia will never give up its claim to sovereignty over Kosovo, Vucic said.', want: ['SRB DEMAND recognition []'] },
  { body: 'Israel will not drop its demands for the return of all the hostages, Netanyahu said.', want: ['ISR DEMAND humanitarian []'] },
  // A thing given up, or another party's stance, is still refused.
  { body: 'Armenia will never give up Syunik, Pashinyan said.', want: ['ARM REJECT territory []'] },
  { body: 'Kosovo will not drop Washington\'s plan for the north, Kurti said.', want: ['XKX REJECT talks []'] },
]);
