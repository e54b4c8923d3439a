// A definite ministry that no earlier mention carries (discourse/ministry-subject): the reporter has just named the
// state whose ministry speaks, as the subject heading one of the two sentences before. "Armenia's reaction came on
// Wednesday. The foreign ministry rejected …" is Armenia's. Negatives: other institutions ("the government"), a
// party named only as an object, a subject three sentences back, and a party named inside a quotation. Sentences
// written for this test, on other disputes.
import { claimCases, assertNone } from './helpers.js';

claimCases('a ministry no earlier mention carries speaks for the subject heading one of the two sentences before', [
  { body: 'Armenia\'s reaction came on Wednesday. The foreign ministry rejected any withdrawal from the border villages.', want: ['ARM REJECT territory []'] },
  { body: 'Serbia answered the EU on Friday. The ministry called on Brussels to lift its sanctions on Belgrade.', want: ['SRB DEMAND sanctions []'] },
  { body: 'Eritrea did not attend the meeting in Addis Ababa. The Foreign Ministry has ruled out any withdrawal from Badme.', want: ['ERI REJECT territory []'] },
  { body: 'President Ilham Aliyev has said since May that Armenia must leave the border villages.\n\nNo foreign monitors. The foreign ministry has ruled out any deployment of foreign peacekeepers in Karabakh.', want: ['AZE DEMAND territory []', 'AZE REJECT security_guarantees []'] },
  { body: 'Israel\'s answer came late on Monday. No date was set for the next round. The foreign ministry has ruled out any deployment of foreign peacekeepers in Gaza.', want: ['ISR REJECT security_guarantees []'] },
]);

assertNone([
  // Another institution with no antecedent: "the government" may be any party's.
  'Armenia\'s reaction came on Wednesday. The government rejected any withdrawal from the border villages.',
  // The party is only an object in the sentence before.
  'Talks with Azerbaijan ended on Monday without a deal. The foreign ministry rejected any withdrawal from the border villages.',
  // The subject is three sentences back.
  'Armenia sent its delegation on Monday. Delegates met for hours. Nothing was agreed. The foreign ministry rejected any withdrawal from the border villages.',
  // A subject inside a fronted phrase, and a ministry after a fronted place, are not that subject's.
  'For Armenia, the meeting was a diplomatic win. The foreign ministry rejected any withdrawal from the border villages.',
  'Armenia spoke first at the meeting. In Baku, the foreign ministry rejected any withdrawal from the border villages.',
  // A party named inside a quotation is no subject the reporter named.
  '"Armenia will decide," one delegate told reporters. The foreign ministry rejected any withdrawal from the border villages.',
], / REJECT territory/);
