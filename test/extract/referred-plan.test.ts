// A stance on "the plan", "this formula", "the proposals" refers back to the plan just described: when the description
// names one issue (and no settlement), the stance is on it; else the whole plan is talks (content/referred-plan,
// content/plan-is-talks). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a plan referred back to is on the one issue its description named', [
  { body: 'The EU will decide on Thursday whether to lend Kyiv 90 billion euros against the frozen Russian assets. Belgium has balked at the plan.', want: ['BEL REJECT sanctions []'] },
  { body: 'Under the scheme, Seoul would lift its sanctions on the North\'s coal exports in stages. Pyongyang dismissed the plan on Friday.', want: ['KOR OFFER sanctions []', 'PRK REJECT sanctions []'] },
  { body: 'Mediators suggested that all detainees held by both sides be freed on the same day. Yerevan said on Monday that it supported this formula.', want: ['ARM ACCEPT humanitarian []'] },
  { body: 'Brussels would open the first negotiating cluster of Serbia\'s EU accession in June. Belgrade welcomed the proposals.', want: ['SRB ACCEPT other []'] },
]);

claimCases('a plan that names several issues, a settlement, or its own content stays a stance on talks', [
  { body: 'The draft would have Yerevan cede territory to Baku and cap the size of Armenia\'s army. Yerevan rejected the plan.', want: ['ARM REJECT talks []'] },
  { body: 'The peace plan would keep the sanctions on Belgrade in place for ten years. Belgrade rejected the plan.', want: ['SRB REJECT talks []'] },
  { body: 'The mediators presented their ideas in Jeddah on Tuesday. The army rejected the plan.', want: [] },
]);
