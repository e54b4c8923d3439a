// Readiness and willingness (the thirtieth session's family): a party says it is ready, prepared, willing or available
// to do something for the settlement, and what it offers names the issue. Vague help with the process by a third
// party ("ready to do its part", "help bring the enemies to one table", "contribute in every possible way to a lasting
// solution", "maintain communication with all parties", "keep \"every channel\" open") offers the talks; the holder of
// a readiness clause after "said" in a clause of place ("…, where Starmer said he was prepared …") is that clause's
// subject. Sentences written for this test, on other disputes (Armenia/Azerbaijan, Serbia/Kosovo, Ethiopia/Eritrea,
// Israel/Hamas, Sudan); the negatives are readiness to fight, to respond or to defend, "ready for war", a question,
// and a side's own vague readiness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const labels = (body: string) => claimsOf(body).map((x) => label(x).replace(/ \[.*\]$/, ''));
const show = (body: string) => claimsOf(body).map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n');

const POSITIVE: Array<[string, string]> = [
  // A third party's bare help, with nothing named before it: its good offices.
  ['Armenia and Azerbaijan met in Prague on Monday. "Kazakhstan is ready to do its part, as it did last year," Tokayev said.', 'KAZ OFFER talks'],
  ['Serbia and Kosovo resumed the dialogue in Brussels. Norway stands ready to play its part, the Norwegian foreign minister said.', 'NOR OFFER talks'],
  // Help whose aim is a table, a solution, bringing the sides together or closer.
  ['The Kremlin said Kazakhstan is ready to help bring the enemies to the same table.', 'KAZ OFFER talks'],
  ['Israel and Hamas traded accusations on Monday. Qatar is ready to help bring the two sides together, its prime minister said.', 'QAT OFFER talks'],
  ['The Kazakh foreign minister said Kazakhstan had long advocated dialogue as the only way out of the dispute between Armenia and Azerbaijan and was ready to contribute "in every possible way" to a lasting solution.', 'KAZ OFFER talks'],
  ['Egypt backs a peaceful resolution between the Sudanese army and the RSF and "is ready to provide all possible cooperation" to that end, Cairo said.', 'EGY OFFER talks'],
  // Keeping communication or a channel open.
  ['A Turkish foreign ministry statement said Turkey was willing to "maintain communication with all parties" to the conflict between Armenia and Azerbaijan.', 'TUR OFFER talks'],
  ['"At some point Hamas has to be on board," he said, adding that Norway was ready to keep "every channel" to Gaza open.', 'NOR OFFER talks'],
  ['The EU envoy said Brussels was ready to stay in touch with Belgrade and Pristina.', 'EU OFFER talks'],
];

const NEGATIVE: Array<[string, string]> = [
  // A side of the dispute: its bare readiness to do its part may be anything.
  ['Armenia and Azerbaijan met in Prague. Azerbaijan is ready to do its part, Aliyev said.', 'AZE OFFER talks'],
  // Readiness to fight, respond or defend is no offer; "ready for war" is nothing.
  ['Azerbaijan is ready for war, Aliyev said.', 'AZE OFFER'],
  ['Baku is ready to respond militarily to any provocation, Aliyev said.', 'AZE OFFER'],
  ['Israel is prepared to defend itself against Hamas, Netanyahu said.', 'ISR OFFER'],
  ['Eritrea stands ready to retaliate if Ethiopia attacks, Asmara said.', 'ERI OFFER'],
  // A question is nothing.
  ['Would Kazakhstan be ready to host the next round between Armenia and Azerbaijan?', 'KAZ OFFER talks'],
  // A role in something that is not the process stays unread.
  ['Norway is ready to do its part in rebuilding the schools of Gaza, its foreign minister said.', 'NOR OFFER talks'],
];

for (const [body, want] of POSITIVE) {
  test(`readiness: ${body}`, () => assert.ok(labels(body).includes(want), `missing ${want}\n${show(body)}`));
}
for (const [body, not] of NEGATIVE) {
  test(`readiness, none: ${body}`, () => assert.ok(!labels(body).some((l) => l.startsWith(not)), `unwanted ${not}\n${show(body)}`));
}

