// Acceptance and refusal frames on unseen text (issue 7, stance constructions): appreciating or being able to
// live with a proposal accepts it; "will continue to support X" accepts X; "accept no X" refuses X and "accept
// nothing less than X" demands it (trigger/negative-object); going on with contacts is no threat.
// Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf } from './helpers.js';

claimCases('appreciating, or being able to live with, a proposal accepts it', [
  // (The efforts to broker are the United States' proposal, cue mediation-effort, as "welcomed the American proposal" is.)
  { body: 'Armenia appreciates the American efforts to broker a peace treaty, the minister said.', want: ['ARM ACCEPT talks []', 'USA PROPOSE talks []'] },
  { body: 'Serbia highly appreciates the Hungarian initiative on new talks with Pristina.', want: ['SRB ACCEPT talks []', 'HUN PROPOSE talks []'] },
  { body: 'Kyiv said it could live with a cap of 800,000 troops on its army.', want: ['UKR ACCEPT military_limits []'] },
]);

claimCases('"will continue to support" takes the issues of "support", not of "continue"', [
  // (A third party backing territorial integrity asks for it: claim/backed-principle reads the chain's "support".)
  { body: "Ankara will continue to support Ukraine's sovereignty and territorial integrity, Erdogan said.", want: ['TUR DEMAND territory []'] },
]);

claimCases('accepting "no" X refuses it; accepting "nothing less than" X demands it', [
  { body: 'Ukraine will accept no restrictions on the size of its army, Zelensky said.', want: ['UKR REJECT military_limits []'] },
  { body: 'Kyiv will accept nothing less than a full withdrawal of Russian troops.', want: ['UKR DEMAND territory []'] },
]);

claimCases('keeping up contacts or dialogue is no threat', [
  { body: 'Moscow said it was ready to keep up contacts with the Holy See.', want: ['RUS OFFER talks []'] },
  { body: 'Khartoum said it would keep up the shelling of Omdurman.', want: ['SDN THREATEN ceasefire []'] },
]);

// "only possible at/through X" (candidate/only-precondition possibleAdjectives) and the best or only way out
// (candidate/preferred-outcome) state what the speaker wants.
claimCases('what is "only possible" at or through something demands that something', [
  { body: 'Peace will only be possible at the negotiating table, Erdogan stressed.', want: ['TUR PROPOSE talks []'] },
  { body: 'Peace is only possible after a full Russian withdrawal from Ukraine, Zelensky said.', want: ['UKR DEMAND territory []'] },
  { body: 'It is only possible to guess what Putin wants.', want: [] },
]);

claimCases('the best or only way out is what the speaker demands', [
  { body: 'The best solution would be a return to the 1991 borders, Pashinyan said.', want: ['ARM DEMAND territory []'] },
  { body: 'The only way out is a full withdrawal of Russian troops from Ukraine, Zelensky said.', want: ['UKR DEMAND territory []'] },
  { body: 'The best outcome for markets would be a quick ceasefire, analysts said.', want: [] },
]);

claimCases('what is impossible without something demands it (candidate/not-without)', [
  { body: 'A sustainable settlement is impossible without eliminating the root causes of the conflict, Lavrov said.', want: ['RUS DEMAND governance []'] },
  { body: 'Peace is impossible without the return of all deported children, Zelensky said.', want: ['UKR DEMAND humanitarian []'] },
]);

claimCases('halting one\'s mobilisation is a concession; troops that remain where they stand freeze the line', [
  { body: 'Under the plan, Azerbaijan would halt mobilisation, Aliyev said.', want: ['AZE OFFER military_limits []'] },
  { body: 'The framework envisages that troops remain where they stand in the Donetsk and Luhansk regions, Zelensky said.', want: ['UKR PROPOSE ceasefire [UA-09,UA-14]'] },
]);

