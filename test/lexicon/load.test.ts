// The loader: default data, extra directories that merge or replace, and errors that name the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { DEFAULT_DATA_DIR, loadLexicon } from '../../src/lexicon/load.js';

function tempDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-lexicon-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 1));
  }
  return dir;
}

function withDir(files: Record<string, unknown>, fn: (dir: string) => void): void {
  const dir = tempDir(files);
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A small lexicon of another negotiation (Armenia–Azerbaijan), replacing the default lists. */
const CAUCASUS = {
  'actors.json': {
    about: 'Armenia-Azerbaijan peace talks: the two parties and the mediators.',
    replace: true,
    actors: [
      { code: 'ARM', name: 'Armenia', kind: 'state', names: ['Armenia'], adjectives: ['Armenian'], metonyms: ['Yerevan'] },
      { code: 'AZE', name: 'Azerbaijan', kind: 'state', names: ['Azerbaijan'], adjectives: ['Azerbaijani'], metonyms: ['Baku'] },
      { code: 'USA', name: 'United States', kind: 'state', names: ['the United States', 'US'], metonyms: ['Washington'] },
    ],
  },
  'people.json': {
    about: 'Leaders of the talks.',
    replace: true,
    people: [
      { name: 'Nikol Pashinyan', party: 'ARM', names: ['Nikol Pashinyan', 'Pashinyan'], descriptions: ['the Armenian prime minister'], gender: 'm' },
      { name: 'Ilham Aliyev', party: 'AZE', names: ['Ilham Aliyev', 'Aliyev'], descriptions: ['the Azerbaijani president'], gender: 'm' },
    ],
  },
  'places.json': {
    about: 'Disputed areas.',
    replace: true,
    places: [
      { code: 'AZ-LAC', name: 'Lachin', country: 'AZE', kind: 'district', area_km2: 1835, names: ['Lachin'] },
      { code: 'AZ-KAL', name: 'Kalbajar', country: 'AZE', kind: 'district', area_km2: 3054, names: ['Kalbajar', 'Kelbajar'] },
    ],
  },
  'place-groups.json': {
    about: 'Groups.',
    replace: true,
    placeGroups: [{ name: 'the districts', names: ['the two districts'], members: ['AZ-LAC', 'AZ-KAL'], reason: 'The two districts named together in the talks.' }],
  },
  'outlets.json': {
    about: 'Local outlets added to the default ones (no "replace").',
    outlets: [
      { name: 'Syunik Herald', names: ['Syunik Herald', 'the Syunik Herald'] },
      { name: 'Reuters', names: ['Reuters', 'Reuters news agency', 'Reuters (Baku)'] },
    ],
  },
};

test('the default lexicon: a data directory that exists, loaded once and cached', () => {
  assert.ok(isAbsolute(DEFAULT_DATA_DIR), DEFAULT_DATA_DIR);
  for (const f of ['actors.json', 'people.json', 'places.json', 'place-groups.json', 'outlets.json']) assert.ok(existsSync(join(DEFAULT_DATA_DIR, f)), f);
  const a = loadLexicon();
  assert.equal(loadLexicon(), a, 'cached');
  assert.equal(loadLexicon([]), a, 'no extra dirs = default');
  assert.ok(a.actors.length > 193 && a.people.length > 50 && a.places.length >= 28 && a.placeGroups.length >= 2 && a.outlets.length >= 80);
});

test('an extra directory with "replace": true describes another negotiation; other files merge', () => {
  const base = loadLexicon();
  withDir(CAUCASUS, (dir) => {
    const lex = loadLexicon([dir]);
    assert.deepEqual(lex.actors.map((a) => a.code), ['ARM', 'AZE', 'USA']);
    assert.deepEqual(lex.people.map((p) => p.name), ['Nikol Pashinyan', 'Ilham Aliyev']);
    assert.deepEqual(lex.places.map((p) => p.code), ['AZ-LAC', 'AZ-KAL']);
    assert.deepEqual(lex.placeGroups.map((g) => g.name), ['the districts']);
    // outlets.json has no "replace": Syunik Herald (no outlet of the default lexicon) is added, Reuters replaced in place.
    assert.equal(lex.outlets.length, base.outlets.length + 1);
    assert.ok(lex.outlets.some((o) => o.name === 'Syunik Herald'));
    const reuters = lex.outlets.filter((o) => o.name === 'Reuters');
    assert.equal(reuters.length, 1);
    assert.ok(reuters[0].names.includes('Reuters (Baku)'));
    assert.equal(lex.outlets.findIndex((o) => o.name === 'Reuters'), base.outlets.findIndex((o) => o.name === 'Reuters'), 'replaced in place');
  });
  // The cached default is untouched.
  assert.equal(loadLexicon(), base);
  assert.ok(loadLexicon().actors.some((a) => a.code === 'RUS'));
  assert.ok(!loadLexicon().outlets.some((o) => o.name === 'Syunik Herald'));
});

test('entries in an extra directory replace those with the same code or name; others are added; missing files are fine', () => {
  const base = loadLexicon();
  const files = {
    'actors.json': { actors: [{ code: 'RUS', name: 'Russia', kind: 'state', unMember: true, names: ['Russia', 'the Russian Federation'], metonyms: ['Moscow', 'the Kremlin', 'Staraya Ploshchad'] }, { code: 'OSCE_PA', name: 'OSCE Parliamentary Assembly', kind: 'organisation', names: ['the OSCE Parliamentary Assembly'] }] },
    'places.json': { places: [{ code: 'RU-BEL', name: 'Belgorod', country: 'RUS', kind: 'oblast of Russia', area_km2: 27134, names: ['Belgorod', 'Bilhorod'] }, { code: 'MD-SN', name: 'Transnistria', country: 'MDA', kind: 'territorial unit', area_km2: 4163, names: ['Transnistria', 'Transdniestria'] }] },
    'people.json': { people: [{ name: 'Vladimir Putin', party: 'RUS', names: ['Vladimir Putin', 'Putin', 'V. Putin'], gender: 'm' }] },
  };
  withDir(files, (dir) => {
    const lex = loadLexicon([dir]);
    assert.equal(lex.actors.length, base.actors.length + 1);
    const rus = lex.actors.filter((a) => a.code === 'RUS');
    assert.equal(rus.length, 1);
    assert.ok(rus[0].metonyms?.includes('Staraya Ploshchad'));
    assert.equal(lex.places.length, base.places.length + 1);
    assert.deepEqual(lex.places.find((p) => p.code === 'RU-BEL')?.names, ['Belgorod', 'Bilhorod']);
    assert.equal(lex.people.length, base.people.length);
    assert.ok(lex.people.find((p) => p.name === 'Vladimir Putin')?.names.includes('V. Putin'));
    // Files not in the extra directory keep the default lists.
    assert.deepEqual(lex.outlets, base.outlets);
    assert.deepEqual(lex.placeGroups, base.placeGroups);
  });
  withDir({}, (dir) => assert.deepEqual(loadLexicon([dir]), base));
  assert.deepEqual(loadLexicon([join(tmpdir(), 'parley-no-such-lexicon-dir')]), base);
});

test('extra directories apply in order, and an options object is accepted', () => {
  withDir({ 'outlets.json': { outlets: [{ name: 'Reuters', names: ['Reuters', 'first'] }] } }, (a) => {
    withDir({ 'outlets.json': { outlets: [{ name: 'Reuters', names: ['Reuters', 'second'] }] } }, (b) => {
      const names = (dirs: string[]) => loadLexicon(dirs).outlets.find((o) => o.name === 'Reuters')?.names;
      assert.deepEqual(names([a, b]), ['Reuters', 'second']);
      assert.deepEqual(names([b, a]), ['Reuters', 'first']);
      assert.deepEqual(loadLexicon({ dirs: [a] }).outlets.find((o) => o.name === 'Reuters')?.names, ['Reuters', 'first']);
    });
  });
});

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  assert.fail('expected an error');
}

