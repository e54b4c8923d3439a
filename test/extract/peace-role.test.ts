// A third party's readiness to help bring peace offers its good offices, the talks (content/peace-role): "India is
// prepared to do what it takes to bring the conflict to an end", "Qatar is ready to play an active role in restoring
// peace". Sentences written for this test, on other disputes (Armenia/Azerbaijan, Sudan, Serbia/Kosovo, the Koreas,
// Israel/Hamas); the negatives are a side's own readiness, a role in something else and a readiness to act for itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const labels = (body: string) => claimsOf(body).map((x) => label(x).replace(/ \[.*\]$/, ''));
const show = (body: string) => claimsOf(body).map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n');

const POSITIVE: Array<[string, string]> = [
  ['Prime Minister Narendra Modi told Russian President Vladimir Putin that war is no solution and said India is prepared to do what it takes to bring the conflict to an end.', 'IND OFFER talks'],
  ['Qatar said on Monday it was ready to play an "active role" in restoring peace between Armenia and Azerbaijan.', 'QAT OFFER talks'],
  ['Turkey stands ready to play a constructive role in the peace process between Serbia and Kosovo, Erdogan said.', 'TUR OFFER talks'],
  ['Sweden is willing to do everything in its power to help settle the dispute between North Korea and South Korea, its foreign minister said.', 'SWE OFFER talks'],
  ['Egypt has said it is prepared to contribute to a peaceful resolution of the fighting between the Sudanese army and the RSF.', 'EGY OFFER talks'],
  ['Norway remained ready to do whatever it takes to resolve the conflict between Israel and Hamas peacefully, Oslo said.', 'NOR OFFER talks'],
  // playing its (full) part, using its good offices
  ['The European Commission said the EU stood ready to "play its full part" in a just peace between Serbia and Kosovo.', 'EU OFFER talks'],
  ['Qatar said it stood ready to play its full part in a lasting peace between Israel and Hamas.', 'QAT OFFER talks'],
];

const NEGATIVE: Array<[string, string]> = [
  // A side of the dispute: its own readiness to end the war is no offer of good offices.
  ['Azerbaijan is prepared to do what it takes to bring the conflict with Armenia to an end, Aliyev said.', 'AZE OFFER talks'],
  // A role in something that is not the peace.
  ['Egypt said it was ready to play a role in the reconstruction of Gaza after the war between Israel and Hamas.', 'EGY OFFER talks'],
  ['India is prepared to do what it takes to protect its interests, Modi told Putin on a visit to Moscow.', 'IND OFFER talks'],
  ['Kenya said it was ready to play its full part in rebuilding the schools of Tigray.', 'KEN OFFER talks'],
  // An issue named before the word of peace is what the help is about, read by the content rules.
  ['Qatar is ready to help with the exchange of prisoners to bring peace between Armenia and Azerbaijan closer.', 'QAT OFFER talks'],
];

for (const [body, want] of POSITIVE) {
  test(`peace role: ${body}`, () => assert.ok(labels(body).includes(want), `missing ${want}\n${show(body)}`));
}
for (const [body, not] of NEGATIVE) {
  test(`peace role, none: ${body}`, () => assert.ok(!labels(body).includes(not), `unwanted ${not}\n${show(body)}`));
}
