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

// A mechanism to monitor a truce is the truce's machinery, not a process of talks (content/process-talks has no
// 'mechanism').
claimCases('backing a mechanism to monitor a ceasefire accepts the ceasefire', [
  { body: 'Meeting in Oslo, the Norwegian and Swiss foreign ministers backed a UN-led mechanism to monitor any ceasefire in Sudan.', want: ['NOR ACCEPT ceasefire []', 'CHE ACCEPT ceasefire []'] },
  { body: 'Armenia agreed to a joint mechanism to verify the truce along the border, Pashinyan said.', want: ['ARM ACCEPT ceasefire []'] },
], (c) => c.type === 'ACCEPT');
