// A negated passive of giving, moving or allowing refuses its subject (candidate/modal 'refusedPassivesUnconditioned'):
// "the fighters should not be exchanged" refuses the swap, as "the detainees must be released" demands it. Not when a
// condition follows in its clause (the terms of a plan), not a verb of stopping or misuse, not a schedule; "handed
// over" is a verb and its particle, not a judgement ("over"). Sentences written for this test, on disputes other than
// the corpus's.
import { claimCases } from './helpers.js';

claimCases('a negated passive of giving refuses its subject', [
  { body: 'Vucic said the Serbian policemen should not be handed over to Pristina.', want: ['SRB REJECT humanitarian []'] },
  { body: 'Netanyahu said the Hamas prisoners must not be released.', want: ['ISR REJECT humanitarian []'] },
  { body: 'The Israeli prime minister said the Palestinian prisoners should not be exchanged but tried.', want: ['ISR REJECT humanitarian []'] },
  { body: 'Lavrov said Western troops should not be deployed in Ukraine under any flag.', want: ['RUS REJECT security_guarantees []'] },
  { body: 'Kallas said the sanctions on Moscow should not be lifted.', want: ['EU REJECT sanctions []'] },
  { body: 'Seoul said the sanctions on Pyongyang will not be eased.', want: ['KOR REJECT sanctions []'] },
], (c) => c.type === 'REJECT');

claimCases('a condition, a verb of stopping or misuse, or a schedule refuses nothing', [
  { body: 'Starmer said British troops would not be deployed without a vote in parliament.', want: [] },
  { body: 'Pashinyan said the monitors would not be sent while the shelling continued.', want: [] },
  { body: 'Kyiv said the truce should not be used to rearm.', want: [] },
  { body: 'Fidan said the talks between Baku and Yerevan should not be delayed.', want: [] },
  { body: 'The next exchange will not be held this week, the ombudsman said.', want: [] },
], (c) => c.type === 'REJECT');
