// Stances expressed by an evaluation rather than a stance verb: a speaker judging a proposal or a term of the
// settlement with an evaluative predicate ("X is/would be Y", "called X Y") takes a stance on it (cues
// reject-predicate, accept-predicate, named-approval, stand-by and no-ground in lexicon data). Judged premature,
// inappropriate, dangerous, hard to implement, a mistake, a mere breathing space, an unfriendly act, closed for ever or
// no question for negotiation, it is refused, as is an agreement that a party declares no longer in force; judged the
// right way or a good compromise, it is accepted; a party that "stands behind" it accepts it. Evaluations of events
// that are no position (a report, a visit, a round of talks described as substantive) give nothing. Sentences written
// for this test, other disputes.
import { claimCases } from './helpers.js';

claimCases('an evaluative predicate on a proposal refuses it', [
  { body: 'Vucic called the debate about sending peacekeepers to Kosovo "premature" while talks continued.', want: ['SRB REJECT security_guarantees []'] },
  { body: 'Aliyev said the deployment of foreign peacekeepers was "highly inappropriate" at this stage.', want: ['AZE REJECT security_guarantees []'] },
  { body: 'Netanyahu said a temporary ceasefire would be nothing more than "a breathing space" for Hamas.', want: ['ISR REJECT ceasefire []'] },
  { body: 'The Eritrean information minister said the Ethiopian plan was "very difficult to implement".', want: ['ERI REJECT talks []'] },
  { body: 'Pashinyan said lifting the sanctions on Azerbaijan would be a mistake.', want: ['ARM REJECT sanctions []'] },
  { body: 'Lavrov said the new sanctions were "an unfriendly act".', want: ['RUS REJECT sanctions []'] },
  // ("dangerous" is not an evaluative refusal: "said the guarantees were dangerous, warning that …" introduces a threat,
  // speech-participle.test.ts.)
  { body: 'Aliyev said the territorial question is "closed forever".', want: ['AZE REJECT territory []'] },
  { body: 'Vucic said the territorial question was "closed once and for all" and not a subject for any talks.', want: ['SRB REJECT territory []'] },
  { body: 'Netanyahu said a humanitarian truce was hard to imagine while Hamas held the hostages.', want: ['ISR REJECT ceasefire []'] },
]);

claimCases('an evaluative predicate of approval accepts it', [
  { body: 'Scholz said the loan from frozen assets was still "the right way".', want: ['DEU ACCEPT sanctions []'] },
  { body: 'Pashinyan called the security guarantee documents "substantive".', want: ['ARM ACCEPT security_guarantees []'] },
  { body: 'Pashinyan said the Russian proposal for a truce in Syunik was "a good compromise".', want: ['RUS PROPOSE ceasefire []', 'ARM ACCEPT ceasefire []'] },
]);

claimCases('a party standing behind a proposal accepts it', [
  { body: 'Blinken said the United States "stands behind" the security guarantees for Armenia.', want: ['USA ACCEPT security_guarantees []'] },
  { body: 'The EU envoy said Brussels strongly stands behind the ceasefire agreed in Washington.', want: ['EU ACCEPT ceasefire []'] },
]);

claimCases('seeing no value in a step refuses it', [
  { body: 'Peskov said Russia saw no value in further talks with Kyiv.', want: ['RUS REJECT talks []'] },
]);

// Negatives: evaluations of events that are no position, evaluations with no speaker, a party backed (no proposal).
claimCases('no stance from an evaluation of a report, a visit, a meeting, or with nobody judging', [
  { body: 'Vucic called the report "premature".', want: [] },
  { body: 'Aliyev said the visit was "highly inappropriate".', want: [] },
  { body: 'Pashinyan described the two days of talks as "substantive".', want: [] },
  { body: 'Kurti said the talks had been "substantive".', want: [] },
  { body: 'The United States stands behind Armenia.', want: [] },
  { body: 'Reporters said the statement was "very dangerous".', want: [] },
  { body: 'The minister said the road to the airport was very dangerous.', want: [] },
  { body: 'Lavrov said it had been a mistake to visit Ankara.', want: [] },
]);

claimCases('a party declaring an agreement no longer in force refuses it; talks without prospects are refused', [
  { body: 'Erdogan said the truce in Idlib was "de facto no longer in effect".', want: ['TUR REJECT ceasefire []'] },
  { body: 'Aliyev said the ceasefire agreement had "ceased to be in force".', want: ['AZE REJECT ceasefire []'] },
  { body: 'Pashinyan said the talks in Brussels had no prospects while Baku held prisoners.', want: ['ARM REJECT talks []'] },
]);

claimCases('no stance from an agreement ending with nobody declaring it, or a country without a future', [
  { body: 'The truce in Idlib has been no longer in force since March.', want: [] },
  { body: 'Aliyev said Armenia had no future without peace.', want: [] },
]);
