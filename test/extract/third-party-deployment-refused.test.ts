// A party other than the two sides at war that refuses to send, deploy, station or commit its forces refuses a
// security guarantee (REJECT security_guarantees): the verb of sending names that issue with words between it and the
// troops (issues.json security_guarantees, the frame of sending verbs before a noun of troops), and refusing to deploy is
// no concession for a third party (rules.json trigger/rule7-own-acquisition 'thirdPartyDeployVerbs'), only for one of
// the two sides. Sentences written for this test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a third party refusing to deploy its forces refuses a guarantee', [
  {
    body: 'Azerbaijan and Armenia resumed talks on Monday. Turkey has ruled out deploying its soldiers in Armenia after a peace deal.',
    want: ['TUR REJECT security_guarantees []'],
  },
  // paraphrase: refusing to commit forces to a mission
  {
    body: 'Canada refused on Friday to commit its forces to the proposed mission in Ukraine.',
    want: ['CAN REJECT security_guarantees []'],
  },
  // paraphrase: stationing personnel, a gerund object
  {
    body: 'Portugal rejected stationing its personnel inside Ukraine, the defence minister said.',
    want: ['PRT REJECT security_guarantees []'],
  },
  // paraphrase: a modal refusal with a possessive between the verb and the troops
  {
    body: 'Poland said on Tuesday it would not send its soldiers to Ukraine.',
    want: ['POL REJECT security_guarantees []'],
  },
], (c) => c.type === 'REJECT' || c.type === 'OFFER');

claimCases('a side of the war keeping its forces back concedes; forces already sent are no stance', [
  // (One of the two sides: its refusal to deploy is a concession, spec rule 7.)
  { body: 'Russia and Ukraine met in Istanbul. Russia has ruled out deploying its troops in Belarus.', want: ['RUS OFFER security_guarantees []'] },
  // (No stance cue: a war fact.)
  { body: 'Moscow is sending more of its troops to the front, Kyiv said.', want: [] },
], (c) => c.type === 'REJECT' || c.type === 'OFFER');

claimCases('hosting another\'s forces refused is still a concession', [
  // (Stationing foreign troops on one's own soil is hosting them, spec rule 7: an offer.)
  { body: 'Georgia refused to station foreign troops on its soil, its defence minister said.', want: ['GEO OFFER security_guarantees []'] },
  { body: 'Moldova has ruled out deploying foreign forces on its territory.', want: ['MDA OFFER security_guarantees []'] },
], (c) => c.type === 'REJECT' || c.type === 'OFFER');
