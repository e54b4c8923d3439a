// Conditions of several words ("on condition that", "as soon as", "provided that", "once Kyiv …", "the
// moment Moscow …") pair a stance with the demand they state (claim/if-condition), as "if" does; a halted
// hostile act is a concession, not a threat; a parenthetical speaker is not the subject; "an agreed plan"
// describes. Sentences written for this test, with parties and places other than the corpus's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

const CASES: Array<{ body: string; want: string[] }> = [
  { body: 'Moscow would halt strikes on the port of Odesa on condition that Kyiv stops attacking Russian tankers, Peskov said.', want: ['RUS OFFER ceasefire [UA-51]', 'RUS DEMAND ceasefire []'] },
  { body: 'Turkey is ready to host direct talks as soon as both sides agree to a ceasefire, Fidan said.', want: ['TUR OFFER talks []', 'TUR DEMAND ceasefire []'] },
  { body: 'India would be willing to send peacekeepers once Russia and Ukraine sign a ceasefire agreement, Jaishankar said.', want: ['IND OFFER security_guarantees []', 'IND DEMAND ceasefire []'] },
  // a halted hostile act is offered
  { body: 'The Kremlin said Russia would stop shelling the city of Kharkiv.', want: ['RUS OFFER ceasefire [UA-63]'] },
  // a parenthetical speaker; a participle after an article
  { body: 'Moldova, he said, was ready to present an agreed plan to the Russian side at a second summit.', want: ['MDA OFFER talks []'] },
  // with no issue in a longer predicate, a deontic demands its subject
  { body: 'Ushakov said any meeting between the two presidents would have to be prepared step by step.', want: ['RUS DEMAND talks []'] },
];

// "once again", "the moment" with no party after it: no condition.
const NONE: Array<{ body: string; type: string }> = [
  { body: 'Turkey once again offered to host talks between the two sides, Fidan said.', type: 'DEMAND' },
  { body: 'Poland is ready to host a summit at the moment, Tusk said.', type: 'DEMAND' },
];

// Conditional offers and threats as families (issue 7): the condition's marker ("provided", "unless",
// "failing", "barring", "either … or", "for as long as"), fronted or after the main clause, and what a
// threat's condition says the threatener wants (claim/threat-condition): demanded under "unless", a
// negated "if" or a hostile act that goes on; refused under an affirmative "if".
const FAMILIES: Array<{ body: string; want: string[] }> = [
  // "provided" + a party: a condition, the offer's content ends before it
  { body: 'Seoul would lift its sanctions on Pyongyang provided North Korea frees the detained fishermen, Lee said.', want: ['KOR OFFER sanctions []', 'KOR DEMAND humanitarian []'] },
  { body: 'Ankara would drop its tariffs on Greek goods provided Athens ends its drone raids, the Turkish trade minister said.', want: ['TUR OFFER sanctions []', 'TUR DEMAND ceasefire []'] },
  // "unless" after a threat: the demand, on "other" when no issue is named
  { body: 'Hungary will veto the next sanctions package unless Brussels releases the cohesion funds, Orban warned.', want: ['HUN THREATEN sanctions []', 'HUN DEMAND other []'] },
  // fronted "unless" before a refusal
  { body: 'Unless Kyiv pulls its troops back from the Kursk region, Moscow will not send a delegation to Geneva, Peskov said.', want: ['RUS REJECT talks []', 'RUS DEMAND territory [RU-KRS]'] },
  // fronted negated "if" before a threat by a party's forces; "it" takes the condition's places
  { body: 'If Ukrainian troops do not leave the Sumy region, our army will take it, the Russian negotiator said.', want: ['RUS THREATEN territory [UA-59]', 'RUS DEMAND territory [UA-59]'] },
  { body: 'Russian forces will seize it by force if Kyiv does not withdraw from the rest of the Kherson region, Peskov said.', want: ['RUS THREATEN territory [UA-65]', 'RUS DEMAND territory [UA-65]'] },
  // "either …, or": the first alternative is demanded
  { body: "'Either they leave Kherson, or our army will take it,' the Russian negotiator said.", want: ['RUS THREATEN territory [UA-65]', 'RUS DEMAND territory [UA-65]'] },
  // a possessive party's forces threaten for it; a hostile act that goes on is to stop
  { body: "Moldova's army will keep striking the bridges if Russia keeps arming the Transnistrian forces, the Moldovan defence minister said.", want: ['MDA THREATEN ceasefire []', 'MDA DEMAND military_limits []'] },
  { body: "North Korea's army will resume shelling if Seoul keeps sending leaflets, the North's foreign ministry said.", want: ['PRK THREATEN ceasefire []', 'PRK DEMAND other []'] },
  { body: 'Russia would keep striking Ukrainian ports for as long as the West kept arming Kyiv, Lavrov said.', want: ['RUS THREATEN ceasefire []', 'RUS DEMAND military_limits []'] },
  // an affirmative "if" of the other side's act: refused
  { body: "Armenia threatened to boycott the Vienna talks if Azerbaijan's NATO membership bid was put on the agenda.", want: ['ARM THREATEN talks []', 'ARM REJECT alliance []'] },
  { body: 'Serbia warned it would walk out of the Brussels dialogue if Kosovo again raised the question of Crimea.', want: ['SRB THREATEN talks []', 'SRB REJECT territory [UA-43]'] },
  // "failing"/"barring" at the head of the sentence: what they name is wanted
  { body: 'Failing a prisoner exchange by the end of the week, Ukraine would walk away from the Istanbul format, Umerov said.', want: ['UKR THREATEN talks []', 'UKR DEMAND humanitarian []'] },
  { body: 'Barring a ceasefire by Friday, Washington will walk away from its mediation, Rubio said.', want: ['USA THREATEN talks []', 'USA DEMAND ceasefire []'] },
  // fighting the war on until a demand is met states the demand; a harmful step of its own stays a threat
  { body: 'The Moldovan president said Moldova would keep fighting until every Russian soldier had left the Kherson region.', want: ['MDA DEMAND territory [UA-65]'] },
  // a halt to hostilities under a condition is offered by the speaker (candidate/conditional-cessation)
  { body: 'The shelling of Kherson can stop the moment Ukrainian troops leave the Zaporizhzhia region, the Russian envoy said.', want: ['RUS OFFER ceasefire [UA-65]', 'RUS DEMAND territory [UA-23]'] },
  { body: 'Strikes on Odesa could end as soon as Kyiv withdraws from the Kursk region, Peskov said.', want: ['RUS OFFER ceasefire [UA-51]', 'RUS DEMAND territory [RU-KRS]'] },
  { body: "'Once they leave Kherson, we stop shelling,' the Russian negotiator said.", want: ['RUS OFFER ceasefire []', 'RUS DEMAND territory [UA-65]'] },
  // issue words a conditional needs: a moratorium on talks, foreign soldiers, troops that have left Ukraine
  { body: 'Seoul would lift its moratorium on direct talks with Pyongyang if North Korea frees the detained fishermen, the unification minister said.', want: ['KOR OFFER talks []', 'KOR DEMAND humanitarian []'] },
  { body: 'Armenia is ready to discuss a peace treaty as long as no foreign soldiers are stationed in Syunik, Pashinyan said.', want: ['ARM OFFER talks []', 'ARM REJECT security_guarantees []'] },
  { body: 'The EU will lift the oil price cap only when the last Russian soldier has left Ukrainian soil, the Commission president said.', want: ['EU OFFER sanctions []', 'EU DEMAND territory []'] },
];

