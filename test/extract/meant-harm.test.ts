// A step the speaker says means a harm is refused (candidate/evaluation), whatever the form of the verb of meaning
// (candidate/present-meaning: "means freezing", "amounts to", "would only mean", "means to freeze") and past a
// clause set off by commas between the step and the predicate (candidate/parenthetical-subject). Sentences written
// for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a verb of meaning with no modal names a harm', [
  { body: 'Pashinyan said that opening talks with Baku now means freezing the conflict.', want: ['ARM REJECT talks []'] },
  { body: 'Kurti told reporters that a ceasefire on these terms amounts to capitulation.', want: ['XKX REJECT ceasefire []'] },
  { body: "\"Any negotiation with Eritrea today means to reward the aggressor,\" Ethiopian Prime Minister Abiy Ahmed said.", want: ['ETH REJECT talks []'] },
]);

claimCases('"only" before the verb of meaning', [
  { body: 'Aliyev said that a truce in Karabakh would only mean freezing the war.', want: ['AZE REJECT ceasefire []'] },
]);

claimCases('the subject before a clause set off by commas', [
  { body: 'Pashinyan said that negotiations with Baku, while Azerbaijani troops remain on Armenian soil, "mean freezing the conflict".', want: ['ARM REJECT talks []'] },
  { body: 'Vucic said that a ceasefire along the current line, which Brussels now favours, would mean forgetting the root causes of the conflict.', want: ['SRB REJECT ceasefire []'] },
  { body: 'Netanyahu said a truce in Gaza, as Hamas demands, would only give the terrorists time to rearm.', want: ['ISR REJECT ceasefire []'] },
]);

claimCases('no refusal', [
  // the clause between commas opens with no subordinator: the predicate's subject is not read past it
  { body: 'Kurti said that the mission, the largest in Europe, means stability for the region.', want: [] },
  // a party heads the subject: its own act, not a judged step
  { body: 'Aliyev said Azerbaijan, if attacked, means to defend every village.', want: [] },
  // "means" as a noun, no harm after it
  { body: 'Ruto said the funds for the mission were raised by private means.', want: [] },
  // a plain meaning, no harm
  { body: 'Abiy said that a truce in Tigray means aid can reach the north.', want: [] },
]);
