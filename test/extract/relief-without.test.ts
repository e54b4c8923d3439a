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
