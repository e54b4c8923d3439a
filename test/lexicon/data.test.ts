// Checks the lexicon data files: completeness (UN states, oblasts), uniqueness, spellings that must
// resolve, and that nothing fires on ordinary English words unless marked ambiguous.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon } from '../../src/lexicon/load.js';
import type { ActorEntry, PersonEntry } from '../../src/lexicon/types.js';
import { DEV_CORPUS, SKIP_SHARED } from '../helpers/paths.js';

const lex = loadLexicon();

/** Every string that names an actor → the actor codes it names. */
function actorIndex(): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const a of lex.actors) {
    for (const s of new Set([...a.names, ...(a.adjectives ?? []), ...(a.metonyms ?? [])])) {
      m.set(s, [...(m.get(s) ?? []), a.code]);
    }
  }
  return m;
}

function personByName(): Map<string, PersonEntry[]> {
  const m = new Map<string, PersonEntry[]>();
  for (const p of lex.people) for (const n of new Set(p.names)) m.set(n, [...(m.get(n) ?? []), p]);
  return m;
}

function placeByName(): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const p of lex.places) {
    for (const n of new Set([...p.names, ...(p.settlements ?? [])])) m.set(n, [...(m.get(n) ?? []), p.code]);
  }
  return m;
}

/** Who holds a description on a date (descriptions apply from `from` inclusive to `to` exclusive). */
function holders(description: string, date: string): string[] {
  const within = (from?: string, to?: string) => (!from || from <= date) && (!to || date < to);
  const out: string[] = [];
  for (const p of lex.people) {
    if ((p.descriptions ?? []).includes(description) && within(p.from, p.to)) out.push(p.name);
    for (const r of p.roles ?? []) if (r.descriptions.includes(description) && within(r.from, r.to)) out.push(p.name);
  }
  return out;
}

/** Capitalised forms of ordinary English words that must never be an unmarked name or alias. */
const COMMON_WORDS = [
  'The', 'A', 'An', 'It', 'He', 'She', 'We', 'They', 'Time', 'TIME', 'Times', 'Post', 'Mail', 'Journal', 'Sun', 'Star', 'Mirror',
  'Express', 'Independent', 'Observer', 'Guardian', 'Nation', 'National', 'The National', 'Hill', 'The Hill', 'Union', 'Commission',
  'Council', 'Alliance', 'the Alliance', 'President', 'Government', 'Minister', 'State', 'States', 'Republic', 'Kingdom', 'Chad',
  'Jordan', 'Georgia', 'Turkey', 'Guinea', 'Niger', 'Victoria', 'Kingston', 'Santiago', 'Sofia', 'Holland', 'Fox', 'Dawn', 'RT',
  'Sputnik', 'Liberation', 'Insider', 'The Insider', 'Babel', 'Polish', 'Indian', 'America', 'Europe', 'European', 'Korea', 'Korean',
  'Congo', 'Sudan', 'Dominica', 'Dominican', 'Minsk', 'Vienna', 'Jerusalem', 'Wellington', 'Georgetown', 'Nassau', 'Moroni', 'Colombo',
  'Sucre', 'Irish', 'Ireland', 'Macedonia', 'Macedonian', 'Samoa', 'Micronesia', 'Brussels', 'ICC', 'Austin', 'Harris', 'Johnson',
  'Graham', 'Costa', 'Michel', 'Francis', 'Bruce', 'Burns', 'Cooper', 'Wallace', 'Powell', 'Cameron', 'Xi', 'Kozak', 'ABC', 'Current Time',
  'Foreign Affairs', 'Foreign Policy', 'Dnipro', 'Azov', 'Kyiv', 'Kiev',
];

