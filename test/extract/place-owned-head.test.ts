// discourse/place-owned-head: a head re-mentioned after a determiner (discourse/issue-remention) is none when a region
// owns it ("the status of Transnistria" after "a neutral, non-nuclear status": the region's status) or when it opens
// a fixed phrase ("the status quo"). Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a region named after the head owns it: no re-mention of the status said before', [
  { body: 'Georgia offered to adopt a neutral, non-nuclear status. Tbilisi also proposed consultations on the status of Abkhazia over ten years.',
    want: ['GEO OFFER alliance []', 'GEO OFFER military_limits []', 'GEO PROPOSE talks []'] },
  { body: 'Moldova said it would keep its neutral, non-nuclear status. Chisinau proposed talks on the status of Transnistria.',
    want: ['MDA PROPOSE talks []'] },
]);

claimCases('the status quo is no status re-mentioned', [
  { body: 'Armenia said it would accept a non-nuclear status. Romania said it could not accept any attempt to change the status quo by force.',
    want: ['ARM OFFER military_limits []'] },
]);

claimCases('the bare head, or one owned by a party, is still the term re-mentioned', [
  { body: 'Georgia offered to adopt a non-nuclear status. Moscow rejected the status as insufficient.',
    want: ['GEO OFFER military_limits []', 'RUS REJECT military_limits []'] },
]);
