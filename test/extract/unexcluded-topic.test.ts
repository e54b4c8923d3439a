// A step kept open with no object of its own ("nothing should be excluded", "nothing was ruled out", "did not rule
// anything out") is an offer on the topic named last before it (content/unexcluded-topic, cues.json nothing-excluded).
// Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

const offers = (c: { type: string }) => c.type === 'OFFER';

claimCases('nothing excluded: an offer on the topic named before', [
  { body: 'Rutte said there was no consensus on sending NATO peacekeepers to Kosovo but that nothing was ruled out.', want: ['NATO OFFER security_guarantees []'] },
  { body: 'While there was "no agreement" on lifting sanctions on Belgrade, "nothing should be excluded," Kallas said.', want: ['EU OFFER sanctions []'] },
  { body: 'Israel and Hamas have not agreed on a second truce. Egypt said nothing had been ruled out.', want: ['EGY OFFER ceasefire []'] },
  { body: 'Asked about a prisoner exchange with Azerbaijan, Pashinyan did not rule anything out.', want: ['ARM OFFER humanitarian []'] },
], offers);

claimCases('nothing excluded with no topic named before names no issue', [
  { body: 'Nothing is ruled out, Erdogan said.', want: [] },
  { body: 'The weather was poor in Baku. Aliyev said nothing was ruled out.', want: [] },
], offers);
