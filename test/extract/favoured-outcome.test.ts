// Favouring an outcome puts it forward (cues.json favour, PROPOSE): own set AJ "China favoured a political settlement",
// "China, he said, favoured a peace conference recognised by both Russia and Ukraine". "In favour of" stays cue
// welcome's; the adjective ("most favoured nation") and a subject that is no party ("the weather favoured …") hold no
// stance. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a party that favours a settlement or a format proposes it', [
  { body: 'Qatar favoured a negotiated settlement between Israel and Hamas.', want: ['QAT PROPOSE talks []'] },
  { body: 'Ankara favours a peace conference recognised by both Baku and Yerevan.', want: ['TUR PROPOSE talks []'] },
  { body: 'The EU said it favoured talks between Belgrade and Pristina.', want: ['EU PROPOSE talks []'] },
]);

claimCases('favoured as an adjective, or with no party as its subject, is no stance', [
  { body: 'Serbia was granted most favoured nation status.', want: [] },
  { body: 'The weather favoured the attackers near Khartoum.', want: [] },
]);
