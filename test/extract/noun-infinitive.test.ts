// The infinitive after a stance noun that is a stance's object states what the noun asks: it is that stance's object,
// and does not end its content (content/noun-infinitive). Sentences written for this test, with other parties and places
// than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a request, invitation or proposal with its infinitive is the object accepted or refused', [
  {
    body: 'Sudan\'s army said it would not withdraw from Khartoum until the Rapid Support Forces disarmed. A day later, the Norwegian foreign minister said Norway had agreed to a request from Khartoum to organise a new round of peace talks.',
    want: ['NOR ACCEPT talks []'],
  },
  // paraphrase: an invitation accepted, its author a capital
  {
    body: 'Turkey wants Armenia to open the Zangezur corridor, Erdogan said. Azerbaijan accepted a proposal from Ankara to organise direct talks with Armenia, the foreign ministry said on Monday.',
    want: ['AZE ACCEPT talks []'],
  },
], (c) => c.type === 'ACCEPT');
