// A wanted or needed thing described by a relative clause that names an issue is a term asked for
// (trigger/want-needs-act, wanted-act.ts wantedDescribed): "Moscow wanted a long-term peace that removed the causes of
// the conflict", "We need legally binding agreements that remove the root causes", "it wants a binding treaty under
// which a group of guarantor countries would defend it". Sentences written for this test, on other disputes.
import { test } from 'node:test';
import { claimCases, assertNone } from './helpers.js';

const lead = 'The foreign ministers of the two countries met in Geneva on Tuesday. ';

claimCases('a wanted thing described by an issue in its relative clause is demanded', [
  { body: `${lead}Baku wanted a \"long-term\" peace that removed the root causes of the conflict, Aliyev said.`, want: ['AZE DEMAND governance []'] },
  { body: `${lead}"We need legally binding written agreements that remove the root causes," Pashinyan said.`, want: ['ARM DEMAND governance []'] },
  // paraphrase: "under which", a longer noun phrase
  { body: `${lead}In exchange, Eritrea wants a binding international treaty under which a group of guarantor countries would defend it.`, want: ['ERI DEMAND security_guarantees []'] },
  { body: `${lead}Belgrade wanted a new comprehensive settlement which would rule out any recognition of Kosovo's independence.`, want: ['SRB DEMAND recognition []'] },
], (c) => c.type === 'DEMAND');

test('a wanted thing whose clause names no issue, or a denied wish, asks for nothing', () => {
  assertNone([
    `${lead}Baku wanted a meeting that would take place before the end of the year.`,
    `${lead}Yerevan did not want a treaty that removed the root causes of the conflict.`,
    `${lead}Baku wanted a statement, which it said would be issued on Friday, about the root causes of the conflict.`,
    // a pronoun and its participle describe no wanted thing (the issue past the cue's own five-word window)
    `${lead}Aliyev wants it clearly understood by all sides that the root causes of the conflict remain.`,
  ], ' DEMAND governance');
});
