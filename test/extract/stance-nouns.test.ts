// Stance nouns and the holders named inside their noun phrase (issue 7, src/extract/stance-nouns.ts).
// Sentences written for this test, with parties and places other than the fixtures' (Serbia, Armenia and
// Azerbaijan, Moldova, Israel and Egypt, the two Koreas).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

// A party hyphened to a participle of backing or authoring holds the stance noun or the issue noun after it;
// the sentence's subject takes its own stance on it.
claimCases('hyphen holder', [
  { body: 'Seoul rejected a Beijing-backed plan for talks with Pyongyang.', want: ['KOR REJECT talks []', 'CHN PROPOSE talks []'] },
  { body: 'Kyiv has turned down a US-backed proposal to cede the rest of the Luhansk region.', want: ['UKR REJECT territory [UA-09]', 'USA PROPOSE territory [UA-09]'] },
  { body: 'Azerbaijan dismissed a French-drafted peace plan for Karabakh.', want: ['AZE REJECT talks []', 'FRA PROPOSE talks []'] },
  { body: 'Moldova will study an EU-endorsed proposal to withdraw Russian troops from Transnistria.', want: ['EU PROPOSE territory []'] },
  // an issue noun, not a stance noun: the participle is the party's stance on that phrase only
  { body: 'Israel accepted an Egyptian-sponsored prisoner exchange.', want: ['ISR ACCEPT humanitarian []', 'EGY PROPOSE humanitarian []'] },
  { body: 'Armenia welcomed a Moscow-endorsed truce in the region.', want: ['ARM ACCEPT ceasefire []', 'RUS ACCEPT ceasefire []'] },
  { body: 'Serbia dismissed an EU-drafted sanctions package.', want: ['SRB REJECT sanctions []', 'EU PROPOSE sanctions []'] },
]);