// Alternatives, cautions, invitations and warnings: what a threat family must not over-read or miss.
const ALTERNATIVES: Array<{ body: string; want: string[] }> = [
  // "rather than"/"instead of": the alternative is refused; fighting the war on instead threatens nothing more
  { body: 'Armenia would accept international monitors rather than give up Syunik, Pashinyan said.', want: ['ARM ACCEPT security_guarantees []', 'ARM REJECT territory []'] },
  { body: 'Ukraine will keep fighting rather than cede Zaporizhzhia, Zelensky said.', want: ['UKR REJECT territory [UA-23]'] },
  { body: 'Moldova vowed to fight on instead of handing over Kherson.', want: ['MDA REJECT territory [UA-65]'] },
  // "cautioned X against Y" refuses Y (X's act, not a concession of one's own)
  { body: 'Seoul cautioned Pyongyang against deploying nuclear weapons near the border.', want: ['KOR REJECT military_limits []'] },
  { body: 'Turkey cautioned Athens against deploying troops on the islands.', want: ['TUR REJECT security_guarantees []'] },
  // an invitation proposes the meeting (a format put forward, spec §2); a passive invitation is no stance of its subject
  { body: 'Vucic invited the Kosovo delegation to talks in Belgrade.', want: ['SRB PROPOSE talks []'] },
  { body: 'Seoul invited Pyongyang to send a delegation to talks in Panmunjom.', want: ['KOR PROPOSE talks []'] },
  { body: 'The Kosovo delegation was invited by Brussels to talks in Belgrade.', want: [] },
  // a warning about another party with no harmful step forecasts; what that party would suffer threatens
  { body: 'A senior EU official warned that Serbia would run out of gas by winter.', want: [] },
  { body: 'Washington warned that Israel would run short of interceptors.', want: [] },
  { body: 'Seoul warned that North Korea would lose all aid.', want: ['KOR THREATEN other []'] },
];