test('a malformed file gives a one-line error naming the file', () => {
  withDir({ 'places.json': '{ "places": [ { "code": "UA-14", ' }, (dir) => {
    const e = errorOf(() => loadLexicon([dir]));
    assert.ok(e.message.includes(join(dir, 'places.json')), e.message);
    assert.match(e.message, /invalid JSON/);
    assert.ok(!e.message.includes('\n'), 'one line');
  });
});

test('a wrong shape gives an error naming the file and what is wrong', () => {
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [{ 'actors.json': { actors: { code: 'X' } } }, 'actors.json', /"actors" must be an array/],
    [{ 'actors.json': [] }, 'actors.json', /top level must be an object/],
    [{ 'actors.json': { actors: [{ name: 'Nowhere', kind: 'state', names: ['Nowhere'] }] } }, 'actors.json', /"code" must be a non-empty string/],
    [{ 'actors.json': { actors: [{ code: 'XX', name: 'X', kind: 'country', names: ['X'] }] } }, 'actors.json', /"kind"/],
    [{ 'people.json': { people: [{ name: 'A B', party: 'RUS', names: 'A B' }] } }, 'people.json', /\(A B\).*"names" must be an array/],
    [{ 'people.json': { people: [{ name: 'A B', party: 'RUS', names: ['A B'], from: 'May 2025' }] } }, 'people.json', /"from" must be an ISO date/],
    [{ 'places.json': { places: [{ code: 'UA-99', name: 'X', country: 'UKR', kind: 'oblast', area_km2: '12', names: ['X'] }] } }, 'places.json', /area_km2/],
    [{ 'outlets.json': { outlets: [{ name: 'X', names: ['X'] }, { name: 'X', names: ['Y'] }] } }, 'outlets.json', /duplicate name "X"/],
    [{ 'place-groups.json': { placeGroups: [{ name: 'G', names: ['G'], members: ['UA-99'], reason: 'test' }] } }, 'place-groups.json', /member "UA-99" is not a place code/],
    [{ 'actors.json': { actors: [{ code: 'G3', name: 'Group of Three', kind: 'group', names: ['the G3'], members: ['MDA', 'XXX'] }] } }, 'actors.json', /\(G3\).*member "XXX" is not another actor code/],
    [{ 'actors.json': { actors: [{ code: 'ZZZ', name: 'Z', kind: 'state', names: ['Zland'], members: ['MDA'] }] } }, 'actors.json', /only a group has "members"/],
    [{ 'people.json': { people: [{ name: 'A B', party: 'XYZ', names: ['A B'] }] } }, 'people.json', /party "XYZ" is not an actor code/],
    [{ 'actors.json': { replace: 'yes', actors: [] } }, 'actors.json', /"replace" must be true or false/],
  ];
  for (const [files, file, pattern] of cases) {
    withDir(files, (dir) => {
      const e = errorOf(() => loadLexicon([dir]));
      assert.ok(e.message.includes(join(dir, file)), `${file}: ${e.message}`);
      assert.match(e.message, pattern);
      assert.ok(!e.message.includes('\n'), 'one line');
    });
  }
});
