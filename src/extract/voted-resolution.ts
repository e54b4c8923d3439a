// A resolution told by how another party voted on it ("Kyrgyzstan abstained in Thursday's UN General Assembly vote
// calling for Russian troops to leave Ukraine", "Nepal voted in favour of the resolution in February calling for
// Russia's withdrawal"): the participle that says what the resolution calls for describes the text the sentence's
// party voted on, background to that party's vote, not a new stance of the assembly (precision: clause types). The
// vote itself is the sentence's news and no stance of the assembly's. A resolution as the subject or object of its
// own adoption ("the Assembly adopted a resolution demanding that Russia withdraw") stays.
// Word lists: lexicon/data/rules.json 'trigger/voted-resolution'.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const votedResolution: MatchRule = defineRule({
  id: 'trigger/voted-resolution', stage: 'trigger',
  reason: 'A participle of calling or demanding (\'participles\', the cue\'s first word) right after a resolution noun (\'nouns\', at most \'window\' words before, past its date or place) that is the object of a voting verb (\'votes\': "abstained in …", "voted in favour of …", "voted against …", a few words before the noun) describes the text another party voted on: background to its vote, no stance of the assembly. "The Assembly adopted a resolution demanding …" (no voting verb) stays.',
  apply(t, { doc, s }) {
    const { tokens } = doc;
    const w = (list: string) => doc.index.words(this.id, list);
    if (!w('participles').has(tokens[t.start].lower)) return;
    let noun = -1;
    for (let j = t.start - 1; j >= s.tStart && t.start - j <= 5; j--) {
      if (w('nouns').has(tokens[j].lower)) { noun = j; break; }
      if (tokens[j].text === ',' || tokens[j].text === ';') return;
    }
    if (noun < 0) return;
    for (let j = noun - 1; j >= s.tStart && noun - j <= 10; j--) {
      const x = tokens[j].lower;
      if (x === ',' || x === ';' || x === ':') return;
      if (w('votes').has(x)) return { drop: `a resolution "${tokens[j].text}" on by another party: background to its vote` };
    }
  },
});
