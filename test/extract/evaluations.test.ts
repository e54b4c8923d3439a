// A speaker's evaluation of a proposal (candidate/evaluation, and evaluative adjectives as predicates):
// "would only freeze the war", "would not hold", "cannot serve as a basis", "is a list of ultimatums" refuse
// it; "could form the basis of a settlement" accepts it. The proposal is the clause's subject, the holder
// the speaker. Sentences written for this test, with parties and places other than the corpus's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

const CASES: Array<{ body: string; want: string[] }> = [
  // "only" + an outcome verb
  { body: 'Lavrov said a truce along the Dnipro would only freeze the conflict.', want: ['RUS REJECT ceasefire []'] },
  { body: 'Peskov said that a pause in the fighting would merely give Kyiv time to rearm.', want: ['RUS REJECT ceasefire []'] },
  { body: 'According to Sybiha, a frozen front would simply reward the aggressor.', want: ['UKR REJECT ceasefire []'] },
  // a negated outcome
  { body: 'Sybiha said a ceasefire on its own would not hold.', want: ['UKR REJECT ceasefire []'] },
  { body: 'Duda said a truce without monitors will not last.', want: ['POL REJECT ceasefire []'] },
  { body: 'Zelensky said security guarantees offered without Washington would not be real guarantees.', want: ['UKR REJECT security_guarantees []'] },
  // rewarding, legitimising or emboldening the other side or its gains, with no "only"
  { body: 'Blinken said a ceasefire now would ratify the conquest of Nagorno-Karabakh.', want: ['USA REJECT ceasefire []'] },
  { body: 'Kallas said a frozen conflict in Georgia would reward the aggressor.', want: ['EU REJECT ceasefire []'] },
  { body: 'Pashinyan said any territorial concession would legitimise the occupation.', want: ['ARM REJECT territory []'] },
  { body: 'Baerbock warned that such a truce would embolden Aliyev.', want: ['DEU REJECT ceasefire []'] },
  // a basis, or none
  { body: 'Erdogan said such summits cannot serve as a basis for a lasting peace.', want: ['TUR REJECT talks []'] },
  { body: 'Wang Yi said the Brazilian plan could form the basis of a settlement.', want: ['CHN ACCEPT talks []'] },
  { body: 'Lula said many provisions of the Indonesian plan can be taken as the basis for negotiations.', want: ['BRA ACCEPT talks []'] },
  // a copula and a judging noun or adjective
  { body: 'Sybiha said the Russian memorandum was a list of ultimatums.', want: ['UKR REJECT talks []'] },
  { body: "Poland's defence minister said a return to the 1991 borders was an unrealistic objective.", want: ['POL REJECT territory []'] },
  { body: 'The Kremlin described the Ukrainian memorandum as unserious.', want: ['RUS REJECT talks []'] },
  // the describer holds the judgement: a participle's subject is the clause's, a finite verb's the party before it
  { body: 'Zelensky sharply criticised the Turkish plan, calling it destructive.', want: ['UKR REJECT talks []'] },
  { body: "Warsaw greeted the Belarusian memorandum coolly, calling its demand for Ukraine's neutrality a non-starter.", want: ['POL REJECT alliance []'] },
  { body: 'Britain renewed its offer of a reassurance force, a prospect that Moscow has repeatedly described as unacceptable.', want: ['RUS REJECT security_guarantees []'] },
  // a pronoun speaker after an "according to" credit in the sentence before
  { body: 'According to Foreign Ministry spokeswoman Maria Zakharova, the conference was a failure. Such gatherings cannot serve as a basis for peace, she stressed.', want: ['RUS REJECT talks []'] },
];

// No evaluation: a party acting itself, a description with no speaker, a condition, a fact about a date.
const NONE: string[] = [
  'A truce along the Dnipro would only freeze the conflict.',
  'The ceasefire would only take effect on Monday, officials said.',
  'The agreement would not change the borders of Moldova, the minister said.',
  'Peskov said the talks will not end before Friday.',
  'Peskov said a ceasefire would not be possible without a halt to Western arms deliveries.',
  'Aliyev said the parliament would ratify the peace agreement next week.',
  'Vucic said lifting the tariffs in exchange for a pause in the talks would reward Pristina.',
  'Pashinyan said the agreement would reward both nations with new trade.',
];

// (Only the judgements: other stances in the sentence are other rules' business.)
claimCases('evaluation', CASES, (x) => x.type === 'REJECT' || x.type === 'ACCEPT');

for (const body of NONE) {
  test(`no evaluation: ${body}`, () => {
    const claims = claimsOf(body).filter((x) => x.rule === 'evaluation');
    assert.deepEqual(claims.map((x) => label(x)), [], claims.map((x) => `${label(x)} «${x.quote}»`).join('\n'));
  });
}

// A date that opens a sentence sets the scene for what follows it in the paragraph, not for what precedes it.
test('a scene-setting date dates the sentences after it, not the one before', () => {
  const body = 'In May, the envoys of Chile and Kenya met in Nairobi. They said that dialogue was the only way. Chile and Kenya proposed holding an international peace conference. In September, Lavrov said that Russia welcomed the initiative.';
  const claims = claimsOf(body, { published: '2024-09-27' });
  const chile = claims.find((c) => c.actor === 'CHL' && c.type === 'PROPOSE');
  assert.ok(chile, claims.map((x) => label(x)).join('\n'));
  assert.deepEqual(chile.date.value, { from: '2024-05-01', to: '2024-05-31' });
  const rus = claims.find((c) => c.actor === 'RUS');
  assert.deepEqual(rus?.date.value, { from: '2024-09-01', to: '2024-09-30' });
});

// "it" after a plan noun earlier in the sentence is the plan, for a basis only (candidate/evaluation).
claimCases('a pronoun for the plan judged as a basis', [
  { body: 'Aliyev said Baku had studied the Armenian draft and that it could serve as a basis for a treaty.', want: ['AZE ACCEPT talks []'] },
  // paraphrase, with a quote and a concession after it
  { body: 'Vucic said Belgrade had received the EU text and that it "could form the basis of a final settlement", but that it had not been discussed in detail.', want: ['SRB ACCEPT talks []'] },
  // no plan noun before the pronoun: nothing
  { body: 'Aliyev said it could serve as a basis for a treaty.', want: [] },
], (x) => x.type === 'ACCEPT' || x.type === 'REJECT');
