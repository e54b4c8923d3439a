// Mentions: actors (people, parties, capitals as metonyms, role descriptions, pronouns), objects
// ("told Trump"), places with transliterations, and place groups (Donbas, "the four regions").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, actors, places, tokenText } from './helpers.js';

test('the spellings of Zelensky are all UKR', () => {
  assert.deepEqual(actors(doc('Zelensky, Zelenskyy and Zelenskiy met reporters.')), ['Zelensky=UKR', 'Zelenskyy=UKR', 'Zelenskiy=UKR']);
});

test('people resolve to their party', () => {
  assert.deepEqual(actors(doc('Peskov, Ushakov and Lavrov spoke.')), ['Peskov=RUS', 'Ushakov=RUS', 'Lavrov=RUS']);
  assert.deepEqual(actors(doc('Yermak and Sybiha spoke.')), ['Yermak=UKR', 'Sybiha=UKR']);
  assert.deepEqual(actors(doc('Witkoff, Kellogg and Rubio spoke.')), ['Witkoff=USA', 'Kellogg=USA', 'Rubio=USA']);
});

test('capitals and seats of government are parties: the Kremlin, Moscow, Kyiv, Kiev', () => {
  const a = actors(doc('The Kremlin and Moscow rejected what Kyiv and Kiev offered.'));
  assert.deepEqual(a.map((x) => x.replace(/^.*=/, '')), ['RUS', 'RUS', 'UKR', 'UKR']);
  assert.ok(a[0].startsWith('Kremlin') || a[0].startsWith('The Kremlin'));
  assert.deepEqual(actors(doc('The White House and Washington agreed.')).map((x) => x.replace(/^.*=/, '')), ['USA', 'USA']);
});

test('a capital naming a time or an event is not a party', () => {
  assert.deepEqual(actors(doc('The talks began at 10 a.m. Moscow time.')), []);
});

test('"the Russian leader" is RUS', () => {
  assert.deepEqual(actors(doc('The Russian leader spoke.')).map((x) => x.replace(/^.*=/, '')), ['RUS']);
});

test('"he" in the next sentence resolves to the subject, not the object', () => {
  assert.deepEqual(actors(doc('Trump met Zelensky on Friday. He said the war must end.')), ['Trump=USA', 'Zelensky=UKR:object', 'He=USA']);
  assert.deepEqual(actors(doc('Zelensky thanked Trump. He said Ukraine needs guarantees.')), ['Zelensky=UKR', 'Trump=USA:object', 'He=UKR', 'Ukraine=UKR']);
});

test('"she" resolves to a woman', () => {
  assert.deepEqual(actors(doc('Kallas met Lavrov. She said sanctions would stay.')), ['Kallas=EU', 'Lavrov=RUS:object', 'She=EU']);
});

test('"told Trump": the listener is an object, the speaker is not', () => {
  const a = actors(doc('Zelensky told Trump that he would not give up land.'));
  assert.deepEqual(a.slice(0, 2), ['Zelensky=UKR', 'Trump=USA:object']);
  assert.equal(a[2], 'he=UKR');
});

test('a speaker after a "(BBC) -" dateline is not an object', () => {
  assert.deepEqual(actors(doc('MOSCOW (BBC) - Putin demanded that Ukraine leave Donetsk.')).slice(0, 1), ['Putin=RUS']);
});

test('places: transliterations of Zaporizhzhia and Luhansk', () => {
  assert.deepEqual(places(doc('Zaporizhia, Zaporozhye, Zaporizhzhia, Lugansk and Luhansk.')),
    ['Zaporizhia=UA-23', 'Zaporozhye=UA-23', 'Zaporizhzhia=UA-23', 'Lugansk=UA-09', 'Luhansk=UA-09']);
});

test('places: Crimea, Sevastopol, Kherson, Kharkiv, Sumy, Kursk', () => {
  const p = places(doc('Crimea, Kherson, Kharkiv, Sumy and the Kursk region.'));
  assert.deepEqual(p.map((x) => x.replace(/^.*=/, '')), ['UA-43', 'UA-65', 'UA-63', 'UA-59', 'RU-KRS']);
});

test('"Donbas" and "Donbass" are Donetsk and Luhansk', () => {
  assert.deepEqual(places(doc('Donbas or Donbass.')), ['Donbas=UA-09+UA-14', 'Donbass=UA-09+UA-14']);
});

test('"the four regions" are Donetsk, Luhansk, Zaporizhzhia and Kherson', () => {
  assert.deepEqual(places(doc('Russia claims the four regions.')), ['the four regions=UA-09+UA-14+UA-23+UA-65']);
});

test('"Kyiv" as a government, and "it" referring back to it', () => {
  assert.deepEqual(actors(doc('Kyiv said it would defend Kramatorsk.')), ['Kyiv=UKR', 'it=UKR']);
});

test('a personal pronoun\'s "\'s" is "is" or "has", never a possessive: "he\'s prepared to …"', () => {
  const d = doc('Vucic met Orban. He\'s prepared to lift the sanctions, and it\'s ready to talk, but his plan is late.');
  const pron = d.mentions.actors.filter((a) => a.kind === 'pronoun').map((a) => `${tokenText(d, a.start, a.end)}:${a.possessive ? 'possessive' : 'subject'}`);
  assert.ok(pron.includes('He:subject'), pron.join(', '));
  assert.ok(!pron.some((p) => p.startsWith('He:possessive') || p.startsWith('it:possessive')), pron.join(', '));
});
