// A party that hopes the next step will be a new meeting of the talks ("Turkey hoped the next step would be a meeting
// of the two presidents"), or that there will be one ("Doha hopes there will be another round of talks"), puts that
// format forward: PROPOSE talks, as a meeting hoped held is (trigger/want-needs-act, hopedFormat, rules.json
// 'hopedStepSubjects'). Not negated, not a step that is no new meeting, not a hope with no format. Sentences written
// for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('the next step hoped to be a new meeting: PROPOSE talks', [
  { body: 'Qatar hopes the next stage will be a summit of Aliyev and Pashinyan in Doha.', want: ['QAT PROPOSE talks []'] },
  { body: 'Kenya hoped the next step would be a meeting of the Ethiopian and Eritrean leaders.', want: ['KEN PROPOSE talks []'] },
  { body: 'The Egyptian foreign minister said Cairo hoped there would be a new round of talks next week.', want: ['EGY PROPOSE talks []'] },
]);

claimCases('no proposal for a negated hope, a step that is no meeting, or no format', [
  { body: 'Qatar hopes there will not be another round of talks.', want: [] },
  { body: 'Kenya hoped the next step would be calm.', want: [] },
  { body: 'Doha hoped the meeting had gone well.', want: [] },
]);
