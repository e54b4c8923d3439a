// Transcripts: a label with title words before a known person ("PRIME MINISTER PASHINYAN:", "PRESIDENT VUCIC
// (interpreted):") is that person's (discourse/titled-label), and the numbered points after a speaker's turn
// ("First: …", "Second: …") are that speaker's words, no label of their own (discourse/enumerated-points).
// Passages written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a titled label names the person after the title', [
  { body: 'PRESIDENT VUCIC (interpreted): We will never recognise Kosovo.', want: ['SRB REJECT recognition []'] },
  { body: 'QUESTION (N1): Is Belgrade ready for talks?\n\nPRESIDENT VUCIC: We will never recognise Kosovo.', want: ['SRB REJECT recognition []'] },
  { body: 'FOREIGN MINISTER LAVROV: We demand the withdrawal of Ukrainian troops from Donetsk.', want: ['RUS DEMAND territory [UA-14]'] },
]);

claimCases('numbered points after a labelled turn are the speaker\'s', [
  {
    body: 'PRIME MINISTER PASHINYAN: I will read the three points we sent to Baku this morning.\n\nFirst: Azerbaijan must withdraw its troops from the border villages.\n\nSecond: we want international monitors on the border.\n\nThird: we are ready to sign the peace treaty this year.\n\nQUESTION (Armenpress): Will you meet Aliyev?',
    want: ['ARM DEMAND territory []', 'ARM DEMAND security_guarantees []', 'ARM OFFER talks []'],
  },
  {
    body: 'KURTI: Our position has not changed.\n\nFirst: Serbia must recognise Kosovo.\n\nFinally: we are ready to meet Vucic in Brussels.',
    want: ['XKX DEMAND recognition []', 'XKX OFFER talks []'],
  },
]);

test('points with no labelled speaker before them are nobody\'s, and a question\'s points are not the answer\'s', () => {
  const draft = claimsOf('The draft treaty has three parts.\n\nFirst: Azerbaijan must withdraw its troops from the border villages.\n\nSecond: monitors would patrol the border.').map(label);
  assert.deepEqual(draft, [], draft.join('\n'));
  const asked = claimsOf('QUESTION (Reuters): What are your terms?\n\nFirst: must Serbia recognise Kosovo?\n\nALIYEV: We have no terms for Serbia.').map(label);
  assert.ok(!asked.some((l) => l.startsWith('AZE DEMAND recognition')), asked.join('\n'));
  // (A paragraph after the points that no ordinal opens is not the speaker's any more.)
  const after = claimsOf('KURTI: Our position has not changed.\n\nFirst: Serbia must recognise Kosovo.\n\nThe talks in Brussels ended without agreement. Serbia must release the detained police officers, the EU envoy said.').map(label);
  assert.ok(!after.some((l) => l.startsWith('XKX DEMAND humanitarian')), after.join('\n'));
});

// (Cases of a second writer of the same rule, prec19: a title before a surname in a three-turn transcript.)
const transcript = [
  'The following is a transcript of the press conference in Brussels.',
  '',
  'PRESIDENT ERDOGAN: Thank you. We need a ceasefire in Gaza first, and then international monitors.',
  '',
  'QUESTION (Anadolu): Will Baku accept that?',
  '',
  'PRESIDENT ALIYEV (interpreted): We will not withdraw from the heights; we demand that Armenia change its constitution.',
  '',
  'FOREIGN MINISTER VUCIC: We are ready to resume talks with Pristina under EU mediation.',
].join('\n');

test('a title before a known surname labels that person’s turn', () => {
  const got = claimsOf(transcript, { title: 'Transcript of the joint press conference' }).map(label);
  for (const want of ['TUR DEMAND ceasefire []', 'AZE DEMAND governance []', 'SRB OFFER talks []']) assert.ok(got.includes(want), `${want}\n${got.join('\n')}`);
  // (The question's label speaks for no party, and no "we" of the turns is read as another party.)
  assert.ok(!got.some((l) => /^(EU|ARM|XKX) /.test(l)), got.join('\n'));
});

test('a label whose last word is no known person names no speaker', () => {
  const got = claimsOf('PRESIDENT OF THE ASSEMBLY: We need order in this chamber.\n\nSPEAKER: The session is closed.').map(label);
  assert.deepEqual(got, []);
});