test('actors: all 193 UN member states, with unique valid ISO 3166-1 alpha-3 codes', () => {
  const members = lex.actors.filter((a) => a.kind === 'state' && a.unMember === true);
  assert.equal(members.length, 193);
  for (const a of members) assert.match(a.code, /^[A-Z]{3}$/, a.code);
  const codes = lex.actors.map((a) => a.code);
  assert.equal(new Set(codes).size, codes.length, 'actor codes are unique');
  for (const a of lex.actors) {
    assert.ok(a.names.length > 0, `${a.code} has names`);
    if (a.kind === 'state') assert.equal(typeof a.unMember, 'boolean', `${a.code} says whether it is a UN member`);
  }
  for (const code of ['RUS', 'UKR', 'USA', 'GBR', 'FRA', 'DEU', 'TUR', 'CHN', 'ITA', 'POL', 'HUN', 'SAU', 'ARE', 'QAT', 'BLR', 'PRK', 'SSD', 'TLS', 'SWZ', 'MKD', 'CIV', 'CPV']) {
    assert.ok(members.some((a) => a.code === code), code);
  }
});

test('actors: organisations and groups of the spec', () => {
  const kinds: Record<string, ActorEntry['kind']> = { EU: 'organisation', NATO: 'organisation', UN: 'organisation', ICC: 'organisation', COW: 'group', EUR: 'group' };
  for (const [code, kind] of Object.entries(kinds)) {
    const a = lex.actors.find((x) => x.code === code);
    assert.ok(a, code);
    assert.equal(a.kind, kind, code);
  }
});

test('actors: the spellings of the main parties resolve to their codes', () => {
  const idx = actorIndex();
  const expect: Record<string, string> = {
    'the United States': 'USA', 'United States': 'USA', 'U.S.': 'USA', US: 'USA', USA: 'USA', America: 'USA', American: 'USA',
    Washington: 'USA', 'the White House': 'USA', 'White House': 'USA',
    Britain: 'GBR', 'Great Britain': 'GBR', 'the UK': 'GBR', 'U.K.': 'GBR', 'United Kingdom': 'GBR', British: 'GBR', London: 'GBR', 'Downing Street': 'GBR',
    'Türkiye': 'TUR', Turkiye: 'TUR', Turkey: 'TUR', Turkish: 'TUR', Ankara: 'TUR',
    Ukraine: 'UKR', Ukrainian: 'UKR', Kyiv: 'UKR', Kiev: 'UKR', Bankova: 'UKR',
    Russia: 'RUS', 'the Russian Federation': 'RUS', Russian: 'RUS', Moscow: 'RUS', 'the Kremlin': 'RUS', Kremlin: 'RUS',
    France: 'FRA', French: 'FRA', Paris: 'FRA', 'the Elysee': 'FRA', 'Élysée': 'FRA', 'the Élysée': 'FRA',
    Germany: 'DEU', German: 'DEU', Berlin: 'DEU', Hungarian: 'HUN', Budapest: 'HUN', Chinese: 'CHN', Beijing: 'CHN', China: 'CHN',
    Italy: 'ITA', Rome: 'ITA', Poland: 'POL', Polish: 'POL', Warsaw: 'POL',
    'European Union': 'EU', 'the EU': 'EU', EU: 'EU', 'the European Commission': 'EU', Brussels: 'EU',
    NATO: 'NATO', Nato: 'NATO', 'the North Atlantic Alliance': 'NATO', 'the Alliance': 'NATO',
    'United Nations': 'UN', 'the UN': 'UN', 'U.N.': 'UN', 'the UN Security Council': 'UN',
    'International Criminal Court': 'ICC',
    'coalition of the willing': 'COW', 'Coalition of the Willing': 'COW', 'Coalition of the willing': 'COW', 'coalition of the Willing': 'COW',
    'European leaders': 'EUR', Europe: 'EUR', 'the Europeans': 'EUR', 'European allies': 'EUR', 'European governments': 'EUR',
  };
  for (const [name, code] of Object.entries(expect)) assert.deepEqual(idx.get(name), [code], name);
});

