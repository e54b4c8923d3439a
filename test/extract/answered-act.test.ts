// A threat of unnamed harm ("serious consequences", "a response", "will not go unpunished", "would respond extremely
// painfully") is about the act it answers: the issue its condition names, else the issue named last before it, in its
// sentence or the sentence before it in the paragraph (content/answered-act); a reply's manner of force may come late
// in its clause (trigger/harmful-act 'replyHarmManner'). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

// (Scored issues only: the harm noun's own 'other' claim beside the verb's is left as it was.)
const threats = (c: { type: string; issue: string }) => c.type === 'THREATEN' && c.issue !== 'other';

claimCases('unnamed harm: the act answered, named in the condition', [
  { body: 'Washington warned Khartoum of serious consequences if it did not agree to stop the war.', want: ['USA THREATEN ceasefire []'] },
  { body: 'Serbia warned that it would retaliate if Kosovo did not withdraw its troops from the disputed villages.', want: ['SRB THREATEN territory []'] },
], threats);

claimCases('unnamed harm: the act answered, named before it', [
  { body: 'Serbia said any use of the frozen assets would be theft and warned that the response would be extremely painful.', want: ['SRB THREATEN sanctions []'] },
  { body: 'Armenia called the plan to seize frozen Azerbaijani assets robbery and warned that those involved would face "serious consequences".', want: ['ARM THREATEN sanctions []'] },
  { body: 'Baku said any seizure of its assets would be theft and that Azerbaijan would respond "extremely painfully".', want: ['AZE THREATEN sanctions []'] },
  { body: 'The G7 agreed on Thursday to a loan for Kosovo backed by frozen Serbian assets. Belgrade said it would respond to such a step in an "extremely painful" way.', want: ['SRB THREATEN sanctions []'] },
], threats);

claimCases('unnamed harm: not another party\'s step, not a mirrored reply, not a plain reply', [
  // (A reply in kind answers a truce as well as an attack: no issue from the act before it.)
  { body: 'Moscow declared a pause in strikes on energy sites. Kyiv said it would respond in kind if Moscow held to it.', want: [] },
  { body: 'Eritrea said it was studying the memorandum on the border and would respond next week.', want: [] },
  // (A harm that names its issue keeps it.)
  { body: 'Baku warned of tighter sanctions and serious consequences.', want: ['AZE THREATEN sanctions []'] },
], threats);

// (A warning that another party could retaliate is no threat of the speaker's.)
claimCases('unnamed harm: another party\'s step is not the speaker\'s threat', [
  { body: 'Belgium said the plan to use the frozen assets was risky and warned that Russia could retaliate against Belgian interests.', want: [] },
], (c: { type: string; actor: string }) => c.type === 'THREATEN' && c.actor === 'BEL');