// Exchanges: putting off one's own aim is offered for what the exchange names; a condition read by its own
// cue ("on condition that") is stated once, and the offer before it is conditioned on it.
const EXCHANGES: Array<{ body: string; want: string[] }> = [
  { body: 'Moldova would shelve its EU bid in exchange for firm guarantees from Washington, Sandu said.', want: ['MDA OFFER other []', 'MDA DEMAND security_guarantees []'] },
  { body: 'Serbia would defer its NATO decision in exchange for Western guarantees, Vucic said.', want: ['SRB OFFER alliance []', 'SRB DEMAND security_guarantees []'] },
  { body: 'Washington would drop its tariffs on Turkish steel in return for Ankara halting imports of Russian oil.', want: ['USA OFFER sanctions []', 'USA DEMAND sanctions []'] },
  { body: 'Turkey would be happy to host a new round in Istanbul on condition that Moscow agrees to a ceasefire, Fidan said.', want: ['TUR OFFER talks []', 'TUR DEMAND ceasefire []'] },
];

claimCases('condition', CASES);
claimCases('exchange', EXCHANGES);

// Cutting trade is a sanction, also when the threat is chained to a warning; cutting one's own supplies stays
// "other" (the harmful step's own issue: trigger/harmful-act, economicObjects).
claimCases('economic step', [
  { body: 'Ankara warned it would cut all trade with Athens unless the drills stopped.', want: ['TUR THREATEN sanctions []'] },
  { body: 'Azerbaijan warned it would halt imports from Armenia.', want: ['AZE THREATEN sanctions []'] },
  { body: 'Slovakia threatened to cut off electricity exports to Ukraine.', want: ['SVK THREATEN other []'] },
  // a warning chained to its own modal step names the harmful step
  { body: 'Moscow warned it would strike Kyiv.', want: ['RUS THREATEN ceasefire []'] },
]);

test('an offer before "on condition that" is conditioned on the demand the cue states', () => {
  const claims = claimsOf('Turkey would be happy to host a new round in Istanbul on condition that Moscow agrees to a ceasefire, Fidan said.');
  const offer = claims.find((c) => c.type === 'OFFER')!;
  const demand = claims.find((c) => c.type === 'DEMAND')!;
  assert.deepEqual(offer.conditions, [demand.id]);
});
claimCases('alternative, caution, invitation, warning', ALTERNATIVES);
claimCases('conditional family', FAMILIES);

test('a stance inside a condition is none of its own: "until Yerevan accepts its terms"', () => {
  const claims = claimsOf('Azerbaijan vowed to keep shelling Armenian positions until Yerevan accepts its terms.');
  assert.ok(claims.some((c) => label(c) === 'AZE THREATEN ceasefire []'), claims.map((c) => label(c)).join('\n'));
  assert.ok(!claims.some((c) => c.actor === 'ARM'), claims.map((c) => label(c)).join('\n'));
});

test('the condition is conditioned on: the offer names the demand its condition states', () => {
  const claims = claimsOf('Ankara would drop its tariffs on Greek goods provided Athens ends its drone raids, the Turkish trade minister said.');
  const offer = claims.find((c) => c.type === 'OFFER')!;
  const demand = claims.find((c) => c.type === 'DEMAND')!;
  assert.deepEqual(offer.conditions, [demand.id]);
  assert.equal(demand.rule, 'if-condition');
});

// No condition claim: hedges, concessions, comparisons, "whether or not", the verb "provided", predictions.
const NO_CONDITION: string[] = [
  'The US is ready to lift tariffs on Korean steel as soon as possible, the trade representative said.',
  'Kyiv says it will resist even if the talks collapse.',
  'Poland would not recognise the annexation whether or not Moscow holds a referendum, Tusk said.',
  'If the talks in Baku fail, gas prices will rise, an analyst at a Vienna think tank said.',
  'Russia is prepared to use force if necessary, the analyst said.',
  'Hamas acted as if the truce had already collapsed, an Israeli official said.',
  'Washington has provided Kyiv with air defence systems, the Pentagon said.',
  'The G7 urged other nations to stop providing Russia with weapons.',
  'Putin said on the same day that Russia would keep its troops in Kherson.',
  // a halt reported or predicted, with no condition, is no offer
  'The shelling of Kharkiv stopped on Monday, the Ukrainian army said.',
  'The fighting could stop by spring, an analyst in Warsaw said.',
  // a failure feared states no stance
  'Should the Baku talks collapse, Azerbaijan would keep fighting, Aliyev said.',
];

for (const body of NO_CONDITION) {
  test(`no condition claim: ${body}`, () => {
    const claims = claimsOf(body);
    assert.deepEqual(claims.filter((c) => c.rule === 'if-condition' || c.conditions.length).map((x) => label(x)), [], claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n'));
  });
}

for (const c of NONE) {
  test(`no condition: ${c.body}`, () => {
    const claims = claimsOf(c.body).filter((x) => x.type === c.type);
    assert.deepEqual(claims.map((x) => label(x)), [], claims.map((x) => `${label(x)} «${x.quote}»`).join('\n'));
  });
}
