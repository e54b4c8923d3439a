// Refusals by denying a party the power to impose, and demands by contrast (issue 7, "refusals by impossibility
// or contrast"): "He can in no way dictate to Ukraine what it must do", "has no veto over", "It is not Ukraine
// that should withdraw its troops, but Russia". The speaker holds the refusal or the demand, never the party it
// denies the power or the act to. Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test('denying a party the power to dictate or impose terms is the speaker\'s refusal', () => {
  for (const [body, want] of [
    ['"Russia occupied their land. It can in no way dictate to Kyiv what it must do to reach peace," the British foreign secretary said.', 'GBR REJECT talks []'],
    ['The German chancellor said Putin was "not in a position to dictate" the terms of a settlement to Ukraine.', 'DEU REJECT talks []'],
    ['Blinken said Russia cannot set conditions for talks while its troops occupy Ukrainian land.', 'USA REJECT talks []'],
    ['The Egyptian foreign minister said Israel has no right to impose terms on the Palestinians in Gaza.', 'EGY REJECT talks []'],
    ['Moscow has no veto over where allied trainers deploy in Ukraine, Rutte said.', 'NATO REJECT security_guarantees []'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(got.includes(want), why);
    // The party denied the power takes no stance of its own here.
    assert.ok(!got.some((l) => / REJECT talks/.test(l) && !l.startsWith(want.slice(0, 3))), why);
  }
  // No claim: a fact of imposing, a schedule, a party denied the power with no one else speaking.
  for (const body of [
    'Russia dictated the terms of the 1945 settlement, historians say.',
    'The Armenian court cannot set a date for the hearing before June.',
    'Moscow has no veto over the deployment.',
  ]) {
    const { got, why } = labels(body);
    assert.deepEqual(got, [], why);
  }
  // A refusal of one's own, "would not set any time frame", stays the subject's.
  const { got, why } = labels('NATO leaders would not set any time frame for Ukraine\'s accession, the communique said.');
  assert.ok(!got.some((l) => l.startsWith('UKR') || / talks /.test(l)), why);
});

test('denying a party a veto or a say by a negated verb of holding or granting it is the speaker\'s refusal (candidate/denied-veto)', () => {
  for (const [body, want] of [
    ['European leaders said in a joint statement that Russia could not have a veto over Ukraine\'s path to the European Union and NATO.', 'EUR REJECT alliance []'],
    ['The EU foreign policy chief said Belgrade cannot be allowed a veto over Kosovo\'s path to NATO.', 'EU REJECT alliance []'],
    ['Moscow must not be given a veto on Armenia\'s membership of any alliance, Pashinyan said.', 'ARM REJECT alliance []'],
    ['Blinken said Moscow should not have a say in Georgia\'s bid to join NATO.', 'USA REJECT alliance []'],
    ['The allies would not give Moscow a veto over the size of Ukraine\'s army, Rutte said.', 'NATO REJECT military_limits []'],
    ['"Baku will never get a veto over Armenia\'s alliances," the Armenian foreign minister said.', 'ARM REJECT alliance []'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(got.includes(want), why);
    // Neither a demand of the modal nor a stance of the party denied the veto.
    assert.ok(!got.some((l) => / DEMAND /.test(l)), why);
  }
  // No refusal: the veto wanted or held (no negation), the verb "veto" (no power denied), a party denied the veto
  // with no one speaking, the speaker saying it has none itself.
  for (const body of [
    'Russia wants a veto over Ukraine\'s path to NATO.',
    'Hungary could have a veto over the sanctions package, diplomats said.',
    'Serbia could not have a veto over Kosovo\'s path to NATO.',
    'The Kremlin said it does not have a veto over what the European Union decides on sanctions.',
  ]) {
    const { got, why } = labels(body);
    assert.ok(!got.some((l) => / REJECT /.test(l)), why);
  }
});

test('a contrastive cleft demands the act of the party after "but"', () => {
  for (const [body, want] of [
    ['"It is not Ukraine that should withdraw its troops from Ukrainian territory, but Russia," Stoltenberg stressed.', 'NATO DEMAND territory []'],
    ['"It is not Serbia that must withdraw its police from the north, but Kosovo," Vucic said.', 'SRB DEMAND territory []'],
    ['It was not Kyiv that had to give up land but Moscow, Zelensky said.', 'UKR DEMAND territory []'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(got.includes(want), why);
  }
  // Not a cleft: "it is not clear that …, but …" negates nothing of a party's, and demands nothing.
  const { got, why } = labels('It is not clear that Moscow should accept the plan, but talks will go on, the analyst said.');
  assert.ok(!got.some((l) => l.includes('DEMAND')), why);
});