claimCases('more roles, stance nouns and issue words from other conflicts', [
  { body: "Iran's Supreme Leader Ayatollah Ali Khamenei ruled out negotiations with Washington.", want: ['IRN REJECT talks []'] },
  { body: 'The Kremlin said a Ukrainian pull-out from the Donbas was "the key condition" for ending the fighting.', want: ['RUS DEMAND territory [UA-09,UA-14]'] },
  { body: 'Washington is not considering supplying Tomahawks to Kyiv, a senior official said.', want: ['USA REJECT military_limits []'] },
  { body: 'Seoul and Tokyo called on Pyongyang to abandon its ballistic missile programmes.', want: ['KOR DEMAND military_limits []', 'JPN DEMAND military_limits []'] },
]);

// candidate/negotiated-means: settling a conflict by talks, as the speaker must, wants or can only do, proposes
// the talks; it is no obligation of the speaker's own side.
claimCases('settling a conflict through talks, as the speaker must or can only do, proposes talks', [
  { body: '"We have to resolve this dispute through diplomacy and dialogue," Modi told the Sri Lankan president.', want: ['IND PROPOSE talks []'] },
  { body: '"We must end this war at the negotiating table," Sanchez said in Madrid.', want: ['ESP PROPOSE talks []'] },
  { body: 'Pashinyan said Armenia and Azerbaijan need to settle their border dispute through talks.', want: ['ARM PROPOSE talks []'] },
  { body: '"We want to settle this dispute peacefully, through negotiations," Aliyev said.', want: ['AZE PROPOSE talks []'] },
  { body: 'Lula said the war in Sudan could only end through negotiations.', want: ['BRA PROPOSE talks []'] },
]);

claimCases('a settlement by other means, a settlement done, or an analyst\'s view proposes nothing', [
  { body: '"We must end this war on the battlefield," the Sudanese army chief said.', want: [] },
  { body: '"We have resolved the issue through dialogue," Vucic said.', want: [] },
  { body: 'Analysts said the war could only end through negotiations.', want: [] },
]);

// content/relative-antecedent with content/apposition's pro-forms: a general noun of a stance or an amount set
// off after a comma ("an offer", "a figure") and described by a party's stance stands for what precedes it.
claimCases('"…, an offer/a figure PARTY accepted" is that party\'s stance on what precedes the comma', [
  { body: 'The draft caps the Armenian army at 40,000 troops, a figure Yerevan has accepted.', want: ['ARM ACCEPT military_limits []'] },
  { body: 'The talks focused on a 15-year security guarantee for Taiwan, an offer Taipei welcomed.', want: ['TWN ACCEPT security_guarantees []'] },
  { body: 'Belgrade floated an exchange of all prisoners of war, a proposal Pristina rejected outright.', want: ['SRB PROPOSE humanitarian []', 'XKX REJECT humanitarian []'] },
]);

// content/scope effortVerbs: after an effort with no object of its own ("do whatever it takes") the purpose is
// the content; a purpose after a real object is still no content (the second case).
claimCases('"ready to do whatever it takes to help …": the purpose is what is offered', [
  { body: 'Brazil is willing to do whatever it can to help find a peaceful solution, Lula said.', want: ['BRA OFFER talks []'] },
  { body: 'Turkey is ready to do everything in its power to help find a peaceful solution, Erdogan said.', want: ['TUR OFFER talks []'] },
  { body: 'Germany is ready to send demining equipment to help Armenia restore its border villages.', want: [] },
]);

// Ending the conflict, or bringing the war to an end, is a weak ceasefire term like ending the war.
claimCases('ending the conflict names the fighting, as ending the war does', [
  // (Turkey, a third party, calls for it between the two sides of the dispute: a proposal, discourse/principal-sides.)
  { body: 'Ankara called for an end to the conflict between Armenia and Azerbaijan.', want: ['TUR PROPOSE ceasefire []'] },
  { body: 'Erdogan urged Baku to bring the war to an end.', want: ['TUR DEMAND ceasefire []'] },
  { body: 'Qatar urged Sudan\'s generals to hold talks to end the conflict.', want: ['QAT DEMAND talks []'] },
]);

