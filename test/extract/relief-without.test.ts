// What will not happen without a thing demands the thing; it offers nothing (candidate/conditional-relief stops
// before "without", candidate/not-without reads it). Sentences written for this test, with other parties and places
// than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a meeting that cannot take place without a truce offers nothing', [
  { body: '"I can\'t imagine that the next meeting will take place without a ceasefire," the Armenian prime minister said, urging that pressure on Baku be increased if it refused.', want: [] },
], (c) => c.type === 'OFFER');

claimCases('a step under a condition is still offered', [
  { body: 'Sanctions on Belgrade could be lifted if Serbia recognised the licence plates, the EU envoy said.', want: ['EU OFFER sanctions []'] },
], (c) => c.type === 'OFFER');

// Breaking off a meeting to call or consult someone pauses it; it refuses nothing (trigger/paused-to-consult).
claimCases('a meeting broken off to consult is no refusal', [
  { body: 'Pashinyan broke off the meeting with Aliyev to call Putin, an aide said.', want: [] },
  { body: 'The Serbian delegation suspended the talks to consult Belgrade, the EU envoy said.', want: [] },
], (c) => c.type === 'REJECT');

claimCases('a meeting broken off is still refused', [
  { body: 'Kurti broke off the talks with Vucic on Monday, his office said.', want: ['XKX REJECT talks []'] },
], (c) => c.type === 'REJECT');
