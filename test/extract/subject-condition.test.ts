// A precondition inside the subject of a predicate stance (content/subject-condition, issue 7: evaluations and
// preconditions): "a ceasefire before Russian troops withdraw was unacceptable" refuses the ceasefire; the stance is
// not inside the "before" clause, and the precondition names no issue of the refusal. Sentences written for this
// test, on disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a predicate judges the head before a precondition in its subject', [
  { body: 'Kyiv said a ceasefire before Russian troops withdraw was unacceptable.', want: ['UKR REJECT ceasefire []'] },
  { body: 'Israeli officials said a permanent ceasefire before all hostages are released was off the table.', want: ['ISR REJECT ceasefire []'] },
  { body: 'Baku said a peace treaty until Armenia changes its constitution was out of the question.', want: ['AZE REJECT talks []'] },
  { body: 'Belgrade said recognition of Kosovo before the Serb municipalities are formed is unacceptable.', want: ['SRB REJECT recognition []'] },
  { body: 'For Seoul, lifting sanctions before Pyongyang dismantles its nuclear sites is a non-starter.', want: ['KOR REJECT sanctions []'] },
  // a noun phrase as the precondition: the head names the issue, not the phrase after "before"
  { body: 'Khartoum said a truce before the return of all detainees was unacceptable.', want: ['SDN REJECT ceasefire []'] },
]);

claimCases('no precondition in a predicate\'s subject', [
  // the predicate inside a condition of another clause: a clause with a modal before "until", a possessor after it
  { body: 'Azerbaijan will keep up the pressure until Yerevan\'s position is acceptable, Aliyev said.', want: ['AZE THREATEN ceasefire []'] },
  { body: 'The mediators will continue until a compromise is acceptable to both sides.', want: [] },
  { body: 'Armenia said it would wait until the Azerbaijani proposal was acceptable.', want: [] },
]);