// The holder of a readiness clause after "said" in a clause of place or time is that clause's subject, and a stance
// in it is no content of the main clause's stance.
const HOLDERS: Array<[string, string, string]> = [
  ['French President Emmanuel Macron hosted a meeting of European leaders in Paris on Monday, where British Prime Minister Keir Starmer said he was prepared to put British troops on the ground to help guarantee a deal between Armenia and Azerbaijan.', 'GBR OFFER security_guarantees', 'FRA OFFER'],
  ['Macron proposed a meeting of European leaders in Paris on Monday, where Starmer said he was prepared to put British troops on the ground in Ukraine.', 'GBR OFFER security_guarantees', 'FRA OFFER'],
];
for (const [body, want, not] of HOLDERS) {
  test(`readiness holder: ${body}`, () => {
    const got = labels(body);
    assert.ok(got.includes(want), `missing ${want}\n${show(body)}`);
    assert.ok(!got.some((l) => l.startsWith(not)), `unwanted ${not}\n${show(body)}`);
  });
}

// Taking part in guarantees named before offers them; an offer to hand over or give back what names no issue, in
// exchange for people held, is a prisoner swap (content/participation-act, content/exchange-counterpart).
const ISSUES: Array<[string, string]> = [
  ['The Swedish prime minister said the meeting had moved the question of security guarantees for Armenia to the centre of the table and that Sweden was prepared to take part in them in some form.', 'SWE OFFER security_guarantees'],
  ['Pashinyan said in January that Yerevan was prepared to hand the two men over to Baku only in exchange for Armenians held in Azerbaijani captivity.', 'ARM OFFER humanitarian'],
  ['Armenia holds dozens of Azerbaijani conscripts. "We are ready to return every one of them, but only in exchange for our people," Pashinyan said.', 'ARM OFFER humanitarian'],
  ['Armenia holds dozens of Azerbaijani conscripts. "We are ready to return every one of them, but only in exchange for our people," Pashinyan said.', 'ARM DEMAND humanitarian'],
];
const NOT_ISSUES: Array<[string, string]> = [
  // The counterpart is no people held: nothing humanitarian is offered.
  ['Kyiv was ready to hand over the plant only in exchange for sanctions relief, the minister said.', 'UKR OFFER humanitarian'],
  // Taking part in something named before that is neither talks nor guarantees.
  ['Sudan\'s army has rebuilt its air force. The RSF said it was prepared to take part in it in some form.', 'RSF OFFER security_guarantees'],
  // "The two men held talks": a general noun of people with a word of holding is no captive.
  ['The two men held talks in Geneva on Monday, and Serbia said it was ready to continue them.', 'SRB OFFER humanitarian'],
];
for (const [body, want] of ISSUES) {
  test(`readiness issue: ${body}`, () => assert.ok(labels(body).includes(want), `missing ${want}\n${show(body)}`));
}
for (const [body, not] of NOT_ISSUES) {
  test(`readiness issue, none: ${body}`, () => assert.ok(!labels(body).includes(not), `unwanted ${not}\n${show(body)}`));
}

// Going on with or expanding the go-between's role named before offers help on the matter it was about.
const ROLES: Array<[string, string]> = [
  ['Egypt, which has helped free dozens of Israeli hostages through its mediation with Hamas, is ready to expand that role, its foreign minister said.', 'EGY OFFER humanitarian'],
  ['Norway, which hosted the first talks between Serbia and Kosovo, said it was ready to play that role again.', 'NOR OFFER talks'],
];
for (const [body, want] of ROLES) {
  test(`readiness role: ${body}`, () => assert.ok(labels(body).includes(want), `missing ${want}\n${show(body)}`));
}

// A third party's readiness to support or back something offers its backing; a side's readiness to back a proposal
// stays an acceptance.
const BACKING: Array<[string, string, string]> = [
  ['Armenia and Azerbaijan met in Prague. The French president said France stood ready to support a deal with French troops on the ground.', 'FRA OFFER security_guarantees', 'FRA ACCEPT'],
  ['Serbia and Kosovo met in Brussels. The Swiss minister said Switzerland was willing to support a follow-up to the Brussels talks if the parties wished.', 'CHE OFFER talks', 'CHE ACCEPT'],
  ['Serbia and Kosovo met in Brussels. Belgrade said it was ready to support the EU proposal for a new round of talks.', 'SRB ACCEPT talks', 'SRB OFFER'],
];
for (const [body, want, not] of BACKING) {
  test(`readiness backing: ${body}`, () => {
    const got = labels(body);
    assert.ok(got.includes(want), `missing ${want}\n${show(body)}`);
    assert.ok(!got.some((l) => l.startsWith(not)), `unwanted ${not}\n${show(body)}`);
  });
}
