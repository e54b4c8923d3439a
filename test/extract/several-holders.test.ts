// Several parties hold one stance (issue 7, spec rule 8: "Kyiv and the leaders of France, Germany, Britain and Poland
// called for …" is one claim per party). A group followed by ", among them" or ", including" and the list of its
// members speaks as those members (discourse/among-them-members), a member named by a party's possessive and a
// person the lexicon does not know too; a collective's "of" ("a group of European leaders") governs no object
// (discourse/collective-of); two coordinated points of the compass before a name ("in Central and Eastern Europe")
// make it a place, no subject for "they" (discourse/coordinated-compass); a party after "beside" is no holder
// ("standing beside President Sandu, called on Moscow …"); a parenthetical speaker holds its own verb of warning
// ("If Moscow refused, they warned, it would face …", holder/nearest-subject). Negatives: a list that is an object or the addressee
// holds nothing. Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

/** The actors holding a claim on `issue` in `body`, sorted. */
function holders(body: string, issue: string): string[] {
  return [...new Set(claimsOf(body).filter((c) => c.issue === issue).map((c) => c.actor))].sort();
}

const cases: Array<[string, string, string[]]> = [
  ['The leaders of Kenya, Ethiopia and Uganda said they would never accept the annexation of Crimea.', 'recognition', ['ETH', 'KEN', 'UGA']],
  ['A joint statement signed by Serbia, Hungary and Slovakia rejected any new sanctions on Russia.', 'sanctions', ['HUN', 'SRB', 'SVK']],
  // "among them" after a plural noun of parties; "Northern and Central Europe" is where they are, not a holder.
  ['Eight presidents of EU countries in Northern and Central Europe, among them Finland, Estonia and Latvia, said they would never recognise the annexation of Crimea.', 'recognition', ['EST', 'FIN', 'LVA']],
  // Members named by a state's possessive and a person the lexicon does not know.
  ['African leaders, among them Kenya\'s William Ruto, Ghana\'s John Mahama and Nigeria\'s Bola Tinubu, said in a joint statement that they would never recognise the annexation of Crimea.', 'recognition', ['GHA', 'KEN', 'NGA']],
  // A party coordinated with the group holds with its members, not with the group's own code.
  ['Moldova and European leaders, among them Spain\'s Pedro Sanchez and Poland\'s Donald Tusk, said in a joint statement that they would never recognise the annexation of Crimea.', 'recognition', ['ESP', 'MDA', 'POL']],
  ['Georgia and European leaders, including Spain\'s Pedro Sanchez and Italy\'s Giorgia Meloni, called on Moscow to withdraw its troops from Abkhazia.', 'territory', ['ESP', 'GEO', 'ITA']],
  // A collective's "of" names who the collective is.
  ['A group of Nordic leaders, including Finland\'s Alexander Stubb and Sweden\'s Ulf Kristersson, said that they would never recognise the annexation of Crimea.', 'recognition', ['FIN', 'SWE']],
  ['Late on Saturday a group of European leaders, among them Spain\'s Pedro Sanchez, Poland\'s Donald Tusk and Finland\'s Alexander Stubb, said in a joint statement that they would never recognise the annexation of Crimea.', 'recognition', ['ESP', 'FIN', 'POL']],
  // The party stood beside is no holder.
  ['The leaders of Spain, Italy and Greece flew to Chisinau and, standing beside President Maia Sandu, called on Moscow to withdraw its troops from Transnistria.', 'territory', ['ESP', 'GRC', 'ITA']],
  ['Standing beside Zelensky, Macron called for a ceasefire.', 'ceasefire', ['FRA']],
  // A parenthetical speaker's own verb of warning is the speaker's, with every party "they" stands for.
  ['Kenya and Ethiopia demanded a ceasefire in Sudan. If Khartoum refused, they warned, it would face new sanctions.', 'sanctions', ['ETH', 'KEN']],
  ['The leaders of Spain, Italy and Greece demanded that Russia pull its troops out of Transnistria. If Moscow refused, they warned, it would face new sanctions on its banks.', 'sanctions', ['ESP', 'GRC', 'ITA']],
  // An adjective coordinated with a group named by an adjective and a role ("European officials") is a party of its own.
  ['Moldovan and European officials answered with proposals of their own. They call for a full ceasefire first, with Transnistria to be discussed later.', 'ceasefire', ['EUR', 'MDA']],
  // A declaration of intent is its signers' offer of what they intend to do, one claim each.
  ['Kenya and Uganda signed a declaration of intent to deploy peacekeepers to Sudan after a ceasefire.', 'security_guarantees', ['KEN', 'UGA']],
  ['At a summit in Nairobi, Kenya and Rwanda sign a declaration of intent to send troops to Congo after a ceasefire.', 'security_guarantees', ['KEN', 'RWA']],
];

for (const [body, issue, want] of cases) {
  test(`several holders: ${body}`, () => {
    assert.deepEqual(holders(body, issue), want, claimsOf(body).map((c) => `${c.actor} ${c.type} ${c.issue} «${c.quote}» ${c.rule}`).join('\n'));
  });
}

// A list that is not the holder: the sides of talks, the addressees of a demand, the people met.
const negatives: Array<[string, string, string[]]> = [
  ['Talks between Armenia and Azerbaijan resumed in Geneva on Monday.', 'talks', []],
  ['Russia demanded that France, Germany and Britain stop arms deliveries to Ukraine.', 'military_limits', ['RUS']],
  // Another party's declaration criticised is no offer of the critic's.
  ['Moscow criticised the declaration of intent to deploy troops to Ukraine.', 'security_guarantees', ['RUS']],
  ['Lavrov held talks with a group of African leaders, among them Kenya\'s William Ruto and Ghana\'s John Mahama, and said Russia would never return Crimea.', 'territory', ['RUS']],
];

for (const [body, issue, want] of negatives) {
  test(`list that holds nothing: ${body}`, () => {
    assert.deepEqual(holders(body, issue), want, claimsOf(body).map((c) => `${c.actor} ${c.type} ${c.issue} «${c.quote}» ${c.rule}`).join('\n'));
  });
}
