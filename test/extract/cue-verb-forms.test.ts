// Verb cues in every form (issue 7, cue forms): a cue phrase written in one tense ("advocated", "touted", "floated",
// "pitched", "unveiled", "championed", "mooted", "laid out", "raised the possibility", "voiced hope that") also
// matches in its verb's other forms, from the verbs listed for discourse/cue-verb-forms. Sentences written for
// these tests, with other parties and places than the corpora; each gave no claim before the forms were made.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regularForms, cueVerbTable, cueVerbVariants, cueNounVariants } from '../../src/annotate/cue-verb-forms.js';
import { claimCases } from './helpers.js';

claimCases('proposing verbs in the present and the progressive', [
  { body: 'Israel advocates a ceasefire in Gaza.', want: ['ISR PROPOSE ceasefire []'] },
  { body: 'Israel is advocating a ceasefire in Gaza.', want: ['ISR PROPOSE ceasefire []'] },
  { body: 'Serbia is touting a new round of talks with Pristina.', want: ['SRB PROPOSE talks []'] },
  { body: 'Baku floats a prisoner exchange with Yerevan.', want: ['AZE PROPOSE humanitarian []'] },
  { body: 'Turkey is pitching a summit between Armenia and Azerbaijan.', want: ['TUR PROPOSE talks []'] },
  { body: 'Khartoum is unveiling a ceasefire proposal.', want: ['SDN PROPOSE ceasefire []'] },
  { body: 'Beijing champions a new round of talks with Taipei.', want: ['CHN PROPOSE talks []'] },
  { body: 'Eritrea is championing a ceasefire in Tigray.', want: ['ERI PROPOSE ceasefire []'] },
  { body: 'Belgrade outlines a plan for talks with Pristina.', want: ['SRB PROPOSE talks []'] },
  { body: 'Yerevan is mooting a prisoner exchange with Baku.', want: ['ARM PROPOSE humanitarian []'] },
  { body: 'Egypt is laying out a plan for a truce in Gaza.', want: ['EGY PROPOSE ceasefire []'] },
  { body: 'Qatar raises the possibility of a ceasefire in Sudan.', want: ['QAT PROPOSE ceasefire []'] },
  // (Weapon sales are arms supplies, wherever they go: not the alliance they are sold to.)
  { body: 'Ankara touts weapon sales to NATO for Baku.', want: ['TUR PROPOSE military_limits []'] },
  { body: 'Ankara voices hope that talks between Baku and Yerevan will resume.', want: ['TUR PROPOSE talks []'] },
]);

claimCases('accepting, rejecting and offering verbs in their other forms', [
  { body: 'Yerevan brushes off the offer of talks from Baku.', want: ['ARM REJECT talks []'] },
  { body: 'Eritrea is brushing aside calls for a ceasefire in Tigray.', want: ['ERI REJECT ceasefire []'] },
  { body: 'Israel is cautioning against a ceasefire in Gaza.', want: ['ISR REJECT ceasefire []'] },
  { body: 'Azerbaijan embraces the ceasefire proposal.', want: ['AZE ACCEPT ceasefire []'] },
  { body: 'Israel acquiesces to the Egyptian ceasefire proposal.', want: ['ISR ACCEPT ceasefire []'] },
  { body: 'Sudan is applauding the ceasefire proposal.', want: ['SDN ACCEPT ceasefire []'] },
  { body: 'Eritrea green-lights a prisoner exchange with Ethiopia.', want: ['ERI ACCEPT humanitarian []'] },
  { body: 'Israel has given the green light to a truce in Gaza.', want: ['ISR ACCEPT ceasefire []'] },
  { body: 'Ethiopia signals it could accept a ceasefire in Tigray.', want: ['ETH OFFER ceasefire []'] },
  { body: 'Sudan\'s army is announcing a three-day ceasefire for the holidays.', want: ['SDN OFFER ceasefire []'] },
  { body: 'Ethiopia is ordering a halt to the fighting in Tigray.', want: ['ETH OFFER ceasefire []'] },
  // The auxiliaries in their other forms: 'has taken up' → 'had taken up'.
  { body: 'Serbia had taken up the Hungarian proposal for talks.', want: ['SRB ACCEPT talks []', 'HUN PROPOSE talks []'] },
]);