test('actors: ambiguous strings belong to their entry; shared strings are ambiguous everywhere', () => {
  const idx = actorIndex();
  for (const a of lex.actors) {
    const own = new Set([...a.names, ...(a.adjectives ?? []), ...(a.metonyms ?? [])]);
    for (const s of a.ambiguous ?? []) assert.ok(own.has(s), `${a.code}: ambiguous "${s}" is not one of its strings`);
  }
  for (const [s, codes] of idx) {
    if (codes.length < 2) continue;
    for (const code of codes) {
      const a = lex.actors.find((x) => x.code === code)!;
      assert.ok((a.ambiguous ?? []).includes(s), `"${s}" names ${codes.join(', ')} but is not ambiguous in ${code}`);
    }
  }
  const flagged = new Set(lex.actors.flatMap((a) => a.ambiguous ?? []));
  for (const s of ['Chad', 'Jordan', 'Georgia', 'Guinea', 'Turkey', 'Niger', 'Dominica', 'Congo', 'Korea', 'Sudan']) assert.ok(flagged.has(s), s);
  assert.ok(!flagged.has('Nigeria'), 'Nigeria is not ambiguous');
});

test('no name, metonym, alias or place fires on an ordinary word unless marked ambiguous', () => {
  const risky = new Set(COMMON_WORDS);
  const check = (owner: string, strings: string[], ambiguous: string[] = []) => {
    for (const s of strings) assert.ok(!risky.has(s) || ambiguous.includes(s), `${owner}: "${s}" is a common word or name; mark it ambiguous or drop it`);
  };
  for (const a of lex.actors) {
    // Capitals that are the government in this news are deliberately unmarked.
    const allowed = a.code === 'UKR' ? ['Kyiv', 'Kiev'] : [];
    check(a.code, [...a.names, ...(a.adjectives ?? []), ...(a.metonyms ?? [])], [...(a.ambiguous ?? []), ...allowed]);
  }
  for (const p of lex.people) check(p.name, p.names, p.ambiguous);
  for (const o of lex.outlets) check(o.name, o.names.filter((n) => n !== o.name), o.ambiguous);
  for (const p of lex.places) check(p.code, [...p.names, ...(p.settlements ?? [])], p.ambiguous);
  for (const g of lex.placeGroups) check(g.name, g.names);
});

test('people: unique names, known parties, genders, and every spelling resolves to one person', () => {
  const names = lex.people.map((p) => p.name);
  assert.equal(new Set(names).size, names.length);
  const codes = new Set(lex.actors.map((a) => a.code));
  for (const p of lex.people) {
    assert.ok(codes.has(p.party), `${p.name}: party ${p.party}`);
    assert.ok(p.gender === 'm' || p.gender === 'f', `${p.name}: gender`);
    if (p.from && p.to) assert.ok(p.from < p.to, `${p.name}: from < to`);
    for (const r of p.roles ?? []) if (r.from && r.to) assert.ok(r.from < r.to, `${p.name} ${r.role}: from < to`);
    for (const s of p.ambiguous ?? []) assert.ok(p.names.includes(s) || (p.descriptions ?? []).includes(s), `${p.name}: ambiguous "${s}"`);
  }
  const idx = personByName();
  for (const [n, ps] of idx) assert.equal(ps.length, 1, `"${n}" names ${ps.map((p) => p.name).join(', ')}`);
  const expect: Record<string, string> = {
    Putin: 'RUS', Peskov: 'RUS', Ushakov: 'RUS', Lavrov: 'RUS', Zakharova: 'RUS', Medinsky: 'RUS', Dmitriev: 'RUS', Shoigu: 'RUS', Medvedev: 'RUS',
    Belousov: 'RUS', Gerasimov: 'RUS', Nebenzia: 'RUS', Nebenzya: 'RUS', Ryabkov: 'RUS', Galuzin: 'RUS', Kozak: 'RUS', Grushko: 'RUS', Polyanskiy: 'RUS', Kadyrov: 'RUS',
    Zelensky: 'UKR', Zelenskyy: 'UKR', Zelenskiy: 'UKR', Zelenskyi: 'UKR', 'Volodymyr Zelensky': 'UKR', Yermak: 'UKR', Sybiha: 'UKR', Sybiga: 'UKR', Kuleba: 'UKR', Umerov: 'UKR',
    Budanov: 'UKR', Podolyak: 'UKR', Podoliak: 'UKR', Shmyhal: 'UKR', Svyrydenko: 'UKR', Kyslytsya: 'UKR', Stefanchuk: 'UKR', Zaluzhnyi: 'UKR', Syrskyi: 'UKR',
    Tykhyi: 'UKR', Nykyforov: 'UKR', Kovalenko: 'UKR',
    Trump: 'USA', 'Donald Trump': 'USA', Biden: 'USA', Harris: 'USA', Blinken: 'USA', Sullivan: 'USA', Austin: 'USA', Rubio: 'USA', Vance: 'USA', 'JD Vance': 'USA', 'J.D. Vance': 'USA',
    Witkoff: 'USA', Kellogg: 'USA', Waltz: 'USA', Hegseth: 'USA', Leavitt: 'USA', Bessent: 'USA', Driscoll: 'USA', Kushner: 'USA', Lutnick: 'USA', Cheung: 'USA',
    Macron: 'FRA', Merz: 'DEU', Scholz: 'DEU', Starmer: 'GBR', Sunak: 'GBR', Meloni: 'ITA', Tusk: 'POL', Duda: 'POL', Orban: 'HUN', 'Orbán': 'HUN',
    Erdogan: 'TUR', 'Erdoğan': 'TUR', Fidan: 'TUR', Stubb: 'FIN', Rutte: 'NATO', Stoltenberg: 'NATO', 'von der Leyen': 'EU', Kallas: 'EU', Costa: 'EU', Michel: 'EU',
    Borrell: 'EU', Guterres: 'UN', 'Xi Jinping': 'CHN', 'Wang Yi': 'CHN', Lukashenko: 'BLR', Modi: 'IND', MBS: 'SAU', 'Mohammed bin Salman': 'SAU', Fico: 'SVK', Frederiksen: 'DNK',
  };
  for (const [n, party] of Object.entries(expect)) assert.equal(idx.get(n)?.[0]?.party, party, n);
});

