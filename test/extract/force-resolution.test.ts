// A threat to settle a question by arms (candidate/army-decides; the force steps of trigger/harmful-act) is about the
// stance its holder has just demanded (content/force-alternative): "Otherwise the question will be decided by the
// Russian army" after a demand of demilitarisation is a threat on military limits. Negatives: the people deciding, a
// past fact, a guess, a negated modal, an army no party's. Sentences written for this test, on other disputes.
import { claimCases, assertIncludes, assertNone } from './helpers.js';

const threats = (c: { type: string }) => c.type === 'THREATEN';

claimCases('an army that will settle the question: a threat about the demand before it', [
  { body: 'Aliyev said Armenia must agree to the demilitarisation of its border districts. Otherwise the question will be decided by the Azerbaijani army.', want: ['AZE THREATEN military_limits []'] },
  { body: 'Vucic said Kosovo must withdraw its police from the northern municipalities. "Otherwise the matter will be settled by the Serbian army," he said.', want: ['SRB THREATEN territory []'] },
  { body: 'Aliyev said Armenia must hand over the four villages or "the Azerbaijani army will decide the issue".', want: ['AZE THREATEN territory []'] },
  { body: 'Aliyev said Armenian troops must leave the border villages. "If they do not leave, our army will settle the question," he said.', want: ['AZE THREATEN territory []'] },
], threats);

claimCases('reaching an aim by arms refers back to the demand', [
  // The threat settles the withdrawal demanded, not the halt offered for it.
  { body: 'Aliyev said on Monday: "If Armenian troops leave the districts, then hostilities will cease. If they do not leave, we will achieve this by military means."', want: ['AZE THREATEN territory []'] },
  { body: 'Aliyev demanded the disarmament of the Karabakh units. He said Azerbaijan would then achieve it by other means.', want: ['AZE THREATEN military_limits []'] },
  { body: 'Vucic said there could be no settlement unless Pristina withdrew its special police from the north. Until then, Serbia would continue to pursue its goals on the battlefield, he said.', want: ['SRB THREATEN territory []'] },
], threats);

assertIncludes([
  // With no demand before it, the step's own issue: the land.
  ['Aliyev said the Azerbaijani army will decide the question.', 'AZE THREATEN territory []'],
]);

assertNone([
  'Zelensky said the territorial question would be decided by Ukrainians, not for Ukrainians.',
  'Historians say the war was decided on the battlefield in 1945.',
  'Analysts said the dispute could be decided by the courts.',
  'Aliyev said the issue would not be resolved militarily.',
  'Moscow wants Yerevan to accept the new realities, and if it does not, "the army will take care of it".',
  'Kurti said Kosovo would achieve its goals through dialogue.',
], / THREATEN /);