claimCases('nominal cues in the other number', [
  { body: 'Ethiopia ignored Eritrea\'s ultimatums over the withdrawal of troops from Tigray.', want: ['ERI DEMAND territory []'] },
  { body: 'China\'s peace plans for talks with Taipei were published on Monday.', want: ['CHN PROPOSE talks []'] },
  { body: 'Moscow plans to launch an offensive in the Kharkiv region.', want: [] },
]);

claimCases('the noun of the same spelling, a document\'s participle and skipped forms stay silent', [
  { body: 'The outlines of the old city of Baku are visible from the hills.', want: [] },
  { body: 'Human rights advocates of a ceasefire in Sudan marched in Khartoum.', want: [] },
  { body: 'The champions of dialogue in Belgrade held a rally.', want: [] },
  { body: 'Armenian troops fought pitched battles with Azerbaijani forces near the border.', want: [] },
  { body: 'Eritrea\'s football team played on a pitch in Asmara.', want: [] },
  { body: 'Russian forces are pushing deeper into the Donetsk region.', want: [] },
  { body: 'Armenia\'s foreign minister held a press conference in Yerevan on the prisoner exchange.', want: [] },
  { body: 'There are signs that talks between Baku and Yerevan could resume.', want: [] },
  { body: 'The ceasefire deal was sealed at a signing ceremony in Doha.', want: [] },
  { body: 'A diplomat hailing from Baku joined the talks.', want: [] },
  { body: 'Azerbaijan\'s embrace of the ceasefire surprised Yerevan.', want: [] },
  { body: 'Armenia was given the green light to buy air defence systems from France.', want: [] },
  { body: 'Azerbaijan is ordering new fighter jets from Pakistan.', want: [] },
  { body: 'Israel is announcing new settlements in the West Bank.', want: [] },
  { body: 'Moscow offered Kyiv a legally binding pledge not to attack it again.', want: ['RUS OFFER security_guarantees []'] },
  // The memorandum is Azerbaijan's: the Armenian delegation nearest before "outlining" only receives it. ("outlining"
  // is the document's participle, no cue; the memorandum handed over is the hander's proposal, holder/handed-noun.)
  { body: 'Azerbaijan handed the Armenian delegation a memorandum outlining a new round of talks.', want: ['AZE PROPOSE talks []'] },
]);

test('regular forms: -s, -ed, -ing with the spelling rules', () => {
  assert.deepEqual(regularForms('tout'), ['touts', 'touted', 'touting']);
  assert.deepEqual(regularForms('advocate'), ['advocates', 'advocated', 'advocating']);
  assert.deepEqual(regularForms('pitch'), ['pitches', 'pitched', 'pitching']);
  assert.deepEqual(regularForms('rally'), ['rallies', 'rallied', 'rallying']);
  assert.deepEqual(regularForms('ban'), ['bans', 'banned', 'banning']);
  assert.deepEqual(regularForms('veto'), ['vetoes', 'vetoed', 'vetoing']);
  assert.deepEqual(regularForms('agree'), ['agrees', 'agreed', 'agreeing']);
  assert.deepEqual(regularForms('float'), ['floats', 'floated', 'floating']);
});

test('variants: the other forms of the first word, irregular lines and skipped phrases', () => {
  const rules = { 'discourse/cue-verb-forms': { reason: '', verbs: ['brush', 'lay lays laid laying', 'pitch'], skip: ['pitch # the noun'] } } as never;
  const table = cueVerbTable(rules);
  assert.deepEqual(cueVerbVariants('brushed off', table), ['brush off', 'brushes off', 'brushing off']);
  assert.deepEqual(cueVerbVariants('laid out', table), ['lay out', 'lays out', 'laying out']);
  assert.deepEqual(cueVerbVariants('pitched', table), ['pitches', 'pitching']);
  assert.deepEqual(cueVerbVariants('rejected', table), []);
  assert.deepEqual(cueVerbVariants('the need for', table), []);
});

test('noun variants: the listed noun in the other number, wherever it stands', () => {
  const rules = { 'discourse/cue-verb-forms': { reason: '', verbs: [], nouns: ['demand demands', 'plan plans'], skip: ['plans # the verb'] } } as never;
  const table = cueVerbTable(rules);
  assert.deepEqual(cueNounVariants('key demands', table), ['key demand']);
  assert.deepEqual(cueNounVariants('list of demands', table), ['list of demand']);
  assert.deepEqual(cueNounVariants('peace plan', table), ['peace plans']);
  assert.deepEqual(cueNounVariants('plan', table), []);
  assert.deepEqual(cueNounVariants('framework', table), []);
});
