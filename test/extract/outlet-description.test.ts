// A description before an outlet's name (discourse/outlet-description): "reports the British broadcaster BBC",
// "according to the state news agency TASS", "told the German tabloid Bild" credit the outlet named after the
// description, as "reports BBC" does; a description with no credit word before it credits nothing.
// Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import { assertOutlets } from './helpers.js';

const H = { published: '2025-03-12', outlet: 'Harbour Daily' };
const outlets = (body: string, wants: Array<[string, string]>) => assertOutlets(body, wants, H);

test('a credit word before a described outlet credits the outlet', () => {
  outlets('Azerbaijan demanded that Armenia change its constitution before the treaty is signed, reports the British broadcaster BBC.', [['AZE DEMAND governance []', 'BBC']]);
  outlets('Moscow is ready to resume talks with Kyiv in Istanbul, according to the state news agency TASS.', [['RUS OFFER talks []', 'TASS']]);
  outlets('Serbia would never recognise Kosovo, Vucic told the German tabloid Bild on Sunday.', [['SRB REJECT recognition []', 'Bild']]);
  outlets('Israel has rejected the Egyptian proposal for a truce in Gaza, reported the US news site Axios.', [['ISR REJECT ceasefire []', 'Axios']]);
  outlets('Khartoum would accept a humanitarian truce, according to the Qatari broadcaster Al Jazeera.', [['SDN ACCEPT ceasefire []', 'Al Jazeera']]);
});

test('a described outlet with no credit word is not credited', () => {
  outlets('Armenia insisted on international observers, Pashinyan said on Monday in a speech criticising the British broadcaster BBC.', [['ARM DEMAND security_guarantees []', 'Harbour Daily']]);
  outlets('Moscow is ready to resume talks with Kyiv, Peskov said, after the state news agency TASS was banned in Latvia.', [['RUS OFFER talks []', 'Harbour Daily']]);
});

// discourse/relative-clause-credit: a credit inside a relative clause after the stance is that clause's own.
test('a credit inside a relative clause after the stance does not credit the stance', () => {
  outlets('Armenia\'s readiness for a referendum on the constitution followed a challenge from Aliyev, who told the news site Politico on Tuesday that Armenia must change its constitution.', [
    ['ARM OFFER governance []', 'Harbour Daily'], ['AZE DEMAND governance []', 'Politico'],
  ]);
  outlets('Serbia would never recognise Kosovo, Vucic told the German tabloid Bild, which interviewed him in Belgrade.', [['SRB REJECT recognition []', 'Bild']]);
});
