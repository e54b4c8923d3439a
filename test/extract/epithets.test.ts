// A party named again by a descriptive epithet (discourse/epithets): "Saudi Arabia hosted the talks. The kingdom has
// offered to host future rounds" is Saudi Arabia's offer. The epithet takes the last party named within a few
// sentences that it can describe (a kingdom, a Gulf state, an Alpine country, the bloc = the EU, the alliance =
// NATO, the world body = the UN); with none named, it holds nothing. Sentences written for these tests, with other
// parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('an epithet holds the stance of the party it names again', [
  { body: 'Saudi Arabia hosted the talks in Jeddah. The kingdom has offered to host future rounds.', want: ['SAU OFFER talks []'] },
  { body: 'Qatar hosted the talks in Doha. The Gulf state has offered to host future rounds between Armenia and Azerbaijan.', want: ['QAT OFFER talks []'] },
  { body: 'Switzerland hosted the summit on Karabakh. The Alpine country offered to host a second summit.', want: ['CHE OFFER talks []'] },
  { body: 'EU leaders met in Brussels on Thursday. The bloc proposed new sanctions on Belarus.', want: ['EU PROPOSE sanctions []'] },
  { body: 'NATO leaders met in Vilnius on Tuesday. The alliance rejected Georgia\'s request for an immediate invitation to join.', want: ['GEO DEMAND alliance []', 'NATO REJECT alliance []'] },
  { body: 'Hungary blocked the package on Monday. The Central European country demanded an exemption from the sanctions for its oil imports.', want: ['HUN DEMAND sanctions []'] },
  { body: 'Kazakhstan has stayed neutral in the war. The Central Asian nation offered to host talks between Armenia and Azerbaijan.', want: ['KAZ OFFER talks []'] },
]);

test('an epithet with no party it can describe named before it holds nothing', () => {
  for (const body of [
    'The summit was held in Geneva. The kingdom has offered to host future rounds.',
    'Armenia and Azerbaijan met in Geneva. The Gulf state has offered to host future rounds.',
    'The bloc proposed new sanctions on Belarus.',
  ]) {
    const got = claimsOf(body, { published: '2025-11-20' }).map(label);
    assert.deepEqual(got.filter((l) => / (OFFER|PROPOSE) /.test(l)), [], body);
  }
});

test('the epithet takes the party it describes, not the last party named', () => {
  // (Saudi Arabia, not Ukraine named after it, is the kingdom.)
  const got = claimsOf('Saudi Arabia hosted Ukraine\'s delegation in Jeddah. The kingdom has offered to host future rounds.', { published: '2025-11-20' }).map(label);
  assert.ok(got.includes('SAU OFFER talks []'), got.join('; '));
  assert.ok(!got.includes('UKR OFFER talks []'), got.join('; '));
});

// discourse/epithet-own-sentence: the state an epithet describes named before it in its own sentence by its adjective
// or name inside no party mention (its media, its news agency, a statement it carried), before any party named in an
// earlier sentence. Sentences written for these tests.
claimCases('an epithet takes the state its own sentence names through its media or agency', [
  { body: 'Armenia and Azerbaijan met in Jeddah on Sunday. The Saudi Press Agency said the kingdom would host further rounds.', want: ['SAU OFFER talks []'] },
  { body: 'Delegations from Ethiopia and Eritrea met in Jeddah. Saudi state media said the kingdom was ready to keep hosting such talks.', want: ['SAU OFFER talks []'] },
  { body: 'In a statement carried by the Saudi Press Agency, the foreign ministry said the kingdom would host a summit of Armenia and Azerbaijan.', want: ['SAU OFFER talks []'] },
  { body: 'Israel and Hamas negotiators met on Sunday. According to the Qatari news agency QNA, the emirate offered to host another round.', want: ['QAT OFFER talks []'] },
  // (Copenhagen, a venue named two sentences before, is no kingdom that speaks here.)
  { body: 'The first round was held in Copenhagen in June. Serbia and Kosovo met again in Jeddah at the weekend. The Saudi Press Agency said the kingdom would host further consultations.', want: ['SAU OFFER talks []'] },
  // (A party mention of its own sentence still comes first.)
  { body: 'Jordan hosted the talks between Israel and Hamas. Norwegian officials said the kingdom would host the next round.', want: ['NOR OFFER talks []'] },
]);

test('a state named in the epithet\'s sentence that it cannot describe gives it nothing', () => {
  const got = claimsOf('The summit was held in Geneva. The Ukrainian news agency Ukrinform said the kingdom has offered to host future rounds.', { published: '2025-11-20' }).map(label);
  assert.deepEqual(got.filter((l) => / OFFER /.test(l)), [], got.join('; '));
});