// A hyphened participle is never the sentence's own stance, and a phrase that names no issue gives nothing.
const NONE = [
  'A Moscow-backed newspaper reported that talks had stalled.',
  'Russian-backed separatists held a rally in the town.',
  'US-backed forces shelled the town overnight.',
  'The Russian-installed governor of the Kherson region said the bridge would not reopen.',
  'Serbia opened a Chinese-built highway near Belgrade.',
  'A Turkish-approved cargo ship left the port.',
];
for (const body of NONE) {
  test(`no claim from a hyphened participle: ${body}`, () => {
    const claims = claimsOf(body);
    assert.deepEqual(claims.map((x) => label(x)), [], claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n'));
  });
}

// A comparison names the model, not the issue: "NATO-like guarantees" are security guarantees.
claimCases('comparison', [
  { body: 'Moldova wants NATO-like protection.', want: ['MDA DEMAND security_guarantees []'] },
  { body: 'Hungary wants NATO-style security guarantees for Moldova.', want: ['HUN DEMAND security_guarantees []'] },
  { body: 'Washington is prepared to offer Senate-approved, Article 5-type guarantees to Ukraine.', want: ['USA OFFER security_guarantees []'] },
  // (the alliance itself is still the alliance)
  { body: 'Georgia wants to join NATO.', want: ['GEO DEMAND alliance []'] },
]);

// A stance in a relative clause on a noun, with its own party subject and no object, is that party's stance on
// the noun it describes, besides the stance of the clause that named the noun.
claimCases('relative clause', [
  { body: 'Brazil presented a plan for talks which Beijing has endorsed.', want: ['BRA PROPOSE talks []', 'CHN ACCEPT talks []'] },
  { body: 'Azerbaijan has accepted a prisoner exchange Armenia offered last month.', want: ['AZE ACCEPT humanitarian []', 'ARM OFFER humanitarian []'] },
  { body: 'Moldova put forward a plan for talks on Transnistria, which Moscow swiftly rejected.', want: ['MDA PROPOSE talks []', 'RUS REJECT talks []'] },
  { body: 'Israel agreed to extend the ceasefire that Egypt proposed.', want: ['ISR ACCEPT ceasefire []', 'EGY PROPOSE ceasefire []'] },
  { body: 'Seoul rejected the truce that Pyongyang had offered in March.', want: ['KOR REJECT ceasefire []', 'PRK OFFER ceasefire []'] },
  // (The offer is Baku's: 'made an offer of' is a support-verb frame of the offer cue, test/extract/verb-classes.)
  { body: 'Baku made an offer of a 30-day truce that Yerevan never accepted.', want: ['AZE OFFER ceasefire []', 'ARM REJECT ceasefire []'] },
]);

// Relative clauses on nouns that name no issue, and complement clauses, give no stance on the noun.
const NO_RELATIVE = [
  'The visitors that Kyiv welcomed last week left on Monday.',
  'A film which Beijing backed was shown in Minsk.',
  'The bridge that Moscow rejected as unsafe was closed.',
];
for (const body of NO_RELATIVE) {
  test(`no relative-clause stance: ${body}`, () => {
    const claims = claimsOf(body);
    assert.deepEqual(claims.map((x) => label(x)), [], claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n'));
  });
}
test('a complement clause after a speech verb is no relative clause', () => {
  const claims = claimsOf('Serbia said that Hungary rejected the plan for talks.');
  assert.deepEqual(claims.map((x) => label(x)), ['HUN REJECT talks []']);
});

// A stance noun in apposition names the stance of what precedes it; a pro-form after a dash, described by a
// relative clause, stands for the clause before the dash.
claimCases('apposition', [
  { body: 'Neutrality for Moldova, a long-standing Russian demand, was dropped from the final text.', want: ['RUS DEMAND alliance []'] },
  { body: 'A prisoner exchange, a key Armenian proposal, was left out of the declaration.', want: ['ARM PROPOSE humanitarian []'] },
  { body: 'The draft would oblige Kyiv to give up Zaporizhzhia — something Moscow has demanded since 2022.', want: ['RUS DEMAND territory [UA-23]'] },
]);
// (Only the refusal: what the plan itself proposes is other rules' business.)
claimCases('apposition', [
  { body: 'The American draft asks Kyiv to cede the rest of Donetsk, a step Zelensky has repeatedly rejected.', want: ['UKR REJECT territory [UA-14]'] },
  { body: 'Under the plan Armenia would hand over four villages in Tavush, a step Yerevan has long rejected.', want: ['ARM REJECT territory []'] },
], (c) => c.type === 'REJECT');
test('a stance noun that opens its own content is no apposition', () => {
  const claims = claimsOf('Hungary presented its demand, a ceasefire in Kherson.');
  assert.ok(!claims.some((c) => c.issue !== 'ceasefire'), claims.map((x) => label(x)).join('\n'));
});

// Evaluative frames: adopting another party's position accepts it; resisting a party's pressure to do something
// refuses it, and the pressure is that party's demand.
claimCases('adopted position', [
  { body: "Hungary echoed the Kremlin's demand for a ceasefire along the current line.", want: ['HUN ACCEPT ceasefire []', 'RUS DEMAND ceasefire []'] },
  { body: "Belarus has adopted Moscow's position that Moldova must stay out of NATO.", want: ['BLR ACCEPT alliance []', 'RUS DEMAND alliance []'] },
  { body: 'Budapest sided with the Russian position on sanctions.', want: ['HUN ACCEPT sanctions []'] },
]);
claimCases('resisted pressure', [
  { body: 'Belgrade rebuffed EU calls to recognise Kosovo.', want: ['SRB REJECT recognition []', 'EU DEMAND recognition []'] },
  { body: 'Seoul ignored mounting Chinese pressure to resume talks with Pyongyang.', want: ['KOR REJECT talks []', 'CHN DEMAND talks []'] },
  { body: "Baku defied Moscow's demands to withdraw its troops from the border villages.", want: ['AZE REJECT territory []', 'RUS DEMAND territory []'] },
  { body: 'For years Moldova has resisted Russian pressure to accept a cap on the size of its army.', want: ['MDA REJECT military_limits []', 'RUS DEMAND military_limits []'] },
]);
const NO_FRAME = [
  'Serbia adopted a resolution on the rights of its minorities.',
  'Armenia echoed the concerns of its neighbours about the weather.',
  'The bridge resisted the pressure of the flood waters.',
];
for (const body of NO_FRAME) {
  test(`no evaluative frame: ${body}`, () => {
    const claims = claimsOf(body).filter((c) => c.rule.includes('adopt') || c.rule.includes('resisted') || c.rule.includes('pressure'));
    assert.deepEqual(claims.map((x) => label(x)), [], claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n'));
  });
}

// Condemning an act of war judges a fact of the war, not a position on a settlement.
const CONDEMNED_EVENTS = [
  'Baku denounced the shelling of Tovuz near the border.',
  'Seoul condemned the missile strike on a ferry near Incheon.',
  "Kyiv condemned Russia's bombing of a hospital in Kharkiv.",
];
for (const body of CONDEMNED_EVENTS) {
  test(`condemning an act of war is no claim: ${body}`, () => {
    const claims = claimsOf(body);
    assert.deepEqual(claims.map((x) => label(x)), [], claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n'));
  });
}
claimCases('condemned stance', [
  { body: "Kyiv condemned Russia's annexation of Crimea.", want: ['UKR REJECT recognition [UA-43]'] },
  { body: 'Warsaw denounced the referendums held in occupied Kherson as void.', want: ['POL REJECT recognition [UA-65]'] },
]);

// "its" before a stance noun, after a party's plan named in the sentence: the plan's authors hold the noun.
claimCases('its plan', [
  { body: "Vilnius greeted the Belarusian memorandum coolly, calling its demand for Moldova's neutrality a non-starter.", want: ['LTU REJECT alliance []', 'BLR DEMAND alliance []'] },
  { body: 'Seoul welcomed the Chinese proposal, calling its offer of talks with Pyongyang a good start.', want: ['KOR ACCEPT talks []', 'CHN OFFER talks []'] },
]);

// A party's goal, aim, objective or priority stated with a copula is what it demands; a trailing attribution
// after it is no item of its own.
claimCases('stated goal', [
  { body: "Baku's main objective is the return of all prisoners.", want: ['AZE DEMAND humanitarian []'] },
  { body: "Seoul's priority is a summit with Pyongyang.", want: ['KOR DEMAND talks []'] },
  { body: "Belgrade's stated goal is a Kosovo that never joins NATO, the Serbian ambassador told the Council.", want: ['SRB DEMAND alliance []'] },
]);

// A goal stated for an action is the speaker's demand, a refusal inside what it ensures included; a goal phrase
// before a verb of happening is a schedule.
claimCases('goal', [
  { body: 'The campaign, Baku said at the time, was meant to ensure that Armenia would never join NATO.', want: ['AZE DEMAND alliance []'] },
  { body: 'The blockade, Seoul said, is meant to ensure that Pyongyang will never again deploy nuclear weapons.', want: ['KOR DEMAND military_limits []'] },
]);
test('a goal phrase before a verb of happening is a schedule', () => {
  const claims = claimsOf('The Easter truce was meant to start at midnight, but Armenian officials reported shelling near Tavush.');
  assert.deepEqual(claims.map((x) => label(x)), [], claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n'));
});