// trigger/negation refusingWords: not wanting a thing opposes it (rule 7 makes not wanting to join a concession);
// a negated demand verb still reports no stance.
claimCases('not wanting a thing, or an act, refuses it', [
  { body: '"We do not want to give up Syunik," Pashinyan said.', want: ['ARM REJECT territory []'] },
  { body: 'The EU does not want to lift sanctions on Belarus, Kallas said.', want: ['EU REJECT sanctions []'] },
  { body: '"We don\'t want to join NATO," Aliyev said.', want: ['AZE OFFER alliance []'] },
  { body: 'Baku has not demanded the return of the villages, the ministry said.', want: [] },
]);

test('a refusal or a concession made by a negation quotes the negation', () => {
  const quotes = (body: string) => claimsOf(body).map((c) => c.quote);
  assert.deepEqual(quotes('Serbia will not accept any limits on its army, Vucic said.'), ['not accept any limits on its army']);
  assert.deepEqual(quotes('"We do not want to give up Syunik," Pashinyan said.'), ['not want to give up Syunik']);
  assert.deepEqual(quotes('Khartoum has never refused to negotiate with the RSF.'), ['never refused to negotiate with the RSF']);
});

// candidate/evaluation helpVerbs: a step said to help the settlement along is put forward by the speaker, or
// accepted when it is another party's.
claimCases('a step that "would help build trust" or "could pave the way for talks" is proposed by its speaker', [
  { body: 'Erdogan said a prisoner exchange would help build trust between Baku and Yerevan.', want: ['TUR PROPOSE humanitarian []'] },
  { body: 'Vucic said the American plan could help bring peace to the region.', want: ['SRB ACCEPT talks []'] },
  { body: 'Lula said a ceasefire in Gaza would pave the way for negotiations.', want: ['BRA PROPOSE ceasefire []'] },
]);

claimCases('help that is no settlement, or no step named, proposes nothing', [
  { body: 'Zelensky said more air defence would help Ukraine protect its cities.', want: [] },
  { body: 'The offensive could help Russia seize Pokrovsk, analysts said.', want: [] },
  { body: 'Erdogan said his country would help build trust between Baku and Yerevan.', want: [] },
]);

// trigger/judged-noun: a predicate right after a stance noun judges it; the speaker refuses the proposal
// (talks, spec rule 9, when it names no issue), not its owner. A text or ultimatum is a whole plan too.
claimCases('"PARTY\'s proposal is unacceptable" is the speaker\'s refusal, not the owner\'s', [
  { body: 'Aliyev said Yerevan\'s proposal is unacceptable.', want: ['AZE REJECT talks []'] },
  { body: 'Aliyev said the Armenian plan was unconstructive.', want: ['AZE REJECT talks []'] },
  { body: 'Vucic said the European text is completely unconstructive.', want: ['SRB REJECT talks []'] },
  { body: 'Kyiv rejected Moscow\'s demands for the whole of Donbas.', want: ['UKR REJECT territory [UA-09,UA-14]', 'RUS DEMAND territory [UA-09,UA-14]'] },
]);

// A dash written without spaces ("for Taiwan—an offer") is a mark, not a hyphen inside a word.
claimCases('an unspaced dash before "an offer PARTY welcomed" sets it off like a comma', [
  { body: 'The talks focused on a 15-year security guarantee for Taiwan—an offer Taipei welcomed.', want: ['TWN ACCEPT security_guarantees []'] },
]);

// trigger/chain: "will never join" is read as "will not join" is, a concession by spec rule 7; refusing to give
// something up stays a refusal.
claimCases('"will never join" a bloc concedes it, as "will not join" does', [
  { body: 'Georgia will never join NATO, the prime minister said.', want: ['GEO OFFER alliance []'] },
  { body: 'Moldova will never join any military bloc.', want: ['MDA OFFER alliance []'] },
  { body: 'Armenia will never give up Syunik.', want: ['ARM REJECT territory []'] },
]);
