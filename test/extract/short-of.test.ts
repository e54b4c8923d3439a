// "stopped short of accepting", "fell short of endorsing": a verb of stopping or falling short right before the cue
// negates it, a refusal, not an acceptance (trigger/negation, rules.json 'shortOfVerbs'). "short of" with no stance
// cue after it negates nothing. Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

test('stopping or falling short of accepting refuses', () => {
  const ceasefire = claimsOf('Aliyev told Pashinyan that Baku is ready to work on a peace treaty, but he stopped short of accepting the unconditional 30-day ceasefire sought by Yerevan.');
  const labels = ceasefire.map(label);
  assert.ok(labels.includes('AZE REJECT ceasefire []'), labels.join('\n'));
  assert.ok(!labels.includes('AZE ACCEPT ceasefire []'), labels.join('\n'));
  assert.ok(ceasefire.some((c) => c.quote.startsWith('stopped short of accepting')), ceasefire.map((c) => c.quote).join('\n'));
  const plan = claimsOf('Serbia fell short of endorsing the EU plan for Kosovo.').map(label);
  assert.ok(plan.includes('SRB REJECT talks []') && !plan.includes('SRB ACCEPT talks []'), plan.join('\n'));
});

test('an acceptance with no "short of" stays one', () => {
  const plan = claimsOf('Serbia endorsed the EU plan for Kosovo.').map(label);
  assert.ok(plan.includes('SRB ACCEPT talks []'), plan.join('\n'));
});
