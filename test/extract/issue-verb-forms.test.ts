// Issue terms in every form of their verb (discourse/issue-verb-forms, issue 7 "Issue gate"): a term written
// in the base form ("withdraw", "give up", "send envoys", "halt the fighting") also names its issue as
// "withdrew", "gave up", "sent envoys", "halted the fighting" — in a condition's past tense above all ("would
// stop fighting if Kyiv gave up its NATO bid and withdrew from the four regions"). Forms that are nouns or
// report talks held ("annexes", "were discussed", "met") are not terms on their own. Sentences written for
// these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';
import { loadVocab } from '../../src/lexicon/vocab.js';
import { inflectedTerms, verbFormTable } from '../../src/annotate/issue-verb-forms.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const PUB = { published: '2025-03-14' };

test('a condition in the past tense names its issue in every coordinated act', () => {
  let cs = claimsOf('The Russian president said on Tuesday that Moscow would stop fighting and open negotiations if Kyiv gave up its NATO bid and withdrew from the four regions Russia claims.', PUB);
  assert.deepEqual(cs.map(label).sort(), ['RUS DEMAND alliance []', 'RUS DEMAND territory [UA-09,UA-14,UA-23,UA-65]', 'RUS OFFER ceasefire []', 'RUS OFFER talks []'], show(cs));
  cs = claimsOf('Belgrade said it would resume the dialogue if Pristina withdrew its special police from the north.', PUB);
  assert.deepEqual(cs.map(label).sort(), ['SRB DEMAND territory []', 'SRB OFFER talks []'], show(cs));
  cs = claimsOf('Baku would stop the shelling if Yerevan handed over the seven villages and gave up its claims to the enclave.', PUB);
  assert.ok(cs.some((c) => label(c) === 'AZE DEMAND territory []'), show(cs));
});

test('a stance on a past-tense act: pulling back, withdrawing, sending envoys', () => {
  let cs = claimsOf("Chisinau refused to resume talks until Tiraspol's forces had pulled back from the river.", PUB);
  assert.deepEqual(cs.map(label), ['MDA REJECT talks []', 'MDA DEMAND territory []'], show(cs));
  cs = claimsOf("Chisinau refused to resume talks until Tiraspol's forces withdrew from the security zone.", PUB);
  assert.deepEqual(cs.map(label), ['MDA REJECT talks []', 'MDA DEMAND territory []'], show(cs));
  cs = claimsOf('Seoul welcomed the news that Pyongyang had sent envoys to Panmunjom.', PUB);
  assert.deepEqual(cs.map((c) => `${c.actor} ${c.issue}`), ['KOR talks'], show(cs));
});

test('noun forms and reports of talks held name no issue alone', () => {
  const table = verbFormTable(loadVocab().rules);
  assert.deepEqual(inflectedTerms('withdraw', table), ['withdraws', 'withdrew', 'withdrawn', 'withdrawing']);
  assert.deepEqual(inflectedTerms('end the war', table).slice(0, 2), ['ends the war', 'ended the war']);
  // One-word terms of verbs whose forms are nouns or report what happened stay as written.
  assert.deepEqual(inflectedTerms('annex', table), []);
  assert.deepEqual(inflectedTerms('discuss', table), []);
  assert.deepEqual(inflectedTerms('meet', table), []);
  // A plan's annexes are no annexation; measures that were discussed are no stance on talks.
  let cs = claimsOf('The plan, which should lead to a settlement next year, also contains three secret annexes, the Moldovan president said.', PUB);
  assert.ok(!cs.some((c) => c.issue === 'territory'), show(cs));
  cs = claimsOf('"Measures that must be taken to ensure the security of the region were discussed," the Armenian government said.', PUB);
  assert.ok(!cs.some((c) => c.issue === 'talks'), show(cs));
});
