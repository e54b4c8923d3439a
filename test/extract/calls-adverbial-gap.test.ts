// "calls" and "calling" with a few words before their "for" ("the plan calls among other things for …", "calling in
// particular for …") are the verb of demanding, as "called on Tuesday for" is (candidate/gap-verb, rules.json 'calls',
// 'calling'). "calls" is also a plural noun: after a preposition or determiner ("said of calls to trade land for
// peace", "amid calls from …") or with an infinitive in the gap it names others' calls ('nounForm'). Sentences written
// for this test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('calls … for past an adverbial: a demand', [
  {
    body: 'Armenia\'s six-point peace plan calls among other things for the complete withdrawal of Azerbaijani troops from Armenian territory.',
    want: ['ARM DEMAND territory []'],
  },
  // paraphrase: "in particular", another party
  {
    body: 'Serbian President Aleksandar Vucic spoke on Monday, calling in particular for the release of all Serb prisoners held in Kosovo.',
    want: ['SRB DEMAND humanitarian []'],
  },
  // paraphrase: "above all", a ceasefire
  {
    body: 'Khartoum\'s peace roadmap calls above all for an immediate ceasefire in Darfur.',
    want: ['SDN DEMAND ceasefire []'],
  },
], (c) => c.type === 'DEMAND');

claimCases('calls as a plural noun: others\' calls, no demand of the subject', [
  // (After a preposition: the calls are others'.)
  { body: '"There will be no second Dayton," the Serbian president said of calls to trade land for recognition.', want: [] },
  // (An infinitive in the gap.)
  { body: 'Pashinyan ignored calls to hand the villages back for years.', want: [] },
], (c) => c.type === 'DEMAND');
