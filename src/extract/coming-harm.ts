// A penalty announced as coming is threatened by whoever announces it, as a target named is (threat-predicate):
// "if Moscow says no, the sanctions will come", "new sanctions would follow if Belgrade refused", "more tariffs are
// coming unless Beijing opens its market" (cue coming-harm, which needs sanctions in its subject). The cue's verbs
// have other uses this rule sets aside: a relief that follows ("sanctions relief would follow a deal" offers it),
// a phrasal or transitive verb ("will come into force", "would come at a cost", "will follow Washington's lead").
// Words: rules.json trigger/coming-harm.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const comingHarm: MatchRule = defineRule({
  id: 'trigger/coming-harm', stage: 'trigger',
  reason: '"the sanctions will come", "new sanctions would follow if Belgrade refused": a penalty announced as coming is a threat (cue coming-harm); not when the verb takes a particle or an object after it (\'notAfter\': "will come into force", "will follow the US lead") or when its subject is the penalty\'s relief (\'relief\': "sanctions relief would follow a deal", "the lifting of sanctions will come").',
  apply(t, { doc, s }) {
    // (A benefit announced as coming was retyped by trigger/coming-benefit.)
    if (t.cue?.id !== 'coming-harm' || t.type !== 'THREATEN') return;
    const next = t.end < s.tEnd ? doc.tokens[t.end].lower : '';
    if (doc.index.words(comingHarm.id, 'notAfter').has(next)) return { drop: `"${doc.tokens[t.end - 1].text} ${doc.tokens[t.end].text}": not a penalty coming` };
    const relief = doc.index.words(comingHarm.id, 'relief');
    // The subject, back over its words to a mark or six words: it must name the penalty ("elections would follow",
    // "a ceasefire would come first", "a call that the White House says is coming" announce none). Checked here, not
    // only as the cue's needed issue, so that such a verb does not end another stance's content.
    let penalty = false;
    for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 6); j--) {
      const x = doc.tokens[j];
      if (!x.word) break;
      if (relief.has(x.lower)) return { drop: `"${x.text}": the penalty's relief, not the penalty` };
      if (doc.issueAt.get(j)?.values.some((v) => v.issue === 'sanctions' && !v.weak)) penalty = true;
    }
    // ("imposed sanctions on Rosneft and Lukoil and said more could follow", "approved new sanctions … and warned that
    // further measures would follow": a subject of more of the same, a bare "more" or "further" with at most a general
    // noun of measures ('moreMeasures'), after a sanctions term earlier in its sentence, is more sanctions.)
    if (!penalty && moreOfTheSanctions(doc, s, t.start)) { t.needsIssue = undefined; t.defaultIssue = 'sanctions'; penalty = true; }
    if (!penalty) return { drop: 'its subject names no penalty' };
  },
});

/** The words before the cue at `c` are "more", "further" (+ a general noun of measures) after a sanctions term in the sentence. */
function moreOfTheSanctions(doc: Doc, s: Sentence, c: number): boolean {
  const w = doc.index.words(comingHarm.id, 'moreMeasures');
  const more = doc.index.words(comingHarm.id, 'more');
  let j = c - 1;
  // Past a modal ("more could follow": the cue starts at the modal, so nothing to skip) and one noun of measures.
  if (j >= s.tStart && w.has(doc.tokens[j].lower)) j--;
  if (j < s.tStart || !more.has(doc.tokens[j].lower)) return false;
  for (let k = s.tStart; k < j; k++) if (doc.issueAt.get(k)?.values.some((v) => v.issue === 'sanctions' && !v.weak)) return true;
  return false;
}
