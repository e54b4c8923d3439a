// Narrower triggers for rules whose claims the claim audit (scripts/claim-audit.mjs) found right too rarely to pay
// for themselves: a bare answer that answers nothing (content/unasserted-answer), a stance noun whose content the
// clause after it states (content/stated-content), a negated refusal of another's proposal (content/unrefused-proposal)
// an advance gone on with (trigger/harmful-act 'landVerbs') and an alternative that sets a proposal's terms
// (claim/rather-than). Sentences written for this test, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label, assertIncludes, assertNone } from './helpers.js';

test('a hypothetical or chosen answer is no bare answer (content/unasserted-answer)', () => {
  assertNone(['Israel demanded the release of all hostages. Qatar said it would back any agreement Israel and Hamas could accept.'], /^ISR (ACCEPT|REJECT) /);
  assertNone(['Baku demanded the withdrawal of Armenian troops from the enclaves. The minister did not say what terms Yerevan would accept.'], /^ARM (ACCEPT|REJECT) /);
  assertNone(['Belgrade demanded a freeze of the front. Turkey was prepared to host talks in any format Serbia and Kosovo could agree on.'], /^(SRB|XKX) (ACCEPT|REJECT) /);
  assertNone(['Eritrea proposed a ceasefire along the border, a real peace proposal that Ethiopia could accept or reject.'], /^ETH (ACCEPT|REJECT) /);
});

test('an agentless passive or a refused assertion is no bare answer (content/unasserted-answer)', () => {
  assertNone([
    'Serbia proposed a ceasefire in the north. Scholz said the next meeting must be one at which a ceasefire is agreed.',
    'Sudan proposed talks in Jeddah. Ramaphosa said a second summit could be the one where the end of the war was agreed.',
    'Yerevan accused Baku of bringing demands it knew would be refused.',
  ], ' ACCEPT ');
  assertNone([
    'Pashinyan said Armenia should accept the offer because the situation was deteriorating for Yerevan, a claim Armenian officials reject.',
  ], 'ARM REJECT');
});

test('a bare answer still answers (content/bare-answer)', () => {
  assertIncludes([
    ['Baku demanded the withdrawal of Armenian troops from the border villages. Yerevan refused.', 'ARM REJECT territory []'],
    ['Egypt demanded a permanent ceasefire in Gaza, a provision Israel has consistently rejected.', 'ISR REJECT ceasefire []'],
    ['Egypt proposed a truce in Gaza. Israel agreed, provided the hostages were released first.', 'ISR ACCEPT ceasefire []'],
  ]);
});

test('a stance noun whose content follows refers back to nothing (content/stated-content)', () => {
  const signed = 'Armenia proposed a ceasefire along the border. France and Germany signed a declaration in Geneva on Jan 6 in which they offered to lead a monitoring mission in Armenia once a ceasefire is in place.';
  const got = claimsOf(signed);
  assert.ok(!got.some((c) => c.quote.startsWith('signed')), got.map((c) => `${label(c)} «${c.quote}»`).join('\n'));
  const put = 'Serbia demanded a freeze of the front line. The Kosovo delegation put forward a written proposal under which Pristina would declare itself neutral and would not host foreign military bases.';
  const got2 = claimsOf(put);
  assert.ok(!got2.some((c) => c.quote.startsWith('put forward') && c.issue === 'ceasefire'), got2.map((c) => `${label(c)} «${c.quote}»`).join('\n'));
  // A participle's object is the content: "setting out the security guarantees".
  assertIncludes([
    ['Serbia demanded a ceasefire in the north. Leaders of France and Germany signed a declaration in Paris on Tuesday setting out the security guarantees they would give Kosovo after a ceasefire.', 'FRA OFFER security_guarantees []'],
  ]);
  // Still a reference back with no content clause after the noun.
  assertIncludes([
    ['Kyiv proposed a 30-day truce in the air. Moscow rejected the proposal.', 'RUS REJECT ceasefire []'],
    ['Qatar proposed a prisoner exchange between Israel and Hamas. Israel welcomed the initiative in Doha on Monday.', 'ISR ACCEPT humanitarian []'],
  ]);
});

test('not refusing another party\'s proposal accepts it (content/unrefused-proposal)', () => {
  assertIncludes([
    ['The United States proposed a demilitarised zone around Badme. Eritrea had not rejected the idea outright but insisted that its police patrol the zone.', 'ERI ACCEPT military_limits []'],
    ['Washington proposed a freeze of the front line in Zaporizhzhia. Moscow did not reject the proposal, Peskov said.', 'RUS ACCEPT ceasefire [UA-23]'],
  ]);
  // Not refusing an act of one's own is still a possible offer.
  assertIncludes([
    ['Serbia did not rule out talks with Kosovo in Brussels.', 'SRB OFFER talks []'],
  ]);
});

test('going on advancing threatens land (trigger/harmful-act \'landVerbs\')', () => {
  assertIncludes([
    ['Putin warned that if Kyiv refused, Russian forces would continue to advance.', 'RUS THREATEN territory []'],
    ['Aliyev warned that if Yerevan refused, Azerbaijani troops would keep advancing.', 'AZE THREATEN territory []'],
  ]);
  assertNone(['Aliyev warned that if Yerevan refused, Azerbaijani troops would keep advancing.'], 'AZE THREATEN ceasefire');
  // Going on fighting is still about the ceasefire.
  assertIncludes([
    ['Israel said it would keep fighting in Gaza.', 'ISR THREATEN ceasefire []'],
  ]);
});

test('an alternative on the issue of the holder\'s own proposal sets its terms, whatever it is paired with (claim/rather-than)', () => {
  assertNone([
    'A counter-proposal circulated by France and Germany would cap the Armenian army at 50,000 troops and would start territorial talks from the line of contact rather than from an Armenian withdrawal.',
  ], / REJECT territory/);
  // A refusal of the alternative still stands where the holder takes no stance on its issue.
  assertIncludes([
    ['Trump said the best way to end the war was to go directly to a peace agreement rather than a ceasefire.', 'USA REJECT ceasefire []'],
  ]);
});
