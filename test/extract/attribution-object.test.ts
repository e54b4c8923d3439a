// A pronoun in a trailing attribution ("…, he said") is the speaker of the clause before it, named earlier; it does
// not stand for a person that clause names as an object, such as the parties of a meeting or a deal "between" them
// (discourse/attribution-object). Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('the parties named inside the reported clause do not speak it', [
  { body: 'Turkish Foreign Minister Hakan Fidan described the talks as constructive. A meeting between Aliyev and Pashinyan could take place once a treaty was ready to be initialled, he said.', want: ['TUR OFFER talks []'] },
  { body: 'Lavrov said the draft would be studied. Talks between Putin and Zelensky would be possible only after the treaty was ready, he added.', want: ['RUS DEMAND talks []'] },
  { body: 'Macron said the talks had stalled. Any deal between Vucic and Kurti would have to include the recognition of Kosovo, he said.', want: ['FRA DEMAND recognition []'] },
]);

claimCases('negatives: a subject named before still speaks, and a group is no "he"', [
  { body: 'Aliyev met Pashinyan in Abu Dhabi. Azerbaijan would never give up its claim to Karabakh, he said.', want: ['AZE DEMAND territory []'] },
  { body: "Qatar's prime minister said the talks had been useful. Hamas would have to release all the hostages held by Israel before any truce, he said.", want: ['QAT DEMAND humanitarian []'] },
]);
