// After a one-to-one meeting or call, "they", "the two leaders" and "both sides" are its two parties
// (discourse/meeting-pair); a stance noun that parties discussed is the topic, not their proposal
// (trigger/discussed-noun). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('the two parties of a meeting', [
  {
    body: 'Pashinyan met Aliyev in Abu Dhabi on Monday. They agreed to hold another round of talks.',
    want: ['ARM ACCEPT talks []', 'AZE ACCEPT talks []'],
  },
  {
    body: 'Serbian President Aleksandar Vucic held talks with Kosovo Prime Minister Albin Kurti in Brussels. They agreed to a prisoner exchange.',
    want: ['SRB ACCEPT humanitarian []', 'XKX ACCEPT humanitarian []'],
  },
  {
    body: 'Vucic spoke with Kurti by phone on Monday. The two leaders agreed to hold another round of talks.',
    want: ['SRB ACCEPT talks []', 'XKX ACCEPT talks []'],
  },
  // Two people named together are a plural.
  {
    body: 'Pashinyan and Aliyev met in Abu Dhabi on Monday. They agreed to a prisoner exchange.',
    want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'],
  },
  // "Both sides" after such a meeting are its parties, not the lexicon's pair.
  {
    body: 'Pashinyan met Aliyev in Abu Dhabi on Monday. The two sides agreed to a prisoner exchange.',
    want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'],
  },
  {
    body: 'Xi Jinping met Abiy Ahmed in Beijing. Both leaders called for a ceasefire in Sudan.',
    want: ['CHN DEMAND ceasefire []', 'ETH DEMAND ceasefire []'],
  },
  // No meeting before, a new paragraph, or three parties: no pair.
  { body: 'The two leaders agreed to hold another round of talks.', want: [] },
  { body: 'Pashinyan met Aliyev in Abu Dhabi on Monday.\n\nThe two leaders agreed to hold another round of talks.', want: [] },
  { body: 'Pashinyan met Aliyev and Erdogan in Ankara. They agreed to hold another round of talks.', want: [] },
]);

claimCases('a stance noun discussed', [
  { body: 'Pashinyan and Aliyev discussed proposals for a prisoner exchange.', want: [] },
  { body: 'Armenia and Azerbaijan considered a plan for a ceasefire along the border.', want: [] },
  // A possessor still holds it.
  { body: "Armenia and Azerbaijan discussed Turkey's proposal for a prisoner exchange.", want: ['TUR PROPOSE humanitarian []'] },
]);
