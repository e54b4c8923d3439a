// Threats of more land taken under another party's refusal (issue 7, THREATEN recall): "If Kyiv refused it, Russian
// forces would take more ground", "Ukraine would see more towns fall", "the fall of Kupiansk would be repeated in other
// sectors of the front" — the territory frame of 'more' before a noun of land (issues.json), a battle for a place as
// the subject of an unnamed step (candidate/unnamed-refusal-consequence 'landEvents'), and "did not want to talk" as
// not complying. Then two holder rules met on the same sentences: a party that only modifies a document's noun is no
// subject of a predicate joined after "but" (holder/document-modifier), and a party right after a fronted adjunct's
// comma heads its sentence, so "it" after it may stand for it (discourse/fronted-adjunct-subject). Sentences written
// for this test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

// (The warning's own claim on `other`, which the reference scorer does not count, is outside these cases.)
const threat = (c: { type: string; issue: string }) => c.type === 'THREATEN' && c.issue !== 'other';

claimCases('more land taken is a threat on territory', [
  { body: 'Aliyev warned that if Yerevan rejected the offer, Azerbaijani forces would take more ground.', want: ['AZE THREATEN territory []'] },
  // paraphrase: the land lost by the party that refuses
  { body: 'Vucic said that if Pristina refused to negotiate, Kosovo would lose more villages in the north.', want: ['SRB THREATEN territory []'] },
  // paraphrase: another verb of taking, another noun of land
  { body: 'The Eritrean defence minister said that if Addis Ababa stalled, Eritrean troops would seize more towns along the border.', want: ['ERI THREATEN territory []'] },
  // paraphrase: seeing the land fall is losing it
  { body: 'Aliyev said that if Yerevan refused, Armenia would see more villages fall.', want: ['AZE THREATEN territory []'] },
  // paraphrase: "further" or "additional" before the noun of land counts as "more" (issues.json territory frame)
  { body: 'Aliyev said that if Yerevan refused, Baku\'s terms at the next meeting would include further districts.', want: ['AZE THREATEN territory []'] },
  { body: 'The Eritrean defence minister said that if Addis Ababa stalled, Ethiopia would lose additional towns.', want: ['ERI THREATEN territory []'] },
], threat);

// "go on to" only orders the step after what came before: the verb after it is the step (trigger/harmful-act).
claimCases('a step after "go on to" is the step', [
  { body: 'Aliyev said that if Yerevan refused, Azerbaijan could go on to seize more villages.', want: ['AZE THREATEN territory []'] },
  // paraphrase: no condition, another verb of taking
  { body: 'The Israeli defence minister said Israel would go on to seize more villages in the south.', want: ['ISR THREATEN territory []'] },
  // (a step that harms no one stays no threat)
  { body: 'Vucic said that Serbia would go on to sign the agreement with Pristina.', want: [] },
], threat);

claimCases('a battle for a place repeated is a threat on territory', [
  { body: 'Aliyev said that if Yerevan did not want to talk, the fall of Lachin would be repeated in other sectors.', want: ['AZE THREATEN territory []'] },
  { body: 'Israel warned that if Hezbollah refused the deal, the fall of Khiam would be repeated in other villages.', want: ['ISR THREATEN territory []'] },
  // (The front named after the verb says where: no ceasefire line.)
  { body: 'Aliyev said that if Yerevan did not want to negotiate, the capture of Shusha would be repeated on other parts of the front.', want: ['AZE THREATEN territory []'] },
], threat);

// A battle told without its noun, by a free relative ("what happened in Shusha") or as an army's advance, is the same
// battle, and such a subject may run to twelve words; a place the lexicon does not know is a capitalised name after
// "of", "in" or "at", "the" between or not (candidate/unnamed-refusal-consequence 'landEvents').
claimCases('a battle told by a free relative or a long subject is a threat on territory', [
  { body: 'Aliyev warned that if Yerevan refused the offer, what happened in Shusha would be repeated in other districts.', want: ['AZE THREATEN territory []'] },
  // paraphrase: past perfect, the front after the verb
  { body: 'Netanyahu said that if Hezbollah rejected the deal, what had happened in Khiam would inevitably be repeated on other parts of the front.', want: ['ISR THREATEN territory []'] },
  // paraphrase: a reporting aside between the condition and the subject
  { body: 'If Hezbollah did not want to negotiate, the Israeli defence minister told the Knesset, the capture of Khiam would be repeated in other villages.', want: ['ISR THREATEN territory []'] },
  // a subject of eleven words
  { body: 'Vucic said that if Pristina refused, events on the ground such as the storming of the Jarinje crossing would be repeated elsewhere.', want: ['SRB THREATEN territory []'] },
  // an army's advance at a place the lexicon does not know
  { body: 'The Eritrean foreign minister said that if Addis Ababa stalled, the kind of advance Eritrean troops had made at Badme would be repeated along the border.', want: ['ERI THREATEN territory []'] },
  // the condition inside a warning joined by "but" is no aside
  { body: 'Vucic said the EU draft was a start, but warned that if Pristina rejected it, the capture of Jarinje would be repeated in other places.', want: ['SRB THREATEN territory []'] },
], threat);

