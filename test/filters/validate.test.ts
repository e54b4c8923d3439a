// The shared filter validation (issue 9, item 5): the CLI and the API accept and refuse the same values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkActor, checkDate, checkIssue, checkRegion, checkType, FilterError, nearest } from '../../src/filters/validate.js';
import { lexiconVocabulary } from '../../src/filters/vocabulary.js';

const vocab = lexiconVocabulary();
const fails = (fn: () => unknown, code: string, message?: RegExp) => assert.throws(fn, (e: unknown) => {
  assert.ok(e instanceof FilterError, String(e));
  assert.equal(e.code, code, e.message);
  if (message) assert.match(e.message, message);
  return true;
});

test('actors: codes in any case, names, and unknown values with the nearest codes suggested', () => {
  assert.equal(checkActor('rus', vocab), 'RUS');
  assert.equal(checkActor(' Ukr ', vocab), 'UKR');
  assert.equal(checkActor('Russia', vocab), 'RUS');
  assert.equal(checkActor('the United States', vocab), 'USA');
  assert.equal(checkActor('nato', vocab), 'NATO');
  fails(() => checkActor('XYZ', vocab, '--actor'), 'unknown_actor', /^--actor: unknown actor 'XYZ'/);
  fails(() => checkActor('RUSS', vocab), 'unknown_actor', /did you mean RUS\b/);
  fails(() => checkActor('Ukriane', vocab), 'unknown_actor', /did you mean UKR\b/);
  fails(() => checkActor('<script>', vocab), 'bad_actor');
});

test('issues and types: any case; unknown ones suggest the nearest and list all', () => {
  assert.equal(checkIssue('Territory'), 'territory');
  assert.equal(checkIssue('security guarantees'), 'security_guarantees');
  assert.equal(checkIssue('MILITARY-LIMITS'), 'military_limits');
  fails(() => checkIssue('teritory'), 'unknown_issue', /did you mean territory\b.*one of territory, ceasefire/);
  assert.equal(checkType('demand'), 'DEMAND');
  fails(() => checkType('DEMANDS'), 'unknown_type', /did you mean DEMAND\b/);
});

test('regions: ISO 3166-2 codes in any case, or a region\'s name in any spelling the lexicon knows', () => {
  assert.equal(checkRegion('ua-14', vocab), 'UA-14');
  assert.equal(checkRegion('Donetsk', vocab), 'UA-14');
  assert.equal(checkRegion('zaporozhye', vocab), 'UA-23');
  assert.equal(checkRegion('Crimea', vocab), 'UA-43');
  fails(() => checkRegion('UA-99', vocab), 'unknown_region');
  fails(() => checkRegion('Donetks', vocab, '--region'), 'bad_region', /^--region: 'Donetks' is neither a region name nor an ISO 3166-2 code such as UA-14; did you mean UA-14 \(Donetsk\)/);
  fails(() => checkRegion('<b>', vocab), 'bad_region');
});

test('dates: real days, months and years only', () => {
  assert.equal(checkDate('2025-08-15', false), '2025-08-15');
  assert.equal(checkDate('2025-02', true), '2025-02-28');
  assert.equal(checkDate('2024', false), '2024-01-01');
  fails(() => checkDate('2025-13-01', false, '--from'), 'bad_date', /^--from: '2025-13-01' has no month 13/);
  fails(() => checkDate('2025-02-30', false), 'bad_date', /not a real day/);
  fails(() => checkDate('yesterday', false), 'bad_date');
  fails(() => checkDate('1066', false), 'bad_date', /out of range/);
});

test('nearest: close spellings first, nothing for far ones', () => {
  assert.deepEqual(nearest('ceasfire', [['ceasefire', ['ceasefire']], ['talks', ['talks']]]), ['ceasefire']);
  assert.deepEqual(nearest('qqqqqqqq', [['ceasefire', ['ceasefire']], ['talks', ['talks']]]), []);
});