test('people: a description has one holder at a time, and changes holder on the right day', () => {
  const all = new Set(lex.people.flatMap((p) => [...(p.descriptions ?? []), ...(p.roles ?? []).flatMap((r) => r.descriptions)]));
  for (const date of ['2022-03-01', '2023-06-01', '2024-06-01', '2024-12-15', '2025-01-20', '2025-03-01', '2025-08-20', '2025-12-01']) {
    for (const d of all) {
      const h = new Set(holders(d, date));
      assert.ok(h.size <= 1, `"${d}" on ${date}: ${[...h].join(', ')}`);
    }
  }
  assert.deepEqual(holders('the US president', '2024-06-01'), ['Joe Biden']);
  assert.deepEqual(holders('the US president', '2025-01-20'), ['Donald Trump']);
  assert.deepEqual(holders('the US president', '2025-08-15'), ['Donald Trump']);
  assert.deepEqual(holders('the German chancellor', '2025-03-01'), ['Olaf Scholz']);
  assert.deepEqual(holders('the German chancellor', '2025-06-01'), ['Friedrich Merz']);
  assert.deepEqual(holders('NATO Secretary General', '2024-06-01'), ['Jens Stoltenberg']);
  assert.deepEqual(holders('NATO Secretary General', '2025-06-01'), ['Mark Rutte']);
  assert.deepEqual(holders('Ukraine\'s foreign minister', '2024-06-01'), ['Dmytro Kuleba']);
  assert.deepEqual(holders('Ukraine\'s foreign minister', '2025-06-01'), ['Andrii Sybiha']);
  assert.deepEqual(holders('the Russian leader', '2025-06-01'), ['Vladimir Putin']);
  assert.deepEqual(holders('the Ukrainian president', '2025-06-01'), ['Volodymyr Zelensky']);
  assert.deepEqual(holders('Kremlin spokesman', '2025-06-01'), ['Dmitry Peskov']);
  assert.deepEqual(holders('Kremlin aide', '2025-06-01'), ['Yuri Ushakov']);
});

