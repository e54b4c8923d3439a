// Judging another party's proposal made in bad faith or not meant seriously refuses it (cue reject-predicate: "not made
// in good faith", "in bad faith", "not meant seriously"); a move judged insincere is refused as a move, the talks (spec
// rule 9), whatever the judged noun refers back to (content/judged-move; the tuning gold files 27 of 31 such judgements
// under talks). Sentences written for this test, with other parties and places than the corpus.
import { claimCases } from './helpers.js';

const refusals = (c: { type: string }) => c.type === 'REJECT';

claimCases('a proposal judged made in bad faith is refused', [
  { body: 'Russia proposed a ceasefire on its own terms. The Serbian foreign minister said the proposal was made in bad faith.', want: ['SRB REJECT talks []'] },
  { body: 'Armenia said it would only sign the treaty if Azerbaijan withdrew its troops from the border villages, released all Armenian prisoners and dropped its claim to a corridor. Baku said the terms were "not meant seriously".', want: ['AZE REJECT talks []'] },
  { body: 'Vucic said Serbia would recognise Kosovo passports if Pristina set up the association of Serb municipalities and disbanded its special police units in the north. Kurti said the proposal was made in bad faith.', want: ['XKX REJECT talks []'] },
  { body: 'On Friday, Aliyev said Azerbaijan would sign a peace treaty if Armenia removed its territorial claims from its constitution and dropped its bid to host foreign troops. The next day Pashinyan said the offer was "not made in good faith".', want: ['ARM REJECT talks []'] },
], refusals);

claimCases('acting or negotiating in (bad) faith judges no proposal', [
  { body: 'Kurti said Belgrade had acted in bad faith for years.', want: [] },
  { body: 'Pashinyan said Armenia had negotiated in good faith.', want: [] },
  { body: 'Russia proposed a ceasefire on its own terms. The Serbian foreign minister said the talks had been held in good faith.', want: [] },
], refusals);
