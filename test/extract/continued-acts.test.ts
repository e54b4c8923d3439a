// Going on with one's own act is an offer (issue 7, stance constructions: commitments): "will continue trying
// to mediate", "would keep arming", "will continue to host the exchanges" (cue continue, trigger/continued-act).
// A harmful act continued stays a threat; keeping a thing that is no act, an act imposed on another party and a
// bare verb of mediating offer nothing. Sentences written for this test, with parties and places other than the
// corpus's.
import { claimCases } from './helpers.js';

claimCases('a continued act is offered', [
  { body: 'Qatar will continue trying to mediate between Israel and Hamas even if a deal seems distant, the emir said.', want: ['QAT OFFER talks []'] },
  { body: 'The United States would keep arming Taiwan, the draft says.', want: ['USA OFFER military_limits []'] },
  { body: 'Egypt will continue to host the prisoner exchanges, its foreign ministry said.', want: ['EGY OFFER humanitarian []'] },
  { body: 'Norway said it would continue to fund the monitoring mission in Armenia.', want: ['NOR OFFER security_guarantees []'] },
  { body: 'Kazakhstan would keep hosting the talks between Armenia and Azerbaijan, Tokayev said.', want: ['KAZ OFFER talks []'] },
]);

claimCases('a continued act that is no offer', [
  // a harmful act continued threatens, as before the cue
  { body: 'The United States will keep striking the Houthis until they stop attacking ships, the defence secretary said.', want: ['USA THREATEN ceasefire []', 'USA DEMAND ceasefire []'] },
  { body: 'Israel will continue to strike Hezbollah positions, the army said.', want: ['ISR THREATEN ceasefire []'] },
  // no act kept up, an act imposed on another party, a bare verb of mediating, a schedule
  { body: 'The Kremlin said it would keep an eye on the meeting in Jeddah.', want: [] },
  { body: 'Moscow will continue the demilitarisation of Georgia, the Russian minister said.', want: [] },
  { body: 'Ankara would continue to mediate, Erdogan said.', want: [] },
  { body: 'The negotiations will continue on Friday in Doha, officials said.', want: [] },
]);

// Economic pressure kept up threatens sanctions, not the fighting (harm.ts continuation with a sanctions term).
claimCases('sanctions kept up are a threat of sanctions', [
  { body: 'Borrell said the EU would keep up sanctions pressure on Moscow until it withdraws from Ukraine.', want: ['EU THREATEN sanctions []', 'EU DEMAND territory []'] },
  { body: 'Washington will keep up the sanctions on Belgrade, the State Department said.', want: ['USA THREATEN sanctions []'] },
  // (Strikes kept up are still a threat to the ceasefire.)
  { body: 'Israel will keep up the strikes on Hezbollah, Netanyahu said.', want: ['ISR THREATEN ceasefire []'] },
  { body: 'Israel would keep up the military pressure on Hamas, the minister said.', want: ['ISR THREATEN ceasefire []'] },
  // ("up" and a thing that is no hostile act: no threat of fighting on, trigger/harmful-act.)
  { body: 'Serbia will keep up its patrols along the boundary, the ministry said.', want: [] },
]);

// Contacts kept up, continued or resumed are the talks: "keep up" and the thing kept up name the act (trigger/
// continued-act keepParticles), and "continue contacts" with no party after it is a talks term (issues.json).
claimCases('contacts kept up or continued are the talks', [
  { body: 'Pristina said it would keep up contacts with Belgrade.', want: ['XKX OFFER talks []'] },
  { body: 'Ankara will keep up the dialogue with Athens, Fidan said.', want: ['TUR OFFER talks []'] },
  { body: '"We are satisfied with the first round and ready to continue contacts," the Armenian negotiator said.', want: ['ARM OFFER talks []'] },
  { body: 'Seoul said it was ready to resume contacts after the summit.', want: ['KOR OFFER talks []'] },
]);
