// A refusing predicate set off from its subject by a quote mark or a reporting parenthesis judges that subject
// (content/set-off-subject): a pronoun refuses the issue named last before it, a noun phrase what it names.
// Sentences written for this test, with other parties and places than the corpus.
import { claimCases } from './helpers.js';

const refusals = (c: { type: string }) => c.type === 'REJECT';

claimCases('a pronoun subject behind a quote mark or a reporting parenthesis refuses what was named before it', [
  // a demonstrative, the quote mark right before its copula
  { body: 'Azerbaijani troops must withdraw from the Armenian border villages, Pashinyan said, adding that this "is not up for negotiation".', want: ['ARM REJECT territory []'] },
  // a demonstrative, a reporting parenthesis and a quote mark
  { body: 'Belgrade demanded a ceasefire in the north. This, Kurti said, "is not up for discussion."', want: ['XKX REJECT ceasefire []'] },
  { body: 'Belgrade demanded sanctions relief. That, Kurti added, "is out of the question".', want: ['XKX REJECT sanctions []'] },
  // a relative "which" after a quote mark
  { body: 'Kurti said Belgrade\'s terms included a ceasefire in the north, "which is not up for discussion".', want: ['XKX REJECT ceasefire []'] },
  { body: 'Pashinyan said the Azerbaijani proposal foresees the withdrawal of Armenian troops from Syunik, "which is out of the question".', want: ['ARM REJECT territory []'] },
], refusals);

claimCases('a noun phrase subject behind a reporting parenthesis is what the predicate refuses', [
  { body: 'The 60-day truce, Aliyev told state television on Monday, would be "nothing other than a breathing space for the Armenian army".', want: ['AZE REJECT ceasefire []'] },
  { body: 'Any withdrawal from the border villages, Pashinyan said on Monday, "is not up for negotiation".', want: ['ARM REJECT territory []'] },
  { body: 'The proposed peacekeeping force, Vucic told reporters in Belgrade, would be "completely unacceptable".', want: ['SRB REJECT security_guarantees []'] },
  { body: 'Any pause in the fighting, Aliyev said, was "out of the question".', want: ['AZE REJECT ceasefire []'] },
], refusals);

claimCases('no issue when the pronoun names nothing before it, or stands for a clause after the predicate', [
  // nothing named before the pronoun
  { body: 'This, Kurti said, "is not up for discussion."', want: [] },
  // an "it" that stands for the infinitive after the predicate, not for the ceasefire named before
  { body: 'Belgrade demanded a ceasefire in the north. Kurti said it was "completely premature" to talk about it.', want: [] },
], refusals);

// The same quote mark inside a negated passive (candidate/modal): 'would "not be discussed"' refuses its subject as
// "would not be discussed" does.
claimCases('a quote mark after the modal of a negated passive still refuses its subject', [
  { body: 'Pashinyan said Armenia\'s borders would "not be discussed" with Baku.', want: ['ARM REJECT territory []'] },
  { body: 'Vucic said NATO membership for Serbia would "not be discussed".', want: ['SRB REJECT alliance []'] },
  // not a verb of negotiating or conceding
  { body: 'Pashinyan said the results of the vote would "not be known" until Friday.', want: [] },
], refusals);
