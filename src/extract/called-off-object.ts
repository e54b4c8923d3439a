// What a verb of calling off calls off: "Trump cancelled the summit with Putin", "Belgrade suspended the dialogue with
// Pristina" refuse a meeting (cue call-off), but "resumed the military aid it had suspended after a heated Oval Office
// meeting", "Russia had suspended its participation on Saturday" and "the summit was more likely postponed than
// cancelled" call off no meeting: the talks that the cue needs (needsIssue) are named somewhere else in the sentence, in an
// adjunct of time ("after a … meeting") or another clause. The meeting must be the verb's object, after it up to the end
// of its phrase ("called off a planned summit with Putin", "suspended its participation in the talks") or before it as
// its passive or relative subject ("the meeting was cancelled", "the round that Baku scrapped"); a pronoun object stands
// for it. A verb after "than" is a comparison, no act. Word lists: lexicon/data/rules.json under the rule's id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { QUOTE_MARKS } from './quote-marks.js';

export const calledOffObject: MatchRule = defineRule({
  id: 'trigger/called-off-object', stage: 'trigger',
  reason: '"resumed the military aid it had suspended after a heated Oval Office meeting", "Russia had suspended its participation on Saturday, saying …", "the summit was more likely postponed than cancelled": calling off refuses talks (cue call-off) only when a meeting noun (\'meetings\': talks, meeting, summit, dialogue, round, visit) is what is called off, after the verb up to an adjunct or a clause boundary (\'stops\': after, because, saying, a comma) or within a few words before it (a passive or relative subject, "the summit was cancelled"), or a pronoun object stands for it (\'pronouns\'); a meeting named only in an adjunct ("after a … meeting") or elsewhere is no object. After "than" the verb is a comparison ("postponed than cancelled"), no act.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'call-off' || t.negated) return;
    const { tokens } = doc;
    const w = (name: string) => doc.index.words(this.id, name);
    const meetings = w('meetings');
    let b = t.start - 1;
    while (b >= s.tStart && QUOTE_MARKS.has(tokens[b].text)) b--;
    if (b >= s.tStart && tokens[b].lower === 'than') return { drop: `"than ${tokens[t.start].text}": a comparison, nothing called off` };
    // (The object after the verb, to the end of its phrase.)
    const stops = w('stops');
    for (let k = t.end; k < Math.min(s.tEnd, t.end + 8); k++) {
      const x = tokens[k].lower;
      if (stops.has(x)) break;
      if (meetings.has(x) || (k === t.end && w('pronouns').has(x))) return;
    }
    // (A passive or relative subject a few words before it, within its clause.)
    for (let k = t.start - 1; k >= Math.max(s.tStart, t.start - 6); k--) {
      const x = tokens[k].lower;
      if (x === ',' || x === ';' || x === ':') break;
      if (meetings.has(x)) return;
    }
    return { drop: `"${tokens[t.start].text}" calls off no meeting: the talks are named outside its object` };
  },
});