claimCases('no threat of land from a battle told again', [
  // (no condition: a memory, not a threat)
  { body: 'Aliyev said what happened in Shusha would be remembered for generations.', want: [] },
  // (an analyst's forecast: no party states it)
  { body: 'Analysts said that if Yerevan refused, what happened in Shusha could be repeated in other districts.', want: [] },
  // (a question)
  { body: 'Would what happened in Shusha be repeated if Yerevan refused?', want: [] },
  // (a long subject that names no battle)
  { body: 'Aliyev said that if Yerevan refused, the long list of complaints that the Azerbaijani side had raised at Brussels would grow.', want: [] },
], threat);

claimCases('no threat of land', [
  { body: 'Ethiopia said its troops had found common ground with Eritrea on the border towns.', want: [] },
  { body: 'Aid agencies said more towns in Tigray were without power after the strikes.', want: [] },
  { body: 'Aid agencies said further villages in Tigray had been flooded.', want: [] },
  { body: 'Aliyev said the fall of Lachin would be remembered for generations.', want: [] },
  // (Seeing no loss: a gain or nothing.)
  { body: 'Lukashenko said that if Brussels refused, Belarus would see what happens next.', want: [] },
]);

claimCases('a party inside a document\'s noun does not hold a predicate joined after "but"', [
  { body: 'Aliyev said the EU text "could form the basis of a final peace treaty", but warned that if Yerevan rejected it Azerbaijani forces would take more ground.', want: ['AZE ACCEPT talks []', 'AZE THREATEN territory []'] },
  { body: 'Vucic said the US draft was a good start but insisted on the withdrawal of Kosovo special police from the north.', want: ['SRB DEMAND territory []'] },
  // (The document as the subject of its own verb still speaks for its authors.)
  { body: 'The US draft calls for Serbia to recognise Kosovo.', want: ['USA PROPOSE recognition []'] },
]);

// A document inside a party's reported clause is no subject of a verb of saying joined after "but", "and" or "while",
// nor of the conditional warning it reports (holder/reported-document).
claimCases('a reported document does not hold the speaker\'s joined warning', [
  { body: 'The European Union presented a peace plan on Monday. Aliyev said the plan "could form the basis of a final peace treaty", but warned that if Yerevan rejected it, Azerbaijani forces would take more ground.', want: ['AZE THREATEN territory []'] },
  // paraphrase: "while warning that"
  { body: 'The United States presented a draft agreement on Friday. Vucic said the draft could be a starting point, while warning that if Pristina rejected it, Serbian forces would take more ground.', want: ['SRB THREATEN territory []'] },
  // paraphrase: the authors named inside the document's phrase, the threat past the condition
  { body: 'Aliyev said the American plan "could form the basis of a settlement" but warned that if Yerevan rejected it, Azerbaijani forces would keep advancing.', want: ['AZE THREATEN territory []'] },
], threat);

// (The plan standing for its authors, read back from the sentences before: the speaker's joined warning is not the
// plan's content, made a proposal of its authors.)
claimCases('a reported plan does not hold the speaker\'s joined warning', [
  { body: 'The United States has drafted a 20-point plan to end the dispute between Armenia and Azerbaijan. The plan would require Armenia to withdraw its troops from the border. Aliyev said on Friday that the plan "could form the basis of a final peace treaty", but warned that if Yerevan refused, Azerbaijani forces would take more ground.', want: [] },
], (c) => c.actor === 'USA' && c.type !== 'PROPOSE' || (c.actor === 'USA' && c.issue === 'other'));

claimCases('a party after a fronted adjunct heads its sentence for a later "it"', [
  { body: 'Within an hour of the talks, the Kremlin published its own reading. The arrangement, it said, would only take effect after the lifting of sanctions on Rosselkhozbank.', want: ['RUS DEMAND sanctions []'] },
  { body: 'Late on Tuesday, Baku issued a statement. It said any peace treaty must include the withdrawal of Armenian troops from the border.', want: ['AZE DEMAND territory []'] },
  // (Another speaker between: "it" is not the party.)
  { body: 'Within an hour of the vote, the Kremlin published its own reading. The Black Sea deal, analysts said, would only take effect after the lifting of sanctions.', want: [] },
]);
