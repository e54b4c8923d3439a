// Declining to discuss something in public is the absence of a stance (spec §1: "Trump has not publicly commented"),
// wherever the place of speaking stands in the refusal's clause: "Moscow would not discuss the details of the talks in
// public" keeps the talks' contents private, it refuses no talks (trigger/speaking-refusal, 'venues'). Sentences
// written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a refusal to discuss something in public states no stance', [
  { body: 'Belgrade would not discuss the details of the agreement with Pristina in public, a spokesman said.', want: [] },
  { body: 'A spokesman said Khartoum would not discuss the terms of the Jeddah truce publicly.', want: [] },
  { body: 'Yerevan will not discuss the border commission\'s work with Baku through the media, the ministry said.', want: [] },
]);

claimCases('a refusal to discuss an issue, or one in public and in private, still refuses it', [
  { body: 'Serbia will not discuss the recognition of Kosovo.', want: ['SRB REJECT recognition []'] },
  { body: 'Israel will not negotiate with Hamas.', want: ['ISR REJECT talks []'] },
  { body: 'Serbia will not discuss the recognition of Kosovo in public or in private.', want: ['SRB REJECT recognition []'] },
]);
