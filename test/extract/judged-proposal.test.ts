// A speaker's evaluation of another party's proposal named as its subject (candidate/evaluation,
// sentence/complement): "an Israeli official said the Egyptian proposal was a basis for negotiations" is the
// speaker's acceptance of the plan, not part of what the proposal proposes. Sentences written for this test, on
// other disputes.
import { claimCases } from './helpers.js';


claimCases('an evaluation of another party\'s proposal after a reporting verb is the speaker\'s stance', [
  { body: 'An Israeli official said the Egyptian proposal was a basis for negotiations.', want: ['ISR ACCEPT talks []'] },
  { body: 'Belgrade said the EU proposal was a good basis for talks.', want: ['SRB ACCEPT talks []'] },
  { body: 'Armenia\'s foreign minister said the Russian proposal could serve as a basis for a settlement.', want: ['ARM ACCEPT talks []'] },
  { body: 'Pristina said on Monday that the Serbian proposal was a good basis for the talks.', want: ['XKX ACCEPT talks []'] },
  { body: 'Seoul said the North Korean proposal of talks was a trap.', want: ['KOR REJECT talks []'] },
], (c) => c.type === 'ACCEPT' || c.type === 'REJECT');

claimCases('no evaluation: nothing judged, or the party\'s own proposal', [
  // no speaker: a description of the plan, no party's judgement
  { body: 'The Egyptian proposal was a basis for negotiations.', want: [] },
  // a proposal described, not judged
  { body: 'Belgrade said the EU proposal was presented in Brussels.', want: [] },
], (c) => c.type === 'ACCEPT' || c.type === 'REJECT');

// content/judged-package: a whole set of terms or a plan judged, naming no issue of its own, is about the talks (spec
// rule 9); a judgement of demands just stated in the sentence refers back to them instead.
claimCases('a package of terms judged as a whole is refused as the talks\' basis', [
  { body: 'Kosovo\'s prime minister said the demands were "an ultimatum".', want: ['XKX REJECT talks []'] },
  { body: 'Pashinyan said Baku\'s conditions were unacceptable.', want: ['ARM REJECT talks []'] },
  { body: 'Khartoum said the mediators\' plan was a trap.', want: ['SDN REJECT talks []'] },
], (c) => c.type === 'REJECT');

claimCases('a judgement of demands just stated refers back to them, not to the talks', [
  { body: 'Baku demanded that Armenia withdraw its troops from the border villages, and Yerevan said the demands were unacceptable.', want: [] },
], (c) => c.type === 'REJECT' && c.issue === 'talks');

claimCases('a judged package refers back to the demands before it when they name one issue (content/judged-package)', [
  { body: 'Baku demanded that Armenia withdraw its troops from the border villages. Pashinyan said the demands were unacceptable.', want: ['ARM REJECT territory []'] },
  // several issues before it: the package as a whole, the talks
  { body: 'Baku demanded that Armenia withdraw its troops from the border villages and change its constitution. Pashinyan said the demands were unacceptable.', want: ['ARM REJECT talks []'] },
  // a position judged by one speaker, no stance noun
  { body: 'Macron said Baku\'s position in Geneva was "not acceptable".', want: ['FRA REJECT talks []'] },
  // a verb of naming: "branded the demands traps" (candidate/named-judgement, a plural name given)
  { body: 'Baku demanded that Armenia withdraw from the border villages. Pashinyan branded the demands traps.', want: ['ARM REJECT territory []'] },
], (c) => c.type === 'REJECT');

claimCases('a group\'s judgement of a position is no claim of each member (content/judged-package)', [
  { body: 'The leaders of France and Germany said Baku\'s position was unacceptable.', want: [] },
], (c) => c.type === 'REJECT');
