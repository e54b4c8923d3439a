// The principal sides of a document or paragraph (discourse/principal-sides, lexicon disputes.json): in an article
// or passage about another dispute, its two sides are the parties at the table, not Russia and Ukraine. A side's
// call is then its demand (spec §2 DEMAND), a third party's call between the two sides stays a mediator's proposal
// (PROPOSE), and "both sides" with no meeting named before are that dispute's sides. Sentences written for this test
// (sides20), with parties other than the Russia–Ukraine corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const show = (claims: ReturnType<typeof claimsOf>) => claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n') || 'no claims';

// Each fails on the code before discourse/principal-sides (the side's call read as a mediator's proposal, the third
// party's call between the two read as a demand on one, "both sides" read as Russia and Ukraine).
const CASES: Array<{ body: string; want: string[] }> = [
  { body: 'Armenian and Azerbaijani negotiators resumed talks in Abu Dhabi. Yerevan called for a ceasefire along the whole border.', want: ['ARM DEMAND ceasefire []'] },
  { body: 'Israel pressed for the release of all hostages held in Gaza before any truce, Netanyahu\'s office said.', want: ['ISR DEMAND humanitarian []'] },
  { body: 'Sudan\'s army called for a humanitarian truce in Darfur, its spokesman said.', want: ['SDN DEMAND ceasefire []'] },
  { body: 'Serbia called for a resumption of the dialogue on Monday, Vucic said.', want: ['SRB DEMAND talks []'] },
  { body: 'Israeli officials said Hamas must release all hostages. Qatar called for a ceasefire in Gaza.', want: ['ISR DEMAND humanitarian []', 'QAT PROPOSE ceasefire []'] },
  // A mediator's call between the two sides, named or as "the two countries".
  { body: 'Turkey called for a ceasefire between Armenia and Azerbaijan.', want: ['TUR PROPOSE ceasefire []'] },
  { body: 'The UN called for talks between Serbia and Kosovo.', want: ['UN PROPOSE talks []'] },
  { body: 'Pashinyan met Aliyev in Washington. Turkey called for talks between the two countries.', want: ['TUR PROPOSE talks []'] },
  { body: 'Qatar called for a ceasefire between Israel and Hamas.', want: ['QAT PROPOSE ceasefire []'] },
  // "Both sides" with no meeting named before: the dispute's two sides.
  { body: 'Baku accused Yerevan of stalling on the border. Both sides have agreed to exchange all remaining detainees, officials said.', want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
  // A paragraph about another dispute in an article on Ukraine has that dispute's sides; the other paragraph keeps Russia and Ukraine.
  { body: 'Russian and Ukrainian delegations met in Istanbul on Friday. Turkey called for a ceasefire.\n\nIn another dispute, Armenia and Azerbaijan resumed talks in Abu Dhabi on Monday. Baku called for a ceasefire along the border.', want: ['TUR PROPOSE ceasefire []', 'AZE DEMAND ceasefire []'] },
];

// A mediator still proposes; a call on one side is a demand on it; an article on Ukraine is read as before.
const NEGATIVE: Array<{ body: string; not: string[] }> = [
  { body: 'China called for a ceasefire, its foreign ministry said.', not: ['CHN DEMAND ceasefire []'] },
  { body: 'Saudi Arabia called for talks between the Sudanese army and the RSF.', not: ['SAU DEMAND talks []'] },
  { body: 'Saudi Arabia called for talks between Sudan\'s army and the RSF.', not: ['SAU DEMAND talks []'] },
  { body: 'India\'s foreign minister said the parties should sit down together without preconditions.', not: ['IND DEMAND talks []'] },
  { body: 'The United States urged Armenia to sign the peace treaty.', not: ['USA PROPOSE talks []'] },
  { body: 'Qatar urged Israel to accept a ceasefire.', not: ['QAT PROPOSE ceasefire []'] },
  { body: 'Russia and Ukraine held talks in Istanbul. Both sides agreed to swap prisoners.', not: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
  { body: 'Serbia and Kosovo resumed talks in Brussels. The two sides have agreed to exchange lists of missing persons.\n\nUkraine and Russia traded accusations. Turkey called for a ceasefire.', not: ['TUR DEMAND ceasefire []'] },
  { body: 'Putin and Zelensky traded accusations on Monday. Armenia called for a ceasefire.', not: ['ARM DEMAND ceasefire []'] },
  // A paragraph on a dispute that shares a side with the document's is background: Ukraine stays a side there.
  { body: 'Zelensky spoke to reporters in Kyiv on Friday.\n\nHe recalled that Russia invaded Georgia in 2008 and that Georgia lost Abkhazia. He called for a ceasefire.', not: ['UKR PROPOSE ceasefire []'] },
];

for (const c of CASES) {
  test(`principal sides: ${c.body}`, () => {
    const claims = claimsOf(c.body);
    for (const w of c.want) assert.ok(claims.some((x) => label(x) === w), `${w}\n${show(claims)}`);
  });
}

for (const c of NEGATIVE) {
  test(`not principal: ${c.body}`, () => {
    const claims = claimsOf(c.body);
    for (const n of c.not) assert.ok(!claims.some((x) => label(x) === n), `${n}\n${show(claims)}`);
  });
}
