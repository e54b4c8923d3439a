// A party naming another's proposal with a word of approval accepts it (candidate/named-approval, named-approval.ts),
// as naming it with a noun of condemnation refuses it (candidate/named-judgement): "called the provision
// encouraging", "described the draft as constructive", "called the proposal a step in the right direction". The
// namer holds the acceptance (holder/predicate-speaker); a proposal noun held by its author stays the author's, and
// the judgement is not part of its content (sentence/complement). Sentences written for this test, other disputes.
import { claimCases } from './helpers.js';

claimCases('naming a proposal with a word of approval accepts it', [
  { body: 'Aliyev called the peace proposal constructive.', want: ['AZE ACCEPT talks []'] },
  { body: 'Pashinyan described the Azerbaijani draft as positive.', want: ['ARM ACCEPT talks []'] },
  { body: 'Pristina described the Serbian proposal as a step in the right direction.', want: ['XKX ACCEPT talks []'] },
  { body: 'The Kremlin called the US proposal for a ceasefire "promising".', want: ['USA PROPOSE ceasefire []', 'RUS ACCEPT ceasefire []'] },
  { body: 'Seoul called the North Korean offer of family reunions a positive step.', want: ['PRK OFFER humanitarian []', 'KOR ACCEPT humanitarian []'] },
  { body: 'Zelensky called the security guarantee provision encouraging and said the draft had improved.', want: ['UKR ACCEPT security_guarantees []'] },
]);

claimCases('no acceptance for a meeting judged, an adjective inside the noun phrase, or no party naming it', [
  { body: 'Peskov called the talks constructive.', want: [] },
  { body: 'Pashinyan called the meeting in Brussels a step forward.', want: [] },
  { body: 'Analysts called the Armenian proposal constructive.', want: [] },
  { body: 'Vucic described the positive proposal of Brussels as vague.', want: [] },
]);
