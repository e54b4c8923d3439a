// A promise to end a war quickly is a boast of the holder's own prowess, no term offered to anyone: "Trump, who
// promised to end the war within a day", "the president-elect, who promised to quickly end the conflict", "had
// promised to end the war in 24 hours" (cue promise, OFFER ceasefire). What the holder would give or do at the table
// still binds: "promised to halt strikes on energy facilities for 30 days", "pledged to end the offensive if Kyiv
// withdrew". Word lists: lexicon/data/rules.json under the rule's id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const boastedEnding: MatchRule = defineRule({
  id: 'trigger/boasted-ending', stage: 'trigger',
  reason: '"who promised to end the war within a day", "promised to quickly end the conflict", "had vowed to end the war in 24 hours": a promise cue (promise) whose object is ending the war (\'ends\': end, stop, settle; \'wars\': war, conflict, fighting; up to two words between) with a word of speed after or before the verb (\'speed\': quickly, swiftly, fast, a day, 24 hours, day one) boasts of the holder\'s prowess and offers no term to another party; a promise with a term of its own ("promised to halt strikes on energy facilities for 30 days", "pledged to end the offensive if Kyiv withdrew") still offers.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'promise' || t.negated) return;
    const { tokens } = doc;
    const w = (name: string) => doc.index.words(this.id, name);
    const ends = w('ends'), wars = w('wars'), speed = w('speed');
    const lim = Math.min(s.tEnd, t.end + 12);
    let verb = -1, war = -1;
    for (let k = t.end; k < Math.min(lim, t.end + 3); k++) if (ends.has(tokens[k].lower)) { verb = k; break; }
    if (verb < 0) return;
    for (let k = verb + 1; k < Math.min(lim, verb + 4); k++) if (wars.has(tokens[k].lower)) { war = k; break; }
    if (war < 0) return;
    for (let k = t.end; k < lim; k++) {
      const x = tokens[k].lower;
      if (x === ',' || x === ';' || x === 'if' || x === 'unless' || x === 'once') break;
      if (speed.has(x)) return { drop: `a promise to end the ${tokens[war].text} "${tokens[k].text}": a boast, no term offered` };
    }
  },
});