test('places: every Ukrainian oblast, Kyiv city, Crimea and Sevastopol, with unique codes and areas', () => {
  const ua = ['UA-05', 'UA-07', 'UA-09', 'UA-12', 'UA-14', 'UA-18', 'UA-21', 'UA-23', 'UA-26', 'UA-30', 'UA-32', 'UA-35', 'UA-40', 'UA-43', 'UA-46', 'UA-48', 'UA-51', 'UA-53', 'UA-56', 'UA-59', 'UA-61', 'UA-63', 'UA-65', 'UA-68', 'UA-71', 'UA-74', 'UA-77'];
  const codes = lex.places.map((p) => p.code);
  assert.equal(new Set(codes).size, codes.length, 'place codes are unique');
  for (const c of [...ua, 'RU-KRS', 'RU-BEL', 'RU-BRY', 'RU-ROS', 'RU-VOR']) assert.ok(codes.includes(c), c);
  assert.equal(lex.places.filter((p) => p.country === 'UKR' && p.kind === 'oblast').length, 24);
  for (const p of lex.places) {
    assert.ok(typeof p.area_km2 === 'number' && p.area_km2 > 0, `${p.code}: area`);
    assert.match(p.code, /^[A-Z]{2}-[0-9A-Z]{2,3}$/, p.code);
    assert.ok(['oblast', 'autonomous republic', 'city with special status', 'oblast of Russia'].includes(p.kind), `${p.code}: kind ${p.kind}`);
  }
  const area = (c: string) => lex.places.find((p) => p.code === c)!.area_km2;
  assert.equal(area('UA-14'), 26517);
  assert.equal(area('UA-09'), 26684);
  assert.equal(area('UA-23'), 27180);
  assert.equal(area('UA-65'), 28461);
  assert.equal(area('UA-43'), 26081);
  assert.equal(area('UA-40'), 864);
  assert.equal(area('UA-63'), 31415);
  assert.equal(area('UA-59'), 23834);
  assert.equal(area('UA-48'), 24598);
  assert.equal(lex.places.find((p) => p.code === 'UA-40')!.scoredAs, 'UA-43');
});

test('places: transliterations resolve, each to one region; bare Kyiv is not a place', () => {
  const idx = placeByName();
  for (const [n, codes] of idx) assert.equal(codes.length, 1, `"${n}" names ${codes.join(', ')}`);
  const expect: Record<string, string> = {
    Zaporizhzhia: 'UA-23', Zaporizhia: 'UA-23', Zaporozhye: 'UA-23', Zaporozhzhia: 'UA-23', Luhansk: 'UA-09', Lugansk: 'UA-09', Donetsk: 'UA-14',
    "Donetsk People's Republic": 'UA-14', DPR: 'UA-14', DNR: 'UA-14', "Luhansk People's Republic": 'UA-09', "Lugansk People's Republic": 'UA-09', LPR: 'UA-09', LNR: 'UA-09',
    Kharkiv: 'UA-63', Kharkov: 'UA-63', Mykolaiv: 'UA-48', Nikolaev: 'UA-48', Nikolayev: 'UA-48', Dnipropetrovsk: 'UA-12', 'Dnipro region': 'UA-12',
    Odesa: 'UA-51', Odessa: 'UA-51', Chernihiv: 'UA-74', Chernigov: 'UA-74', Kherson: 'UA-65', Sumy: 'UA-59', Crimea: 'UA-43', 'the Crimean Peninsula': 'UA-43',
    'Autonomous Republic of Crimea': 'UA-43', Sevastopol: 'UA-40', 'Kyiv region': 'UA-32', 'Kyiv Oblast': 'UA-32', 'Kiev region': 'UA-32', Kursk: 'RU-KRS',
    Belgorod: 'RU-BEL', Bryansk: 'RU-BRY', Rostov: 'RU-ROS', Voronezh: 'RU-VOR', Kramatorsk: 'UA-14', Sloviansk: 'UA-14', Sudzha: 'RU-KRS',
  };
  for (const [n, code] of Object.entries(expect)) assert.deepEqual(idx.get(n), [code], n);
  for (const n of ['Kyiv', 'Kiev', 'Dnipro']) assert.equal(idx.get(n), undefined, `${n} must not be a place`);
});

