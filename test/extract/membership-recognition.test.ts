// A seat or membership in international organisations is a state's recognition, not an alliance (issues.json
// recognition frames): news on Kosovo, Taiwan or Palestine reports stances on it. EU and NATO membership stays an
// alliance. Sentences written for these tests.
import { claimCases } from './helpers.js';

claimCases('membership of international organisations is recognition', [
  { body: 'Under the draft, Belgrade would stop blocking Kosovo\'s membership of international organisations.', want: ['SRB OFFER recognition []'] },
  { body: 'Serbia has privately told EU envoys it could accept Kosovo\'s membership of the Council of Europe.', want: ['SRB ACCEPT recognition []'] },
  { body: 'China opposes Taiwan\'s seat at the United Nations, its foreign ministry said on Monday.', want: ['CHN REJECT recognition []'] },
  { body: 'Albania called for Kosovo\'s admission to UNESCO.', want: ['ALB DEMAND recognition []'] },
]);

claimCases('NATO membership stays an alliance; EU membership is issue other (discourse/eu-membership)', [
  { body: 'Ukraine demanded EU membership by 2030.', want: ['UKR DEMAND other []'] },
  { body: 'Moscow rejected NATO membership for Ukraine on Friday.', want: ['RUS REJECT alliance []'] },
]);
