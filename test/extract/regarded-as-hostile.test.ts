// A future act declared beforehand to count as theft, a violation or an attack is threatened
// (candidate/regarded-as-hostile): "would treat any use of the assets as theft", "any confiscation would be regarded
// as theft", "would view any drone flight over the border as a violation of the truce". Sentences written for these
// tests, on other disputes.
import { test } from 'node:test';
import { claimCases, assertNone } from './helpers.js';

claimCases('regarded as hostile', [
  // Active: the object between the verb and "as" is the act threatened.
  { body: 'Beijing said it would treat any use of its frozen reserves as "theft" and respond in kind.', want: ['CHN THREATEN sanctions []'] },
  { body: 'Seoul said it would view any drone flight over the border as a violation of the truce.', want: ['KOR THREATEN ceasefire []'] },
  // Passive: the subject is the act threatened; the response after it may name the issue.
  { body: 'Tehran said any confiscation of its frozen funds would be regarded as theft.', want: ['IRN THREATEN sanctions []'] },
  { body: 'Caracas warned that any use of its gold would be treated as theft and met by the seizure of American companies\' assets.', want: ['VEN THREATEN sanctions []'] },
]);

test('negatives: a thing done judged, a denial, a guess', () => {
  assertNone([
    'Tehran regards the seizure of its frozen funds as theft.',
    'Aliyev said the troops would not be treated as a threat.',
    'Analysts said the freeze of the reserves could be seen as a provocation.',
    'Seoul said it would treat the drone flight as a technical error.',
  ], ' THREATEN ');
});

// A verb of judging needs no "as"; ships so regarded are about the safety of navigation (a maritime truce); a label
// may be a few words on ("carriers of military cargo").
claimCases('ships regarded as hostile; a label with no "as"', [
  { body: 'Tehran said it would regard all tankers sailing to Emirati ports in the Gulf as potential carriers of military cargo.', want: ['IRN THREATEN ceasefire []'] },
  { body: 'Sanaa said all vessels heading to Israeli ports would be treated as a potential carrier of military cargo.', want: ['YEM THREATEN ceasefire []'] },
  { body: 'Baku said any movement of Armenian boats on the lake would be considered a violation of the agreement.', want: ['AZE THREATEN ceasefire []'] },
  // paraphrase: active, no "as"
  { body: 'Athens said it would consider any entry of Turkish warships into its waters a violation of the accord.', want: ['GRC THREATEN ceasefire []'] },
], (c) => c.type === 'THREATEN');

test('negatives: no modal, a guess, a return considered', () => {
  assertNone([
    'Tehran regards the tankers sailing to Emirati ports as carriers of military cargo.',
    'Analysts said ships heading to Israeli ports could be considered a legitimate concern.',
    'Moscow said it would consider returning to the deal only if its demands were met.',
    'Baku said it would consider a new round of talks in Almaty.',
  ], ' THREATEN ');
});