test('place groups: members exist; Donbas and the four regions', () => {
  const codes = new Set(lex.places.map((p) => p.code));
  const names = lex.placeGroups.map((g) => g.name);
  assert.equal(new Set(names).size, names.length);
  for (const g of lex.placeGroups) {
    assert.ok(g.reason.length > 10, `${g.name}: reason`);
    for (const m of g.members) assert.ok(codes.has(m), `${g.name}: ${m}`);
  }
  const by = (n: string) => lex.placeGroups.find((g) => g.names.includes(n))?.members.slice().sort();
  for (const n of ['Donbas', 'Donbass', 'the Donbas', 'Donbas region']) assert.deepEqual(by(n), ['UA-09', 'UA-14'], n);
  for (const n of ['the four regions', 'four regions', 'the four annexed regions', 'four Ukrainian regions', 'four eastern regions', 'the four oblasts', 'four new regions']) {
    assert.deepEqual(by(n), ['UA-09', 'UA-14', 'UA-23', 'UA-65'], n);
  }
});

test('outlets: at least 80, unique names and aliases, canonical names as scored', () => {
  assert.ok(lex.outlets.length >= 80, `${lex.outlets.length} outlets`);
  const names = lex.outlets.map((o) => o.name);
  assert.equal(new Set(names).size, names.length, 'canonical names are unique');
  const alias = new Map<string, string>();
  for (const o of lex.outlets) {
    for (const n of new Set([o.name, ...o.names])) {
      assert.ok(!alias.has(n) || alias.get(n) === o.name, `"${n}" is an alias of ${alias.get(n)} and ${o.name}`);
      alias.set(n, o.name);
    }
  }
  for (const n of ['Financial Times', 'Reuters', 'Bloomberg', 'The Washington Post', 'The New York Times', 'The Wall Street Journal', 'Associated Press', 'AFP', 'BBC', 'CNN', 'NBC News', 'The Guardian', 'TASS', 'RIA Novosti', 'Interfax', 'Kommersant', 'The Moscow Times', 'Novaya Gazeta Europe', 'Meduza', 'The Kyiv Independent', 'Kyiv Post', 'Ukrainska Pravda', 'Ukrinform', 'Europa Press', 'Axios', 'Politico', 'The Economist', 'Sky News', 'Al Jazeera', 'Xinhua', 'Anadolu', 'dpa', 'Der Spiegel', 'Le Monde', 'WION', 'Adnkronos']) {
    assert.ok(names.includes(n), n);
  }
  const expect: Record<string, string> = {
    FT: 'Financial Times', 'the FT': 'Financial Times', 'Bloomberg News': 'Bloomberg', 'Bloomberg Agency': 'Bloomberg', WaPo: 'The Washington Post', 'Washington Post': 'The Washington Post',
    NYT: 'The New York Times', WSJ: 'The Wall Street Journal', AP: 'Associated Press', 'Agence France-Presse': 'AFP', NBC: 'NBC News', RIA: 'RIA Novosti', Guardian: 'The Guardian',
    'Kyiv Independent': 'The Kyiv Independent', 'Moscow Times': 'The Moscow Times',
  };
  for (const [n, o] of Object.entries(expect)) assert.equal(alias.get(n), o, n);
  for (const bare of ['Post', 'Journal', 'Times', 'Mail', 'Independent']) assert.ok(!alias.has(bare), bare);
});

test('the dev corpus gold uses only actors, regions and outlets the lexicon knows', { skip: SKIP_SHARED }, () => {
  const actors = new Set(lex.actors.map((a) => a.code));
  const places = new Set(lex.places.map((p) => p.code));
  const outlets = new Set(lex.outlets.map((o) => o.name));
  const lines = readFileSync(join(DEV_CORPUS, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  for (const line of lines) {
    const g = JSON.parse(line) as { actor: string; regions?: string[]; source?: { outlet?: string } };
    assert.ok(actors.has(g.actor), `actor ${g.actor}`);
    for (const r of g.regions ?? []) assert.ok(places.has(r), `region ${r}`);
    if (g.source?.outlet) assert.ok(outlets.has(g.source.outlet), `outlet ${g.source.outlet}`);
  }
});
